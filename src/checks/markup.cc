// [markup]: HTML-like tags in the translation are unbalanced, or differ from the English's.
#include <unicode/locid.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/regex.h"
#include "base/unicode_text.h"
#include "checks/check.h"

namespace l10nc {

namespace {

struct Tag {
  enum class Kind { open, close, empty } kind;
  std::string name;  // lowercase: HTML names are case-insensitive

  std::string spelled() const {
    return kind == Kind::open    ? "<" + name + ">"
           : kind == Kind::close ? "</" + name + ">"
                                 : "<" + name + "/>";
  }
};

bool is_void_element(const std::string& name) {
  static const std::set<std::string> kVoid = {"area",  "br",   "col",  "embed",  "hr",    "img",
                                              "input", "link", "meta", "source", "track", "wbr"};
  return kVoid.contains(name);
}

std::vector<Tag> tags_in(const std::string& text) {
  static const Regex kTag(u"<(/?)([A-Za-z][A-Za-z0-9:_-]*)(?:\\s[^<>]*?)?(/?)>");
  std::vector<Tag> tags;
  for (const std::vector<std::string>& match : kTag.find_all(text)) {
    Tag tag;
    tag.name = to_utf8(to_utf16(match[2]).toLower(icu::Locale::getRoot()));
    if (!match[1].empty())
      tag.kind = Tag::Kind::close;
    else if (!match[3].empty() || is_void_element(tag.name))
      tag.kind = Tag::Kind::empty;
    else
      tag.kind = Tag::Kind::open;
    tags.push_back(std::move(tag));
  }
  return tags;
}

// What is wrong with the nesting of the tags; empty when every open tag is closed in order.
std::vector<std::string> nesting_problems(const std::vector<Tag>& tags) {
  std::vector<std::string> problems;
  std::vector<std::string> open;
  for (const Tag& tag : tags) {
    if (tag.kind == Tag::Kind::open) {
      open.push_back(tag.name);
    } else if (tag.kind == Tag::Kind::close) {
      if (open.empty()) {
        problems.push_back(tag.spelled() + " closes nothing");
      } else if (open.back() != tag.name) {
        problems.push_back(tag.spelled() + " closes <" + open.back() + ">");
        open.pop_back();
      } else {
        open.pop_back();
      }
    }
  }
  for (const std::string& name : open) problems.push_back("<" + name + "> is not closed");
  return problems;
}

}  // namespace

void check_markup(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  const std::vector<Tag> source = tags_in(checked.source->text);
  const std::vector<Tag> target = tags_in(checked.target->text);
  if (source.empty() && target.empty()) return;

  std::vector<std::string> problems;
  // Tags one side has more of than the other, in the order they appear.
  std::map<std::string, int> surplus;  // English count minus translation count
  for (const Tag& tag : source) ++surplus[tag.spelled()];
  for (const Tag& tag : target) --surplus[tag.spelled()];
  std::set<std::string> reported;
  for (const Tag& tag : source)
    if (surplus[tag.spelled()] > 0 && reported.insert(tag.spelled()).second)
      problems.push_back(tag.spelled() + " of the English is missing");
  for (const Tag& tag : target)
    if (surplus[tag.spelled()] < 0 && reported.insert(tag.spelled()).second)
      problems.push_back(tag.spelled() + " is not in the English");
  if (nesting_problems(source).empty())
    for (std::string& problem : nesting_problems(target)) problems.push_back(std::move(problem));
  if (problems.empty()) return;
  reporter.report(checked, checked.translation.text,
                  "markup differs from the English: " + join_problems(problems));
}

}  // namespace l10nc
