#include "message_text.h"

#include <unicode/plurrule.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>

#include "base/unicode_text.h"

namespace l10nc::gen {

namespace {

// The pieces of an English message, in the order a sentence uses them.
const std::vector<std::string> kSubjects = {"The client",
                                            "The server",
                                            "The security package",
                                            "The domain controller",
                                            "The caller",
                                            "The smart card",
                                            "The remote procedure call",
                                            "The user's credential handle",
                                            "The certificate chain",
                                            "The Kerberos subsystem",
                                            "The authentication service",
                                            "The café's guest network",
                                            "The résumé upload service",
                                            "The naïve retry policy",
                                            "The façade service",
                                            "This operation",
                                            "The local computer",
                                            "The application",
                                            "The network provider",
                                            "The key distribution center",
                                            "Zoë's workstation",
                                            "The proxy's rôle-based filter"};
const std::vector<std::string> kVerbs = {"cannot complete",
                                         "did not accept",
                                         "has rejected",
                                         "could not verify",
                                         "does not support",
                                         "failed to initialize",
                                         "was unable to decrypt",
                                         "has already closed",
                                         "must renegotiate",
                                         "is not allowed to use",
                                         "could not find",
                                         "has revoked",
                                         "timed out while reading",
                                         "did not recognize",
                                         "cannot pack",
                                         "won't trust"};
const std::vector<std::string> kObjects = {"the requested context",
                                           "the supplied buffer",
                                           "the logon request",
                                           "the encryption type",
                                           "the message signature",
                                           "the channel bindings",
                                           "the security token",
                                           "the referral ticket",
                                           "the server's realm",
                                           "the target principal name",
                                           "the quality of protection attribute",
                                           "the credentials provided",
                                           "the session key",
                                           "the revocation list",
                                           "the smart card's certificate",
                                           "the naïve cache entry",
                                           "the user's résumé"};
const std::vector<std::string> kTails = {"because the clocks on the client and server do not match",
                                         "for the current logon session",
                                         "after the handshake completed",
                                         "while the connection was being shut down",
                                         "so the request was dropped",
                                         "and no further retries are allowed",
                                         "unless an administrator allows it",
                                         "during the last {count} attempts",
                                         "on {server}",
                                         "for user {name}",
                                         "in {path}",
                                         "within {seconds} seconds",
                                         "when `AcceptSecurityContext` returns",
                                         "before `InitializeSecurityContext` is called again",
                                         "for the {domain} domain",
                                         "as reported by {0}",
                                         "although the user's password hasn't changed"};
struct Extra {
  std::string text;
  bool literal_braces = false;
};
const std::vector<Extra> kExtras = {
    {"Try again later."},
    {"Contact your administrator."},
    {"Verify that the server's certificate is trusted."},
    {"Don't retry the operation until {name} signs in again."},
    {"See the event log for details."},
    {"This value can't be empty."},
    {"The system event log contains additional information."},
    {"It's safe to ignore this message on {server}."},
    {"Use an empty object ({}) to reset the policy.", true},
    {"Braces ({ and }) are not allowed in the name.", true},
    {"The request was made against {domain}."},
    {"Call `QueryContextAttributes` to find out why."},
    {"A properly written application shouldn't receive this error."},
    {"The résumé service retried {count} times."},
};

struct PluralNoun {
  std::string one, other;
};
const std::vector<PluralNoun> kPluralNouns = {{"certificate", "certificates"},
                                              {"file", "files"},
                                              {"session", "sessions"},
                                              {"ticket", "tickets"},
                                              {"key", "keys"},
                                              {"logon attempt", "logon attempts"},
                                              {"user", "users"},
                                              {"café hotspot", "café hotspots"}};
const std::vector<PluralNoun> kPluralVerbs = {
    {"was revoked", "were revoked"},   {"was deleted", "were deleted"},
    {"is pending", "are pending"},     {"has expired", "have expired"},
    {"was rejected", "were rejected"}, {"needs renewal", "need renewal"}};
const std::vector<std::string> kPluralTails = {
    " by the domain controller",          " on the local computer", " since the last logon",
    " while the network was unavailable", " for the current user",  ""};

// "on {server}" -> text "on ", placeholder "server"; "{}" and "{ and }" stay text.
void append_template(Text& text, std::string_view pattern) {
  auto append_text = [&](std::string_view literal) {
    if (literal.empty()) return;
    if (text.empty() || text.back().placeholder)
      text.push_back({std::string(literal), false});
    else
      text.back().text += literal;
  };
  size_t start = 0;
  while (start < pattern.size()) {
    const size_t open = pattern.find('{', start);
    if (open == std::string_view::npos) break;
    const size_t close = pattern.find('}', open);
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    const bool argument = close != std::string_view::npos && !name.empty() &&
                          std::all_of(name.begin(), name.end(), [](char c) {
                            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                          });
    if (!argument) {
      append_text(pattern.substr(start, open + 1 - start));
      start = open + 1;
      continue;
    }
    append_text(pattern.substr(start, open - start));
    text.push_back({std::string(name), true});
    start = close + 1;
  }
  append_text(pattern.substr(start));
}

std::set<std::string> placeholders_of(const Text& text) {
  std::set<std::string> names;
  for (const Piece& piece : text)
    if (piece.placeholder) names.insert(piece.text);
  return names;
}

size_t code_points(std::string_view utf8) {
  return static_cast<size_t>(to_utf16(utf8).countChar32());
}

std::string capitalized(const std::string& word) {
  icu::UnicodeString text = to_utf16(word);
  if (text.isEmpty()) return word;
  const UChar32 first = text.char32At(0);
  text.replace(0, U16_LENGTH(first), u_toupper(first));
  return to_utf8(text);
}

// Words until about `characters` code points, with a comma now and then.
std::string words_for(const Vocabulary& vocabulary, size_t characters, Random& random,
                      bool capitalize_first, bool allow_apostrophes = true) {
  std::string out;
  size_t length = 0;
  size_t since_comma = 0;
  while (length < characters) {
    const std::string* word = &random.pick(vocabulary.words);
    for (int tries = 0; !allow_apostrophes && word->find('\'') != std::string::npos && tries < 8;
         ++tries)
      word = &random.pick(vocabulary.words);
    if (!allow_apostrophes && word->find('\'') != std::string::npos) continue;
    if (!out.empty()) {
      if (since_comma > 6 && random.percent(15)) {
        out += vocabulary.comma;
        since_comma = 0;
      }
      out += vocabulary.separator;
    }
    const bool first = out.empty();
    out += first && capitalize_first && vocabulary.capitalize ? capitalized(*word) : *word;
    length = code_points(out);
    ++since_comma;
  }
  return out;
}

}  // namespace

size_t character_count(const Text& text) {
  size_t count = 0;
  for (const Piece& piece : text)
    count += piece.placeholder ? piece.text.size() + 2 : code_points(piece.text);
  return count;
}

std::string braced(const Text& text) {
  std::string out;
  for (const Piece& piece : text) out += piece.placeholder ? "{" + piece.text + "}" : piece.text;
  return out;
}

Message english_sentence(Random& random, Markup markup) {
  Message message;
  std::string first =
      random.pick(kSubjects) + " " + random.pick(kVerbs) + " " + random.pick(kObjects);
  if (random.percent(60)) first += " " + random.pick(kTails);
  append_template(message.text, first + ".");

  const size_t target = random.between(40, 200);
  std::set<const Extra*> added;
  for (int tries = 0; tries < 12 && character_count(message.text) < target; ++tries) {
    const Extra& extra = random.pick(kExtras);
    if ((extra.literal_braces && markup != Markup::markdown) || !added.insert(&extra).second)
      continue;
    Text addition;
    append_template(addition, " " + extra.text);
    const std::set<std::string> used = placeholders_of(message.text);
    const bool repeats = std::any_of(addition.begin(), addition.end(), [&](const Piece& piece) {
      return piece.placeholder && used.count(piece.text) != 0;
    });
    if (repeats || character_count(message.text) + character_count(addition) > 200) continue;
    for (Piece& piece : addition) {
      if (!piece.placeholder && !message.text.back().placeholder)
        message.text.back().text += piece.text;
      else
        message.text.push_back(std::move(piece));
    }
  }
  // Every sentence is at least 40 characters: "The caller has revoked the session key." is 39.
  if (character_count(message.text) < 40) append_template(message.text, " Try again later.");
  return message;
}

Message english_plural(Random& random) {
  Message message;
  message.plural_argument = "count";
  const PluralNoun& noun = random.pick(kPluralNouns);
  const PluralNoun& verb = random.pick(kPluralVerbs);
  const std::string& tail = random.pick(kPluralTails);
  message.cases.push_back({"one", {{"# " + noun.one + " " + verb.one + tail + ".", false}}});
  message.cases.push_back({"other", {{"# " + noun.other + " " + verb.other + tail + ".", false}}});
  return message;
}

Message pseudo_translation(const Message& english, const Vocabulary& vocabulary,
                           std::string_view icu_locale, Random& random) {
  Message target;
  if (english.is_plural()) {
    target.plural_argument = english.plural_argument;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(
        icu::PluralRules::forLocale(icu::Locale(std::string(icu_locale).c_str()), status));
    std::unique_ptr<icu::StringEnumeration> keywords(U_SUCCESS(status) ? rules->getKeywords(status)
                                                                       : nullptr);
    const size_t length = character_count(english.cases.back().second);
    for (const char* keyword = keywords ? keywords->next(nullptr, status) : nullptr;
         keyword != nullptr && U_SUCCESS(status); keyword = keywords->next(nullptr, status)) {
      const std::string words =
          words_for(vocabulary, length * vocabulary.length_percent / 100, random, false, false);
      target.cases.push_back(
          {keyword, {{"#" + vocabulary.separator + words + vocabulary.full_stop, false}}});
    }
    if (target.cases.empty()) target.cases.push_back({"other", english.cases.back().second});
    return target;
  }

  // Words in runs between the English placeholders, in the same order.
  const size_t total = character_count(english.text) * vocabulary.length_percent / 100 *
                       random.between(85, 115) / 100;
  size_t runs = 1;
  for (const Piece& piece : english.text) runs += piece.placeholder ? 1 : 0;
  const size_t per_run = std::max<size_t>(4, total / runs);
  bool first = true;
  auto append_words = [&](size_t characters) {
    std::string words = words_for(vocabulary, characters, random, first);
    if (!first) words = vocabulary.separator + words;
    if (!target.text.empty() && !target.text.back().placeholder)
      target.text.back().text += words;
    else
      target.text.push_back({std::move(words), false});
    first = false;
  };
  for (const Piece& piece : english.text) {
    if (!piece.placeholder) continue;
    append_words(per_run);
    target.text.back().text += vocabulary.separator;
    target.text.push_back(piece);
  }
  append_words(per_run);
  target.text.back().text += vocabulary.full_stop;
  return target;
}

std::string pseudo_phrase(const Vocabulary& vocabulary, size_t characters, Random& random) {
  return words_for(vocabulary, std::max<size_t>(characters, 3), random, true);
}

}  // namespace l10nc::gen
