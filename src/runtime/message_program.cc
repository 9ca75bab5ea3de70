#include "message_program.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "utf8.h"

namespace l10n::detail {

const char* kind_name(ArgumentKind kind) {
  switch (kind) {
    case ArgumentKind::any:
      return "any";
    case ArgumentKind::number:
      return "number";
    case ArgumentKind::string:
      return "string";
    case ArgumentKind::date:
      return "date";
  }
  return "any";
}

bool accepts(ArgumentKind kind, ArgumentRef::Type type) {
  using Type = ArgumentRef::Type;
  switch (kind) {
    case ArgumentKind::any:
      return true;
    case ArgumentKind::number:
      return type == Type::integer || type == Type::number;
    case ArgumentKind::string:
      return type == Type::string;
    case ArgumentKind::date:
      return type != Type::string;  // MessageFormat takes a number as milliseconds
  }
  return false;
}

struct MessageProgram::Branch {
  icu::UnicodeString selector;  // "one", "other", "female", "=2"
  std::string selector_utf8;
  bool explicit_value = false;  // "=2"
  double value = 0;
  std::vector<Piece> message;
};

struct MessageProgram::Piece {
  enum class Type : uint8_t { text, argument, number_sign };
  // How an argument is formatted; `icu` ones are never rendered here.
  enum class Style : uint8_t { none, number, integer, percent, plural, ordinal, select, icu };
  Type type = Type::text;
  Style style = Style::none;
  ArgumentKind kind = ArgumentKind::any;  // of the parameter, over all its uses
  std::string text;                       // literal UTF-8, or the argument's name
  double offset = 0;                      // plural offset
  std::vector<Branch> branches;
};

MessageProgram::MessageProgram() = default;
MessageProgram::~MessageProgram() = default;

// Walks ICU's parse of a pattern the way MessageFormat::format() does, so that the literal text
// comes out exactly as MessageFormat prints it (apostrophe quoting resolved).
class ProgramCompiler {
 public:
  using Piece = MessageProgram::Piece;
  using Branch = MessageProgram::Branch;

  ProgramCompiler(const icu::MessagePattern& parsed, MessageProgram& program)
      : parsed_(parsed), text_(parsed.getPatternString()), program_(program) {}

  void run() {
    program_.pieces_ = message(0);
    for (Piece& piece : program_.pieces_) assign_kinds(piece);
    for (const auto& [name, kind] : kinds_) program_.parameters_.push_back({name, kind});
    for (const Piece& piece : program_.pieces_) {
      if (piece.type == Piece::Type::argument)
        program_.text_without_arguments_ += "{" + piece.text + "}";
      else
        program_.text_without_arguments_ += piece.text;
    }
    program_.valid_ = !conflict_;
  }

 private:
  // The message whose MSG_START part is at `start`.
  std::vector<Piece> message(int32_t start) {
    std::vector<Piece> pieces;
    icu::UnicodeString literal;
    const auto flush = [&] {
      if (literal.isEmpty()) return;
      Piece piece;
      piece.text = to_utf8(literal);
      pieces.push_back(std::move(piece));
      literal.remove();
    };
    int32_t previous = parsed_.getPart(start).getLimit();
    for (int32_t i = start + 1;; ++i) {
      const icu::MessagePattern::Part& part = parsed_.getPart(i);
      const UMessagePatternPartType type = part.getType();
      literal.append(text_, previous, part.getIndex() - previous);
      if (type == UMSGPAT_PART_TYPE_MSG_LIMIT) break;
      previous = part.getLimit();
      if (type == UMSGPAT_PART_TYPE_REPLACE_NUMBER) {
        flush();
        Piece piece;
        piece.type = Piece::Type::number_sign;
        pieces.push_back(std::move(piece));
        continue;
      }
      if (type != UMSGPAT_PART_TYPE_ARG_START) continue;  // skipped syntax (quotes)
      flush();
      const int32_t limit = parsed_.getLimitPartIndex(i);
      pieces.push_back(argument(i));
      previous = parsed_.getPart(limit).getLimit();
      i = limit;
    }
    flush();
    return pieces;
  }

  // The argument whose ARG_START part is at `start`.
  Piece argument(int32_t start) {
    Piece piece;
    piece.type = Piece::Type::argument;
    piece.text = to_utf8(parsed_.getSubstring(parsed_.getPart(start + 1)));
    switch (parsed_.getPart(start).getArgType()) {
      case UMSGPAT_ARG_TYPE_NONE:
        note(piece.text, ArgumentKind::any);
        break;
      case UMSGPAT_ARG_TYPE_SIMPLE:
        simple(start, piece);
        break;
      case UMSGPAT_ARG_TYPE_CHOICE:
        piece.style = Piece::Style::icu;
        program_.needs_icu_ = true;
        note(piece.text, ArgumentKind::number);
        break;
      case UMSGPAT_ARG_TYPE_PLURAL:
      case UMSGPAT_ARG_TYPE_SELECTORDINAL:
        piece.style = parsed_.getPart(start).getArgType() == UMSGPAT_ARG_TYPE_PLURAL
                          ? Piece::Style::plural
                          : Piece::Style::ordinal;
        note(piece.text, ArgumentKind::number);
        branches(start + 2, piece);
        break;
      case UMSGPAT_ARG_TYPE_SELECT:
        piece.style = Piece::Style::select;
        note(piece.text, ArgumentKind::string);
        branches(start + 2, piece);
        break;
    }
    return piece;
  }

  // "{n, number, integer}", "{d, date, short}": keywords as MessageFormat matches them.
  void simple(int32_t start, Piece& piece) {
    const icu::UnicodeString type = keyword(parsed_.getSubstring(parsed_.getPart(start + 2)));
    icu::UnicodeString style;
    if (parsed_.getPartType(start + 3) == UMSGPAT_PART_TYPE_ARG_STYLE)
      style = keyword(parsed_.getSubstring(parsed_.getPart(start + 3)));
    piece.style = Piece::Style::icu;
    if (type == u"number") {
      note(piece.text, ArgumentKind::number);
      if (style.isEmpty())
        piece.style = Piece::Style::number;
      else if (style == u"integer")
        piece.style = Piece::Style::integer;
      else if (style == u"percent")
        piece.style = Piece::Style::percent;
    } else if (type == u"date" || type == u"time") {
      note(piece.text, ArgumentKind::date);
    } else if (type == u"spellout" || type == u"ordinal" || type == u"duration") {
      note(piece.text, ArgumentKind::number);
    } else {
      conflict_ = true;  // MessageFormat rejects an unknown type
    }
    if (piece.style == Piece::Style::icu) program_.needs_icu_ = true;
  }

  // As MessageFormat matches keywords: without Pattern_White_Space around, lowercased.
  // UnicodeString::trim() would also drop other spaces and controls (U+001E), which
  // MessageFormat keeps, making "{n, number,\x1Epercent}" a DecimalFormat pattern.
  static icu::UnicodeString keyword(const icu::UnicodeString& text) {
    int32_t begin = 0;
    int32_t end = text.length();
    while (begin < end && u_hasBinaryProperty(text.char32At(begin), UCHAR_PATTERN_WHITE_SPACE))
      begin = text.moveIndex32(begin, 1);
    while (end > begin &&
           u_hasBinaryProperty(text.char32At(text.moveIndex32(end, -1)), UCHAR_PATTERN_WHITE_SPACE))
      end = text.moveIndex32(end, -1);
    icu::UnicodeString keyword(text, begin, end - begin);
    return keyword.toLower(icu::Locale::getRoot());
  }

  // Selectors and their messages, from the part after the argument's name to ARG_LIMIT.
  void branches(int32_t index, Piece& piece) {
    if (icu::MessagePattern::Part::hasNumericValue(parsed_.getPartType(index))) {
      piece.offset = parsed_.getNumericValue(parsed_.getPart(index));
      ++index;
    }
    while (parsed_.getPartType(index) == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
      Branch branch;
      // getSubstring() aliases the parser's copy of the pattern, which dies with the compiler
      // (a short pattern lives inside that UnicodeString itself): copy it, never move it.
      const icu::UnicodeString selector = parsed_.getSubstring(parsed_.getPart(index));
      branch.selector = selector;
      branch.selector_utf8 = to_utf8(branch.selector);
      ++index;
      if (icu::MessagePattern::Part::hasNumericValue(parsed_.getPartType(index))) {
        branch.explicit_value = true;
        branch.value = parsed_.getNumericValue(parsed_.getPart(index));
        ++index;
      }
      if (piece.style != Piece::Style::select && branch.selector == u"other" &&
          formats_own_number(index, piece.text))
        program_.needs_icu_ = true;
      branch.message = message(index);
      piece.branches.push_back(std::move(branch));
      index = parsed_.getLimitPartIndex(index) + 1;
    }
  }

  // MessageFormat selects a plural form by how the "other" message formats the number: with
  // "#", or with the first "{name, number, ...}" of the plural's own argument, whose style
  // then decides. Only the "#" (or plain "{name}") way is rendered here.
  bool formats_own_number(int32_t message_start, const std::string& name) const {
    for (int32_t i = message_start + 1;; ++i) {
      const icu::MessagePattern::Part& part = parsed_.getPart(i);
      if (part.getType() == UMSGPAT_PART_TYPE_MSG_LIMIT ||
          part.getType() == UMSGPAT_PART_TYPE_REPLACE_NUMBER)
        return false;
      if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
      if (part.getArgType() == UMSGPAT_ARG_TYPE_SIMPLE &&
          to_utf8(parsed_.getSubstring(parsed_.getPart(i + 1))) == name)
        return true;
      i = parsed_.getLimitPartIndex(i);
    }
  }

  void note(const std::string& name, ArgumentKind kind) {
    auto [it, inserted] = kinds_.emplace(name, kind);
    if (inserted || it->second == kind || kind == ArgumentKind::any) return;
    if (it->second == ArgumentKind::any)
      it->second = kind;
    else
      conflict_ = true;  // one argument cannot be, say, a number and a string
  }

  void assign_kinds(Piece& piece) {
    if (piece.type == Piece::Type::argument) piece.kind = kinds_[piece.text];
    for (Branch& branch : piece.branches)
      for (Piece& inner : branch.message) assign_kinds(inner);
  }

  const icu::MessagePattern& parsed_;
  const icu::UnicodeString& text_;
  MessageProgram& program_;
  std::map<std::string, ArgumentKind> kinds_;
  bool conflict_ = false;
};

std::unique_ptr<const MessageProgram> MessageProgram::compile(icu::UnicodeString pattern) {
  std::unique_ptr<MessageProgram> program(new MessageProgram());
  program->pattern_ = std::move(pattern);
  UErrorCode status = U_ZERO_ERROR;
  icu::MessagePattern parsed(program->pattern_, nullptr, status);
  if (U_FAILURE(status)) return program;
  ProgramCompiler(parsed, *program).run();
  if (program->valid_ && program->needs_icu_) {
    // Let MessageFormat itself judge what only it formats (date styles, number skeletons).
    icu::MessageFormat format(program->pattern_, icu::Locale::getRoot(), status);
    program->valid_ = U_SUCCESS(status);
  }
  return program;
}

namespace {

using Piece = MessageProgram::Piece;
using Branch = MessageProgram::Branch;

// The number a plural formats: the argument minus the offset, formatted at most once.
struct PluralNumber {
  double value = 0;
  icu::UnicodeString text;
  bool formatted = false;
};

// Integers that a double holds exactly: their plural form does not depend on formatting.
bool is_exact_integer(double value) {
  return std::isfinite(value) && value == std::trunc(value) &&
         std::fabs(value) < 9007199254740992.0 && !(value == 0 && std::signbit(value));
}

class Renderer {
 public:
  Renderer(std::span<const ArgumentRef> arguments, const FormatContext& context, std::string& out)
      : arguments_(arguments), context_(context), out_(out) {}

  bool run(const std::vector<Piece>& pieces) {
    render(pieces, nullptr);
    return U_SUCCESS(status_);
  }

 private:
  void render(const std::vector<Piece>& pieces, PluralNumber* plural) {
    for (const Piece& piece : pieces) {
      if (U_FAILURE(status_)) return;
      switch (piece.type) {
        case Piece::Type::text:
          out_ += piece.text;
          break;
        case Piece::Type::number_sign:
          if (plural == nullptr) break;  // the parser marks "#" only inside plural messages
          format_plural_number(*plural);
          append_utf8(plural->text, out_);
          break;
        case Piece::Type::argument:
          argument(piece);
          break;
      }
    }
  }

  const ArgumentRef* find(const std::string& name) const {
    for (const ArgumentRef& argument : arguments_)
      if (argument.name == name) return &argument;
    return nullptr;
  }

  void argument(const Piece& piece) {
    const ArgumentRef* argument = find(piece.text);
    if (argument == nullptr || !accepts(piece.kind, argument->type)) {
      out_ += '{';
      out_ += piece.text;
      out_ += '}';
      return;
    }
    switch (piece.style) {
      case Piece::Style::none:
        if (argument->type == ArgumentRef::Type::string)
          append_well_formed(argument->string, out_);
        else
          append_number(*context_.number, *argument);
        break;
      case Piece::Style::number:
        append_number(*context_.number, *argument);
        break;
      case Piece::Style::integer:
        append_number(*context_.integer, *argument);
        break;
      case Piece::Style::percent:
        append_number(*context_.percent, *argument);
        break;
      case Piece::Style::plural:
      case Piece::Style::ordinal:
        plural(piece, *argument);
        break;
      case Piece::Style::select:
        select(piece, *argument);
        break;
      case Piece::Style::icu:
        status_ = U_UNSUPPORTED_ERROR;
        break;
    }
  }

  void append_number(const icu::DecimalFormat& format, const ArgumentRef& argument) {
    icu::UnicodeString text;
    if (argument.type == ArgumentRef::Type::integer)
      format.format(static_cast<int64_t>(argument.integer), text);
    else if (argument.type == ArgumentRef::Type::number)
      format.format(argument.number, text);
    else
      status_ = U_UNSUPPORTED_ERROR;  // a date where "{name}" is: MessageFormat's job
    append_utf8(text, out_);
  }

  void format_plural_number(PluralNumber& number) {
    if (number.formatted) return;
    context_.number->format(number.value, number.text);
    number.formatted = true;
  }

  // As PluralFormat::findSubMessage: an explicit "=N" first, then the rules' keyword for the
  // number as it is formatted, then "other".
  void plural(const Piece& piece, const ArgumentRef& argument) {
    const double value = argument.type == ArgumentRef::Type::integer
                             ? static_cast<double>(argument.integer)
                             : argument.number;
    PluralNumber number{value - piece.offset, {}, false};
    const Branch* chosen = nullptr;
    for (const Branch& branch : piece.branches)
      if (branch.explicit_value && branch.value == value) {
        chosen = &branch;
        break;
      }
    if (chosen == nullptr) {
      const bool has_keywords =
          std::any_of(piece.branches.begin(), piece.branches.end(),
                      [](const Branch& b) { return !b.explicit_value && b.selector != u"other"; });
      if (has_keywords) {
        const icu::PluralRules& rules =
            piece.style == Piece::Style::plural ? *context_.cardinal : *context_.ordinal;
        const icu::UnicodeString keyword = plural_keyword(rules, number);
        chosen = find_branch(piece, keyword);
      }
    }
    if (chosen == nullptr) chosen = find_branch(piece, u"other");
    if (chosen != nullptr) render(chosen->message, &number);
  }

  icu::UnicodeString plural_keyword(const icu::PluralRules& rules, PluralNumber& number) {
    if (is_exact_integer(number.value)) return rules.select(number.value);
    // Visible fraction digits decide ("1" is one, "1.0" may not be): select on the formatted
    // number, as MessageFormat does.
    const icu::number::LocalizedNumberFormatter* formatter =
        context_.number->toNumberFormatter(status_);
    if (U_FAILURE(status_)) return u"other";
    const icu::number::FormattedNumber formatted = formatter->formatDouble(number.value, status_);
    number.text = formatted.toString(status_);
    number.formatted = true;
    const icu::UnicodeString keyword = rules.select(formatted, status_);
    return U_SUCCESS(status_) ? keyword : icu::UnicodeString(u"other");
  }

  static const Branch* find_branch(const Piece& piece, const icu::UnicodeString& keyword) {
    for (const Branch& branch : piece.branches)
      if (!branch.explicit_value && branch.selector == keyword) return &branch;
    return nullptr;
  }

  void select(const Piece& piece, const ArgumentRef& argument) {
    const Branch* chosen = nullptr;
    for (const Branch& branch : piece.branches)
      if (branch.selector_utf8 == argument.string) {
        chosen = &branch;
        break;
      }
    if (chosen == nullptr) chosen = find_branch(piece, u"other");
    if (chosen != nullptr) render(chosen->message, nullptr);
  }

  std::span<const ArgumentRef> arguments_;
  const FormatContext& context_;
  std::string& out_;
  UErrorCode status_ = U_ZERO_ERROR;
};

}  // namespace

bool MessageProgram::render(std::span<const ArgumentRef> arguments, const FormatContext& context,
                            std::string& out) const {
  if (!valid_ || needs_icu_ || !context.fast) return false;
  return Renderer(arguments, context, out).run(pieces_);
}

}  // namespace l10n::detail
