#include "readers/xliff_document_builder.h"

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>

#include "model/locale_id.h"
#include "model/message_pattern.h"
#include "model/text_placeholders.h"
#include "model/xliff_conventions.h"
#include "readers/symfony_layout.h"

namespace l10nc {

std::string collapse_space(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool is_translatable(const pugi::xml_node& unit) {
  for (pugi::xml_node node = unit; node && local_name(node) != "xliff"; node = node.parent())
    if (const pugi::xml_attribute translate = node.attribute("translate"))
      return std::string_view(translate.value()) != "no";
  return true;
}

void XliffDocumentBuilder::add_note(std::string_view category, const pugi::xml_node& note,
                                    Unit& unit) {
  const std::string text = element_text(note);
  auto pattern = [&](std::string_view plain_category) -> std::optional<std::string> {
    if (category == plain_category) return escape_literal(text);
    if (category == std::string(plain_category) + std::string(xliff::kPatternNoteSuffix))
      return text;
    return std::nullopt;
  };
  if (category == xliff::kKeyNote) saw_l10nc_notes_ = true;
  if (category == xliff::kKeyNote || category == xliff::kOriginNote) return;  // informative
  if (std::optional<std::string> previous = pattern(xliff::kPreviousSourceNote)) {
    unit.previous_source = std::move(*previous);
  } else if (std::optional<std::string> label = pattern(xliff::kLabelNote)) {
    unit.label = Message{std::move(*label), input_.origin(input_.content_offset(note))};
  } else if (std::string collapsed = collapse_space(text); !collapsed.empty()) {
    unit.notes.push_back(std::move(collapsed));
  }
}

void XliffDocumentBuilder::add(XliffUnit unit) {
  Unit& read = unit.unit;
  // (White space aside: segmentation markup lays a copy out on other lines.)
  if (read.state == TranslationState::missing && read.target &&
      collapse_space(read.target->pattern) != collapse_space(read.source.pattern)) {
    read.state = TranslationState::needs_review;
    if (filled_untranslated_++ == 0) first_filled_untranslated_ = unit.offset;
  }
  units_.push_back(std::move(unit));
}

XliffDocumentBuilder::XliffDocumentBuilder(const XmlInput& input, Document& document,
                                           DiagnosticSink& diagnostics, const ReadOptions& options)
    : input_(input),
      document_(document),
      diagnostics_(diagnostics),
      options_(options),
      symfony_name_(parse_symfony_file_name(input.file().path())) {
  document_.path = input.file().path();
  document_.name = std::filesystem::path(document_.path).stem().string();
  document_.english_from_translation_file = true;
}

void XliffDocumentBuilder::report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ok_ = false;
  diagnostics_.report(std::move(diagnostic));
}

void XliffDocumentBuilder::error(size_t offset, std::string message,
                                 std::vector<DiagnosticNote> notes) {
  Diagnostic diagnostic = error_at(input_.file(), offset, std::move(message));
  diagnostic.notes = std::move(notes);
  report(std::move(diagnostic));
}

void XliffDocumentBuilder::warning(size_t offset, std::string message) {
  Diagnostic diagnostic = error_at(input_.file(), offset, std::move(message));
  diagnostic.severity = Severity::warning;
  report(std::move(diagnostic));
}

void XliffDocumentBuilder::report_unread(const pugi::xml_node& element, std::string_view where) {
  const std::string name = element.name();
  if (!reported_elements_.insert(name).second) return;
  const std::string_view uri = input_.namespace_uri(element);
  warning(input_.offset(element),
          "<" + name + ">" + (uri.empty() ? std::string() : " (" + std::string(uri) + ")") +
              " in <" + std::string(where) + "> is not read by l10nc; reported once per file");
}

bool XliffDocumentBuilder::misplaced(const pugi::xml_node& element, std::string_view parent,
                                     std::string_view xliff_namespace,
                                     const ExpectedParents& expected) {
  if (input_.namespace_uri(element) != xliff_namespace) return false;
  auto found = expected.find(local_name(element));
  if (found == expected.end()) return false;
  error(input_.offset(element), "<" + std::string(local_name(element)) + "> must be inside " +
                                    std::string(found->second) + ", not <" + std::string(parent) +
                                    ">");
  return true;
}

void XliffDocumentBuilder::declare_source_language(const pugi::xml_node& element,
                                                   const char* attribute) {
  const std::string value = element.attribute(attribute).value();
  if (value.empty() || reported_source_language_) return;
  const std::optional<std::string> locale = to_icu_locale(value);
  if (locale && language_of(*locale) == "en") return;
  reported_source_language_ = true;
  warning(input_.attribute_offset(element, attribute),
          std::string(attribute) + " '" + value +
              "' is not English: l10nc reads the sources as the English messages");
}

void XliffDocumentBuilder::declare_target_language(const pugi::xml_node& element,
                                                   const char* attribute) {
  const std::string value = element.attribute(attribute).value();
  if (value.empty()) return;
  const size_t offset = input_.attribute_offset(element, attribute);
  const std::optional<std::string> locale = to_icu_locale(value);
  if (!locale) {
    error(offset, std::string(attribute) + " '" + value + "' is not a valid locale");
    return;
  }
  if (document_.locale.empty()) {
    document_.locale = *locale;
    target_language_offset_ = offset;
  } else if (document_.locale != *locale) {
    error(offset,
          std::string(attribute) + " '" + value + "' differs from the target language '" +
              to_bcp47(document_.locale) + "' declared before: l10nc reads one per XLIFF file",
          {{input_.location(target_language_offset_), "declared here"}});
  }
}

size_t XliffDocumentBuilder::begin_file(std::string qualifier, const pugi::xml_node& file) {
  FileInfo info;
  info.qualifier = std::move(qualifier);
  info.symfony = is_symfony_file(file);
  files_.push_back(std::move(info));
  files_.back().domain = file_domain(file, files_.back().symfony);
  syntax_ = file_syntax(file);
  return files_.size() - 1;
}

// Symfony names its files DOMAIN.LOCALE.xlf, as Angular does messages.fr.xlf: +intl-icu in the
// name, or what Symfony's XliffFileDumper writes, tells them apart (1.2: original="file.ext" or
// a <tool tool-id="symfony">; 2.0: <file id="DOMAIN.LOCALE">).
bool XliffDocumentBuilder::is_symfony_file(const pugi::xml_node& file) const {
  if (!symfony_name_) return false;
  if (symfony_name_->intl_icu) return true;
  if (std::string_view(file.attribute("original").value()) == "file.ext") return true;
  for (const pugi::xml_node& child : file.children())
    if (local_name(child) == "header")
      for (const pugi::xml_node& tool : child.children())
        if (local_name(tool) == "tool" &&
            std::string_view(tool.attribute("tool-id").value()) == "symfony")
          return true;
  const std::string stem = std::filesystem::path(document_.path).stem().string();
  return std::string_view(file.attribute("id").value()) == stem;
}

// The document's name without its locale ("messages.fr.xlf" -> "messages"), made a domain
// name: it is l10nc's choice, not the user's, so characters a domain cannot hold become '_'.
std::string XliffDocumentBuilder::document_domain() const {
  const std::filesystem::path path(document_.path);
  std::string stem = path.stem().string();
  if (const size_t dot = stem.rfind('.');
      dot != std::string::npos && dot > 0 && to_icu_locale(std::string_view(stem).substr(dot + 1)))
    stem.resize(dot);
  // Named by its locale alone (po2xliff's fr.xlf, de.xlf): one document, whatever the folders.
  if (to_icu_locale(stem) || stem.empty()) stem = "messages";
  for (char& c : stem)
    if (!is_valid_domain(std::string(1, c))) c = '_';
  while (stem.find("..") != std::string::npos) stem.replace(stem.find(".."), 2, "_.");
  return stem.empty() ? "_" : stem;
}

std::string XliffDocumentBuilder::file_domain(const pugi::xml_node& file, bool symfony) {
  for (const pugi::xml_node& element : {file, input_.root()}) {
    const pugi::xml_attribute declared =
        namespaced_attribute(element, xliff::kL10ncNamespace, xliff::kDomainAttribute);
    if (!declared) continue;
    const std::string domain = declared.value();
    if (!domain.empty() && !is_valid_domain(domain)) {
      error(input_.attribute_offset(element, declared.name()),
            "domain '" + domain +
                "' is not a domain name: letters, digits, '_', '-' and '.' (never '..')");
      return {};
    }
    return domain;
  }
  if (!symfony) {
    // A file l10nc wrote holds the catalog's own keys; one another tool wrote, its document's.
    if (namespaced_attribute_declared(input_.root(), xliff::kL10ncNamespace)) return {};
    files_.back().domain_from_document = true;
    return document_domain();
  }
  if (!is_valid_domain(symfony_name_->domain)) {
    error(0, "the file name gives domain '" + symfony_name_->domain +
                 "', which is not a domain name: letters, digits, '_', '-' and '.' (never "
                 "'..')");
    return {};
  }
  return symfony_name_->domain;
}

MessageSyntax XliffDocumentBuilder::file_syntax(const pugi::xml_node& file) {
  syntax_guessed_ = false;
  if (options_.syntax == SyntaxChoice::icu) return MessageSyntax::icu;
  if (options_.syntax == SyntaxChoice::text) return MessageSyntax::text;
  for (const pugi::xml_node& element : {file, input_.root()}) {
    const pugi::xml_attribute declared =
        namespaced_attribute(element, xliff::kL10ncNamespace, xliff::kSyntaxAttribute);
    if (!declared) continue;
    const std::optional<SyntaxChoice> choice = parse_syntax_choice(declared.value());
    if (choice == SyntaxChoice::icu) return MessageSyntax::icu;
    if (choice == SyntaxChoice::text) return MessageSyntax::text;
    warning(input_.attribute_offset(element, declared.name()),
            "unknown message syntax '" + std::string(declared.value()) +
                "' (l10nc knows icu and text): the messages are read as text");
    return MessageSyntax::text;
  }
  if (is_symfony_icu_file_name(document_.path)) return MessageSyntax::icu;
  syntax_guessed_ = true;
  return MessageSyntax::text;
}

std::optional<Message> XliffDocumentBuilder::message(const InlineContent& content,
                                                     const pugi::xml_node& element,
                                                     MessageSide side) {
  InlinePattern built = inline_pattern(content, syntax_);
  const size_t offset = input_.content_offset(element);
  auto name = [&] { return std::string(local_name(element)); };  // for warnings only
  if (built.message_syntax_ignored)
    warning(offset, "ICU message syntax in <" + name() + "> does not parse: read as plain text");
  if (built.looks_like_icu && syntax_guessed_ && !reported_looks_like_icu_) {
    reported_looks_like_icu_ = true;
    warning(offset, "<" + name() +
                        "> holds what reads as an ICU MessageFormat argument ('{name}'), but "
                        "this file is read as text, so its braces are printed as they are: if "
                        "its messages are ICU MessageFormat, say so with --message-syntax icu "
                        "(or name it DOMAIN+intl-icu.LOCALE.xlf, as Symfony does); reported "
                        "once per file");
  }
  if (syntax_ == MessageSyntax::icu && !reported_looks_like_text_) {
    // The reverse surprise: another formatter's placeholder, which ICU prints as it is.
    // ("{0}" is an ICU argument too: only printf's and Symfony's count.)
    std::vector<std::string> placeholders = text_placeholders(built.pattern);
    std::erase_if(placeholders, [](const std::string& found) { return found.starts_with('{'); });
    if (!placeholders.empty()) {
      reported_looks_like_text_ = true;
      warning(offset, "<" + name() + "> holds '" + placeholders.front() +
                          "', a placeholder of another formatter (printf, Symfony), but "
                          "this file is read as ICU MessageFormat, which prints it as it is: "
                          "write it as an ICU argument ('{name}'), or read the file as text; "
                          "reported once per file");
    }
  }
  if (built.pattern.empty()) return std::nullopt;
  Message result{std::move(built.pattern), input_.origin(offset), syntax_};
  check_icu_message(
      result, side, input_.file(),
      [&](size_t pattern_offset) { return icu_source_offset(content, pattern_offset, offset); },
      *this);
  return result;
}

// "messages.fr.xlf" (Angular), "fr.xlf" (po2xliff) or a folder "fr/": where a file without a
// target language
// says which one it is.
std::string XliffDocumentBuilder::fallback_locale() const {
  const std::filesystem::path path(document_.path);
  for (const std::string& candidate : {path.stem().extension().string(), path.stem().string(),
                                       path.parent_path().filename().string()}) {
    const std::string name = candidate.starts_with('.') ? candidate.substr(1) : candidate;
    if (std::optional<std::string> locale = to_icu_locale(name)) return *locale;
  }
  return {};
}

void XliffDocumentBuilder::take_targets_as_english() {
  for (XliffUnit& unit : units_) {
    if (unit.unit.target && unit.unit.target->broken) {
      Diagnostic diagnostic;
      diagnostic.location = {input_.file().path(), unit.unit.target->origin.line,
                             unit.unit.target->origin.column};
      diagnostic.message =
          "the English (the target of a file into English) is not a valid ICU "
          "MessageFormat pattern";
      report(std::move(diagnostic));
    }
    if (unit.unit.target) unit.unit.source = std::move(*unit.unit.target);
    unit.unit.target.reset();
    unit.unit.state = TranslationState::missing;
    unit.unit.source_is_key = false;
  }
  document_.locale.clear();
}

bool XliffDocumentBuilder::finish() {
  // Keys: the name when it is one, else the id; qualified when <file> elements share it.
  std::vector<std::string> keys(units_.size());
  for (size_t i = 0; i < units_.size(); ++i) {
    XliffUnit& unit = units_[i];
    const FileInfo& file = files_[unit.file];
    // Files from before l10nc declared its namespace say whose they are with l10nc:key notes.
    unit.unit.domain = file.domain_from_document && saw_l10nc_notes_ ? "" : file.domain;
    if (file.symfony) {
      // As Symfony reads them: the resname (name), else the source text; never the id.
      keys[i] = unit.name.empty() ? unit.source_text : unit.name;
      unit.unit.source_is_key = keys[i] == unit.source_text;
    } else if (!unit.name.empty() && is_valid_key(unit.name)) {
      keys[i] = unit.name;
    } else {
      if (!unit.name.empty())
        warning(unit.name_offset, "'" + unit.name + "' cannot be a message key: keyed by id '" +
                                      unit.id + "' instead");
      keys[i] = unit.id;
    }
  }
  // Keys that units of more than one <file> use.
  std::vector<bool> shared(units_.size());
  {
    constexpr size_t kSeveralFiles = ~size_t{0};
    std::unordered_map<std::string_view, size_t> file_by_key;  // or kSeveralFiles
    file_by_key.reserve(units_.size());
    std::vector<std::string> indexed(units_.size());
    for (size_t i = 0; i < units_.size(); ++i)
      indexed[i] = indexed_key(units_[i].unit.domain, keys[i]);
    for (size_t i = 0; i < units_.size(); ++i) {
      auto [found, inserted] = file_by_key.try_emplace(indexed[i], units_[i].file);
      if (!inserted && found->second != units_[i].file) found->second = kSeveralFiles;
    }
    for (size_t i = 0; i < units_.size(); ++i) shared[i] = file_by_key[indexed[i]] == kSeveralFiles;
  }
  std::unordered_map<std::string, size_t> first_by_key[2];  // live units, obsolete units
  first_by_key[0].reserve(units_.size());
  for (size_t i = 0; i < units_.size(); ++i) {
    XliffUnit& unit = units_[i];
    if (keys[i].empty()) {
      error(unit.offset, "unit has no id");
      continue;
    }
    if (shared[i]) {
      const std::string& qualifier = files_[unit.file].qualifier;
      keys[i] =
          (qualifier.empty() ? "file" + std::to_string(unit.file + 1) : qualifier) + ":" + keys[i];
    }
    if (unit.unit.domain.empty() && !is_valid_key(keys[i])) {
      error(keys[i] == unit.id ? unit.id_offset : unit.offset,
            keys[i].starts_with("l10nc:")
                ? "key '" + keys[i] + "' is reserved: keys starting 'l10nc:' are l10nc's own"
                : "'" + keys[i] +
                      "' cannot be a message key: ICU resource keys take only ASCII letters, "
                      "digits, space and \"%&'()*+,-./:;<=>?_");
      continue;
    }
    unit.unit.key = keys[i];
    if (unit.unit.source.pattern.empty())
      warning(unit.offset, "unit '" + keys[i] + "' has no source text: its message is empty");
    auto [first, inserted] =
        first_by_key[unit.unit.obsolete].emplace(indexed_key(unit.unit.domain, keys[i]), i);
    if (inserted) continue;
    const Unit& before = units_[first->second].unit;
    auto target_pattern = [](const Unit& u) { return u.target ? u.target->pattern : ""; };
    if (before.source.pattern != unit.unit.source.pattern ||
        target_pattern(before) != target_pattern(unit.unit))
      error(unit.offset,
            (keys[i] == unit.id ? "duplicate id '" : "duplicate key '") + keys[i] +
                "' with different text",
            {{input_.location(units_[first->second].offset), "first defined here"}});
  }

  const bool has_targets = std::any_of(units_.begin(), units_.end(),
                                       [](const XliffUnit& unit) { return unit.unit.target; });
  // An invalid target language was reported already: no second warning about a missing one.
  if (document_.locale.empty() && has_targets && ok_) {
    document_.locale = fallback_locale();
    if (document_.locale.empty())
      warning(0,
              "no target language (target-language, trgLang) in the file or its name: its "
              "targets are not read");
  }
  if (filled_untranslated_ > 0)
    warning(first_filled_untranslated_,
            std::to_string(filled_untranslated_) + " target" +
                (filled_untranslated_ == 1 ? " is" : "s are") +
                " filled in although the state says untranslated (new, needs-translation or "
                "initial), and differ from the source: compiled as needs-review (set the state "
                "to translated once done); reported once per file");
  if (is_english_locale(document_.locale)) take_targets_as_english();
  document_.units.reserve(document_.units.size() + units_.size());
  for (XliffUnit& unit : units_) {
    if (unit.is_title && document_.title_key.empty()) document_.title_key = unit.unit.key;
    document_.units.push_back(std::move(unit.unit));
  }
  document_.segment_count = document_.units.size();
  return ok_;
}

}  // namespace l10nc
