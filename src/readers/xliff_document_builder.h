#pragma once

#include <pugixml.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/catalog.h"
#include "readers/icu_message_check.h"
#include "readers/read_document.h"
#include "readers/symfony_layout.h"
#include "readers/xliff_inline.h"
#include "readers/xml_input.h"

namespace l10nc {

// A unit as an XLIFF reader found it, before its key is decided.
struct XliffUnit {
  Unit unit;                // everything but the key
  std::string name;         // the key it asks for: 1.2 resname, 2.0 name ("" when absent)
  std::string id;           // its id
  std::string source_text;  // files keyed by source text (Symfony): the <source>'s text
  size_t file = 0;          // index of its <file> (from XliffDocumentBuilder::begin_file)
  size_t offset = 0;        // the unit element
  size_t name_offset = 0;
  size_t id_offset = 0;
  bool is_title = false;
};

// What the XLIFF 1.2 and 2.0 readers share: diagnostics at file:line:col, the target locale,
// and keys. A unit's key is its name (1.2 resname, 2.0 name) when that is a valid key, else its
// id; a key that units of two different <file> elements use is qualified by each file's
// `original` (2.0: or its id): "namespace1:key1". One key with different text twice is an
// error; the same text twice is one message.
// Diagnostics reported into it go on to the reader's sink; an error makes finish() fail.
class XliffDocumentBuilder final : public DiagnosticSink {
 public:
  XliffDocumentBuilder(const XmlInput& input, Document& document, DiagnosticSink& diagnostics,
                       const ReadOptions& options);

  void report(Diagnostic diagnostic) override;
  void error(size_t offset, std::string message, std::vector<DiagnosticNote> notes = {});
  void warning(size_t offset, std::string message);
  bool ok() const { return ok_; }
  const XmlInput& input() const { return input_; }

  // An element l10nc does not read (a module's, or a tool's own): reported once per name.
  void report_unread(const pugi::xml_node& element, std::string_view where);

  // Where the structural elements of an XLIFF version belong: name -> "<body> or <group>".
  using ExpectedParents = std::map<std::string_view, std::string_view>;
  // Reports an element of `xliff_namespace` found in `parent` although `expected` puts it
  // elsewhere; true when it was one of those.
  bool misplaced(const pugi::xml_node& element, std::string_view parent,
                 std::string_view xliff_namespace, const ExpectedParents& expected);

  // Language attributes: an invalid one is an error, a second target language another; a
  // source language other than English is reported once.
  void declare_source_language(const pugi::xml_node& element, const char* attribute);
  void declare_target_language(const pugi::xml_node& element, const char* attribute);

  // Starts a <file>; `qualifier` names it in keys that collide across files. Decides
  //  - the syntax of its messages: the --message-syntax option, else l10nc:message-syntax on
  //    the <file> or <xliff>, else icu for Symfony's DOMAIN+intl-icu.LOCALE.xlf, else text;
  //  - the domain of its keys: l10nc:domain on the <file> or <xliff> ("" for none), else a
  //    Symfony file's DOMAIN, else none for a file l10nc wrote (it declares l10nc's namespace,
  //    or has l10nc:key notes), else the document's name without its locale: a file another
  //    tool wrote has keys of its own ("messages.fr.xlf": "messages");
  //  - whether it is a Symfony file (keyed by resname/name, else by source text; see
  //    symfony_layout.h for how one is recognized).
  size_t begin_file(std::string qualifier, const pugi::xml_node& file);
  // A <note> of a unit, by its category (2.0) or from (1.2): l10nc's own (the key and origin,
  // informative; the previous English; a DocFX row's label) go into the unit's fields,
  // others are its notes. An l10nc:key note says l10nc made the file from the catalog's keys.
  void add_note(std::string_view category, const pugi::xml_node& note, Unit& unit);
  // Whether units of the current <file> are keyed by their source text when they have no name.
  bool keyed_by_source() const { return files_.back().symfony; }
  // Adds a unit. A target in a state that says it is not translated (1.2 new or
  // needs-translation, 2.0 initial) but other than its source was filled by a tool that did
  // not set the state: it is compiled as needs-review, reported once per file with a count
  // (a copy of the source, as CAT tools pre-fill, stays untranslated).
  void add(XliffUnit unit);

  // The message of a <source> or <target> (`element`) whose inline content is `content`, in the
  // current <file>'s syntax; nullopt when it is empty. Reports what it finds: ICU syntax that
  // does not parse (English: an error; a translation: a warning, and it is marked broken), and
  // once per file, text that reads as ICU arguments in a file read as text.
  std::optional<Message> message(const InlineContent& content, const pugi::xml_node& element,
                                 MessageSide side);

  // Decides keys, checks them, and fills the document. Returns false after errors.
  bool finish();

 private:
  std::string fallback_locale() const;
  MessageSyntax file_syntax(const pugi::xml_node& file);
  bool is_symfony_file(const pugi::xml_node& file) const;
  std::string file_domain(const pugi::xml_node& file, bool symfony);
  // A file whose target language is English gives the English: its targets become sources.
  void take_targets_as_english();

  struct FileInfo {
    std::string qualifier;
    std::string domain;
    bool symfony = false;
    bool domain_from_document = false;  // no declaration: the document's name
  };
  std::string document_domain() const;

  const XmlInput& input_;
  Document& document_;
  DiagnosticSink& diagnostics_;
  ReadOptions options_;
  MessageSyntax syntax_ = MessageSyntax::text;  // of the current <file>
  bool saw_l10nc_notes_ = false;
  size_t filled_untranslated_ = 0;  // see add()
  size_t first_filled_untranslated_ = 0;
  bool syntax_guessed_ = false;  // no option, declaration or file name said
  bool reported_looks_like_icu_ = false;
  bool reported_looks_like_text_ = false;
  bool ok_ = true;
  bool reported_source_language_ = false;
  size_t target_language_offset_ = 0;
  std::set<std::string, std::less<>> reported_elements_;
  std::vector<FileInfo> files_;
  std::optional<SymfonyFileName> symfony_name_;
  std::vector<XliffUnit> units_;
};

// Whether a unit is to be translated: the nearest translate attribute on it or its ancestors
// ("no" says the English stays; XLIFF's default is yes).
bool is_translatable(const pugi::xml_node& unit);

// Text with runs of XML white space made one space and the ends trimmed.
std::string collapse_space(std::string_view text);

}  // namespace l10nc
