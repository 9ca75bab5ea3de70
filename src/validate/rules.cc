// The conformance rules of `l10nc validate`: the table at the end of this file lists every
// rule with its id, specification section, summary and the function that checks it.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "base/unicode_text.h"
#include "model/xliff_conventions.h"
#include "readers/xml_input.h"
#include "validate/validate.h"

namespace l10nc {

namespace {

// Modules of XLIFF 2 (and Change Tracking, a module in 2.0), by the prefix rules use.
struct Module {
  std::string_view prefix;
  std::string_view uri;
};
constexpr Module kModules[] = {
    {"mtc", "urn:oasis:names:tc:xliff:matches:2.0"},
    {"gls", "urn:oasis:names:tc:xliff:glossary:2.0"},
    {"fs", "urn:oasis:names:tc:xliff:fs:2.0"},
    {"mda", "urn:oasis:names:tc:xliff:metadata:2.0"},
    {"res", "urn:oasis:names:tc:xliff:resourcedata:2.0"},
    {"ctr", "urn:oasis:names:tc:xliff:changetracking:2.0"},
    {"slr", "urn:oasis:names:tc:xliff:sizerestriction:2.0"},
    {"val", "urn:oasis:names:tc:xliff:validation:2.0"},
};
constexpr std::string_view kFsUri = "urn:oasis:names:tc:xliff:fs:2.0";
constexpr std::string_view kSlrUri = "urn:oasis:names:tc:xliff:sizerestriction:2.0";

// The attributes XLIFF 2's core elements define, each a bit of a NameSet: the visited
// element's names are read once into a set, so a rule learns from one AND whether the element
// has any attribute it checks (most have none of them).
constexpr std::string_view kCoreAttributeNames[] = {
    "version",      "srcLang",      "trgLang",  "xml:space",     "xml:lang",    "id",
    "name",         "original",     "href",     "type",          "subType",     "state",
    "subState",     "appliesTo",    "category", "priority",      "order",       "hex",
    "translate",    "canResegment", "canCopy",  "canDelete",     "canOverlap",  "canReorder",
    "isolated",     "srcDir",       "trgDir",   "dir",           "copyOf",      "disp",
    "equiv",        "dispStart",    "dispEnd",  "equivStart",    "equivEnd",    "dataRef",
    "dataRefStart", "dataRefEnd",   "subFlows", "subFlowsStart", "subFlowsEnd", "startRef",
    "ref",          "value",
};
using NameSet = std::uint64_t;
static_assert(std::size(kCoreAttributeNames) <= 64, "a NameSet has 64 bits");

constexpr int core_attribute_index(std::string_view name) {
  for (size_t i = 0; i < std::size(kCoreAttributeNames); ++i)
    if (kCoreAttributeNames[i] == name) return static_cast<int>(i);
  return -1;
}

// The set of the space-separated `names`; a name outside the table is an error (at compile
// time where the set is constexpr).
constexpr NameSet name_set(std::string_view names) {
  NameSet set = 0;
  size_t start = 0;
  while (start < names.size()) {
    size_t end = names.find(' ', start);
    if (end == std::string_view::npos) end = names.size();
    const int index = core_attribute_index(names.substr(start, end - start));
    if (index < 0) throw std::logic_error("not a core attribute name");
    set |= NameSet{1} << index;
    start = end + 1;
  }
  return set;
}

// name_set() of a literal, at compile time.
consteval NameSet names(std::string_view list) { return name_set(list); }

// A core attribute's name and its bit, for rules that check several names in turn: each name
// the visited element lacks is skipped without a lookup.
struct CoreName {
  consteval CoreName(const char* text) : name(text), bit(name_set(text)) {}
  std::string_view name;
  NameSet bit;
};

// An attribute name's bit, found by a small open-addressed hash (a linear search of the table
// would cost more than the lookups it saves): -1 for a name outside the table.
class CoreAttributeIndex {
 public:
  constexpr CoreAttributeIndex() {
    for (size_t i = 0; i < std::size(kCoreAttributeNames); ++i) {
      size_t slot = hash(kCoreAttributeNames[i]);
      while (slots_[slot] >= 0) slot = (slot + 1) % kSlots;
      slots_[slot] = static_cast<int>(i);
    }
  }
  int find(std::string_view name) const {
    if (name.empty()) return -1;
    for (size_t slot = hash(name); slots_[slot] >= 0; slot = (slot + 1) % kSlots)
      if (kCoreAttributeNames[slots_[slot]] == name) return slots_[slot];
    return -1;
  }

 private:
  static constexpr size_t kSlots = 256;
  static constexpr size_t hash(std::string_view name) {
    return (name.size() * 31 + static_cast<unsigned char>(name.front()) * 7 +
            static_cast<unsigned char>(name[name.size() / 2]) * 3 +
            static_cast<unsigned char>(name.back())) %
           kSlots;
  }
  std::array<int, kSlots> slots_ = [] {
    std::array<int, kSlots> empty{};
    empty.fill(-1);
    return empty;
  }();
};
constexpr CoreAttributeIndex kCoreAttributeIndex;

struct Context;
using CheckFunction = void (*)(const pugi::xml_node& element, Context& context);

struct Rule {
  ValidationRule info;
  // The elements the rule looks at, by key (see Context::key), separated by spaces.
  std::string_view elements;
  CheckFunction check;
};

struct Context {
  const XmlInput& input;
  DiagnosticSink* diagnostics;
  Severity severity;
  bool v2 = true;
  std::string_view src_lang;
  std::string_view trg_lang;
  const Rule* rule = nullptr;
  size_t count = 0;

  void report(size_t offset, std::string message) {
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.location = input.location(offset);
    diagnostic.message = std::move(message);
    diagnostic.check_id = std::string(rule->info.id);
    diagnostics->report(std::move(diagnostic));
    ++count;
  }
  void at(const pugi::xml_node& node, std::string message) {
    report(input.offset(node), std::move(message));
  }
  void at_attribute(const pugi::xml_node& element, std::string_view name, std::string message) {
    report(input.attribute_offset(element, name), std::move(message));
  }

  // What rules call an element: its local name in the core namespace of the file's version,
  // "PREFIX:NAME" in a module's namespace (XLIFF 2), "#other" in any other.
  std::string_view key(const pugi::xml_node& element) const {
    if (element == visited) return visited_key;
    // A unit's rules ask for the keys of its elements again and again: the keys of elements
    // seen lately are kept, by the node's address.
    auto& [known, known_key] = recent_keys[element.hash_value() % std::size(recent_keys)];
    if (known != element || !element) {
      known = element;
      known_key = key_of(element);
    }
    return known_key;
  }
  mutable std::pair<pugi::xml_node, std::string_view> recent_keys[64]{};
  std::string_view key_of(const pugi::xml_node& element) const {
    const std::string_view name = element.name();
    const size_t colon = name.find(':');
    const std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
    const int kind = namespace_kind(input.namespace_uri(element));
    if (kind == kCoreNamespace) return local;
    if (kind == kOtherNamespace) return "#other";
    // A module element written with the module's usual prefix is its own key.
    const std::string_view prefix = kModules[kind].prefix;
    if (colon == prefix.size() && name.starts_with(prefix)) return name;
    return *module_keys.insert(std::string(prefix) + ":" + std::string(local)).first;
  }
  // A namespace URI as key() sees it: the file's core namespace, a module's (its index in
  // kModules) or another.
  static constexpr int kCoreNamespace = -1;
  static constexpr int kOtherNamespace = -2;
  int namespace_kind(std::string_view uri) const {
    // Elements share their URI's storage (the declaration's value), so the last answer is
    // usually the one: this is what every rule asks, for every element it looks at.
    if (last_uri && uri.data() == last_uri->data() && uri.size() == last_uri->size())
      return last_kind;
    int kind = kOtherNamespace;
    if (v2) {
      if (uri == xliff::kNamespace2) kind = kCoreNamespace;
      for (size_t i = 0; i < std::size(kModules) && kind == kOtherNamespace; ++i)
        if (uri == kModules[i].uri) kind = static_cast<int>(i);
    } else if (uri == xliff::kNamespace12 || uri == xliff::kNamespace11 || uri.empty()) {
      kind = kCoreNamespace;
    }
    last_uri = uri;
    last_kind = kind;
    return kind;
  }
  mutable std::optional<std::string_view> last_uri{};
  // The element whose rules run, and its key (which those rules ask for again and again).
  pugi::xml_node visited{};
  std::string_view visited_key{};
  mutable int last_kind = kOtherNamespace;
  mutable std::set<std::string> module_keys{};  // the keys of module elements, interned
  // The last unit a rule looked at (read_unit): its sources [0] and targets [1] in reading
  // order, and their inline elements.
  mutable pugi::xml_node unit_read{};
  mutable std::vector<pugi::xml_node> sides[2]{};
  mutable std::vector<pugi::xml_node> inlines[2]{};
  mutable std::vector<std::pair<long, pugi::xml_node>> placed_targets{};  // unit_sides' scratch
  std::vector<pugi::xml_node> unit_scope{};                               // unit_ids_in_unit's
  // The <group>s and <unit>s of the last <file> looked at.
  pugi::xml_node groups_and_units_of{};
  std::vector<pugi::xml_node> groups{};
  std::vector<pugi::xml_node> units{};
  // The visited element's attributes, read once: its rules look a dozen names up, which
  // pugixml does with a strcmp per attribute (and callers built a C string for each name).
  struct Attribute {
    std::string_view name;
    pugi::xml_attribute attribute;
  };
  std::vector<Attribute> visited_attributes{};
  bool visited_has_prefixed = false;  // an attribute of the visited element has a prefix
  NameSet visited_names = 0;          // its attributes named in kCoreAttributeNames
  // It has an attribute that no core element defines: unprefixed or xml:, not xmlns.
  bool visited_has_undefined = false;
  void read_attributes(const pugi::xml_node& element) {
    visited_attributes.clear();
    visited_has_prefixed = false;
    visited_names = 0;
    visited_has_undefined = false;
    for (const pugi::xml_attribute& attribute : element.attributes()) {
      const std::string_view name = attribute.name();
      visited_attributes.push_back({name, attribute});
      const bool prefixed = name.find(':') != std::string_view::npos;
      if (prefixed) visited_has_prefixed = true;
      if (const int index = kCoreAttributeIndex.find(name); index >= 0)
        visited_names |= NameSet{1} << index;
      else if ((!prefixed || name.starts_with("xml:")) && name != "xmlns")
        visited_has_undefined = true;
    }
  }
  // Whether the element may have one of `names`: false only when it is the visited element
  // and has none of them.
  bool may_have(const pugi::xml_node& element, NameSet names) const {
    return element != visited || (visited_names & names) != 0;
  }
  // A core attribute, skipped without a lookup when the visited element lacks it.
  pugi::xml_attribute core_attribute(const pugi::xml_node& element, const CoreName& core) const {
    return may_have(element, core.bit) ? attribute(element, core.name) : pugi::xml_attribute();
  }
  // element.attribute(name): the first attribute so named.
  pugi::xml_attribute attribute(const pugi::xml_node& element, std::string_view name) const {
    if (element == visited) {
      for (const Attribute& attribute : visited_attributes)
        if (attribute.name == name) return attribute.attribute;
      return {};
    }
    for (const pugi::xml_attribute& attribute : element.attributes())
      if (attribute.name() == name) return attribute;
    return {};
  }
  // namespaced_attribute(), at once when the visited element has no prefixed attribute.
  pugi::xml_attribute namespaced(const pugi::xml_node& element, std::string_view uri,
                                 std::string_view local) const {
    if (element == visited && !visited_has_prefixed) return {};
    return namespaced_attribute(element, uri, local);
  }
  bool is_core(const pugi::xml_node& element, std::string_view name) const {
    return key(element) == name;
  }
};

// "<unit>" for a core element, its name as written for others ("<mda:meta>").
std::string shown(const Context& context, const pugi::xml_node& element) {
  const std::string_view key = context.key(element);
  return "<" + (key == "#other" ? std::string(element.name()) : std::string(key)) + ">";
}
std::string shown(std::string_view key) { return "<" + std::string(key) + ">"; }

// Whether `word` is one of the space-separated `words` (searched for whole, then its edges
// checked: rules ask this for every attribute and child).
bool contains_word(std::string_view words, std::string_view word) {
  // Most lists are one word; a longer word is in none.
  if (words.size() <= word.size()) return words == word;
  for (size_t at = words.find(word); at != std::string_view::npos; at = words.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || words[at - 1] == ' ') && (end == words.size() || words[end] == ' '))
      return true;
  }
  return false;
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

bool one_of(std::string_view value, std::initializer_list<std::string_view> values) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::string line_of(const Context& context, const pugi::xml_node& node) {
  return "line " + std::to_string(context.input.location(context.input.offset(node)).line);
}

// xs:NMTOKEN: name characters only. Non-ASCII characters are taken as name characters.
bool is_nmtoken(std::string_view value) {
  if (value.empty()) return false;
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) continue;
    if (!std::isalnum(u) && c != '.' && c != '-' && c != '_' && c != ':') return false;
  }
  return true;
}

// "prefix:value": a prefix of name characters (no ':'), then a non-empty value.
bool is_prefixed_value(std::string_view value) {
  const size_t colon = value.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == value.size()) return false;
  return is_nmtoken(value.substr(0, colon)) &&
         value.substr(0, colon).find(':') == std::string_view::npos;
}

std::optional<long> integer_value(std::string_view text) {
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

bool is_decimal_0_100(std::string_view text) {
  if (text.empty()) return false;
  bool dot = false, digit = false;
  for (const char c : text) {
    if (c == '.' && !dot) {
      dot = true;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      digit = true;
    } else {
      return false;
    }
  }
  if (!digit) return false;
  // strtod, not stod: a value out of double's range must be a violation, not an exception.
  return std::strtod(std::string(text).c_str(), nullptr) <= 100.0;
}

// The element children of a node, skipping text, comments and processing instructions: a view,
// not a copy (rules iterate the children of every unit several times).
class ChildElements {
 public:
  explicit ChildElements(const pugi::xml_node& parent)
      : first_(element_from(parent.first_child())) {}
  struct iterator {
    pugi::xml_node node;
    const pugi::xml_node& operator*() const { return node; }
    iterator& operator++() {
      node = element_from(node.next_sibling());
      return *this;
    }
    bool operator!=(const iterator& other) const { return node != other.node; }
  };
  iterator begin() const { return {first_}; }
  iterator end() const { return {}; }

 private:
  static pugi::xml_node element_from(pugi::xml_node node) {
    while (node && node.type() != pugi::node_element) node = node.next_sibling();
    return node;
  }
  pugi::xml_node first_;
};
ChildElements child_elements(const pugi::xml_node& element) { return ChildElements(element); }
std::vector<pugi::xml_node> child_element_list(const pugi::xml_node& element) {
  std::vector<pugi::xml_node> children;
  for (const pugi::xml_node& child : child_elements(element)) children.push_back(child);
  return children;
}

bool has_text(const pugi::xml_node& node) {
  // A loop, not find_first_not_of, which calls memchr for every character: this runs for the
  // indentation between most elements of a file.
  for (const char* c = node.value(); *c != '\0'; ++c)
    if (!is_xml_space(*c)) return true;
  return false;
}

// ---- Content models ------------------------------------------------------------------------

// One place in an element's content: the keys it takes ("#ext": any element of another
// namespace, modules included), how many times.
struct Slot {
  std::string_view keys;
  int min;
  int max;  // -1: unbounded
};

bool slot_takes(const Slot& slot, std::string_view key) {
  if (contains_word(slot.keys, key)) return true;
  // Most children are core elements: the cheap test first.
  return (key == "#other" || key.find(':') != key.npos) && contains_word(slot.keys, "#ext");
}

std::string slot_names(std::string_view keys) {
  std::string out;
  size_t start = 0;
  while (start < keys.size()) {
    size_t end = keys.find(' ', start);
    if (end == std::string_view::npos) end = keys.size();
    const std::string_view key = keys.substr(start, end - start);
    if (key != "#ext") out += (out.empty() ? "" : " or ") + shown(key);
    start = end + 1;
  }
  return out;
}

// Checks the element's children against a sequence of slots (at most kMaxSlots: see
// check_content); text is allowed only when `text_allowed`.
constexpr size_t kMaxSlots = 8;
void check_slots(const pugi::xml_node& element, Context& context, const Slot* slots,
                 size_t slot_count, bool text_allowed) {
  // Counted on the stack, and the element's name built only for a message: this runs for
  // most elements of every file.
  std::array<int, kMaxSlots> counts{};
  // The first child in the current slot (only its name is reported): slots are filled in
  // order, so one node, not one per slot, each of which pugixml would construct by a call.
  pugi::xml_node first_in_position;
  auto parent = [&] { return shown(context, element); };
  size_t position = 0;
  // first_child/next_sibling, not children(): pugixml's iterators are calls into the library.
  for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!text_allowed && has_text(child)) {
        context.at(child, "text is not allowed in " + parent());
        return;
      }
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view key = context.key(child);
    size_t found = position;
    while (found < slot_count && !slot_takes(slots[found], key)) ++found;
    if (found == slot_count) {
      size_t earlier = 0;
      while (earlier < position && !slot_takes(slots[earlier], key)) ++earlier;
      if (earlier < position) {
        context.at(child, shown(context, child) + " must come before " +
                              shown(context, first_in_position) + " in " + parent());
      } else {
        context.at(child, shown(context, child) + " is not allowed in " + parent());
      }
      return;
    }
    position = found;
    if (counts[found]++ == 0) first_in_position = child;
    if (slots[found].max >= 0 && counts[found] > slots[found].max) {
      context.at(child, parent() + " has more than one " + shown(context, child));
      return;
    }
  }
  for (size_t i = 0; i < slot_count; ++i)
    if (counts[i] < slots[i].min) {
      context.at(element, parent() + " must contain " +
                              std::string(slots[i].max == 1 ? "" : "at least one ") +
                              slot_names(slots[i].keys));
      return;
    }
}

// A content model: `{{"source", 1, 1}, {"target", 0, 1}}`; its size is checked when compiled.
template <size_t N>
void check_content(const pugi::xml_node& element, Context& context, const Slot (&slots)[N],
                   bool text_allowed = false) {
  static_assert(N <= kMaxSlots, "a content model has at most kMaxSlots slots");
  check_slots(element, context, slots, N, text_allowed);
}
// No child element allowed: `{}`.
void check_content(const pugi::xml_node& element, Context& context, std::nullptr_t,
                   bool text_allowed = false) {
  check_slots(element, context, nullptr, 0, text_allowed);
}

// ---- Attributes ----------------------------------------------------------------------------

struct AttributeSpec {
  std::string_view element;
  std::string_view required;  // names separated by spaces
  std::string_view optional;
};

constexpr AttributeSpec kAttributes2[] = {
    {"xliff", "version srcLang", "trgLang xml:space"},
    {"file", "id", "canResegment original translate srcDir trgDir xml:space"},
    {"skeleton", "", "href"},
    {"group", "id", "name canResegment translate srcDir trgDir type xml:space"},
    {"unit", "id", "name canResegment translate srcDir trgDir xml:space type"},
    {"segment", "", "id canResegment state subState"},
    {"ignorable", "", "id"},
    {"notes", "", ""},
    {"note", "", "id appliesTo category priority"},
    {"originalData", "", ""},
    {"data", "id", "dir xml:space"},
    {"source", "", "xml:lang xml:space"},
    {"target", "", "xml:lang xml:space order"},
    {"cp", "hex", ""},
    {"ph", "id", "canCopy canDelete canReorder copyOf disp equiv dataRef subFlows subType type"},
    {"pc", "id",
     "canCopy canDelete canOverlap canReorder copyOf dispEnd dispStart equivEnd equivStart "
     "dataRefEnd dataRefStart subFlowsEnd subFlowsStart subType type dir"},
    {"sc", "id",
     "canCopy canDelete canOverlap canReorder copyOf dataRef dir disp equiv isolated subFlows "
     "subType type"},
    {"ec", "",
     "id startRef canCopy canDelete canOverlap canReorder copyOf dataRef dir disp equiv isolated "
     "subFlows subType type"},
    {"mrk", "id", "translate type ref value"},
    {"sm", "id", "translate type ref value"},
    {"em", "startRef", ""},
};

constexpr AttributeSpec kAttributes12[] = {
    {"xliff", "version", "xml:lang"},
    {"file", "original source-language datatype",
     "tool tool-id date xml:space ts category target-language product-name product-version "
     "build-num"},
    {"trans-unit", "id",
     "approved translate reformat resname restype datatype ts phase-name xml:space charclass "
     "extradata help-id menu menu-option menu-name coord font css-style style exstyle extype "
     "maxbytes minbytes size-unit maxheight minheight maxwidth minwidth"},
    {"group", "",
     "id datatype xml:space ts restype resname extradata extype help-id menu menu-option "
     "menu-name coord font css-style style exstyle translate reformat maxbytes minbytes size-unit "
     "maxheight minheight maxwidth minwidth charclass merged-trans"},
    {"bin-unit", "id mime-type", "approved translate reformat ts restype resname phase-name"},
};

template <size_t N>
const AttributeSpec* attribute_spec(const AttributeSpec (&specs)[N], std::string_view element) {
  for (const AttributeSpec& spec : specs)
    if (spec.element == element) return &spec;
  return nullptr;
}

void check_attribute_spec(const pugi::xml_node& element, Context& context,
                          const AttributeSpec& spec) {
  auto name = [&] { return shown(context, element); };  // for a message only
  size_t start = 0;
  while (start < spec.required.size()) {
    size_t end = spec.required.find(' ', start);
    if (end == std::string_view::npos) end = spec.required.size();
    const std::string_view attribute = spec.required.substr(start, end - start);
    if (!context.attribute(element, attribute))
      context.at(element, name() + " requires the attribute '" + std::string(attribute) + "'");
    start = end + 1;
  }
  for (const pugi::xml_attribute& attribute : element.attributes()) {
    const std::string_view attribute_name = attribute.name();
    if (attribute_name == "xmlns" || attribute_name.starts_with("xmlns:")) continue;
    const bool prefixed = attribute_name.find(':') != std::string_view::npos;
    // Attributes of other namespaces are extensions (or modules' attributes): allowed.
    if (prefixed && !attribute_name.starts_with("xml:")) continue;
    if (contains_word(spec.required, attribute_name) ||
        contains_word(spec.optional, attribute_name))
      continue;
    context.at_attribute(
        element, attribute_name,
        "attribute '" + std::string(attribute_name) + "' is not allowed on " + name());
  }
}

// kAttributes2's names as sets: the visited element's attributes are checked against them at
// once, and only an element that breaks its spec is looked at name by name.
struct AttributeSets {
  NameSet required;
  NameSet allowed;
};
constexpr auto kAttributeSets2 = [] {
  std::array<AttributeSets, std::size(kAttributes2)> sets{};
  for (size_t i = 0; i < sets.size(); ++i)
    sets[i] = {name_set(kAttributes2[i].required),
               name_set(kAttributes2[i].required) | name_set(kAttributes2[i].optional)};
  return sets;
}();

bool keeps_spec(const pugi::xml_node& element, const Context& context, const AttributeSets& sets) {
  return element == context.visited && !context.visited_has_undefined &&
         (context.visited_names & sets.required) == sets.required &&
         (context.visited_names & ~sets.allowed) == 0;
}

void attributes2(const pugi::xml_node& element, Context& context) {
  const AttributeSpec* spec = attribute_spec(kAttributes2, context.key(element));
  if (!spec || keeps_spec(element, context, kAttributeSets2[spec - kAttributes2])) return;
  check_attribute_spec(element, context, *spec);
}
void attributes12(const pugi::xml_node& element, Context& context) {
  if (const AttributeSpec* spec = attribute_spec(kAttributes12, context.key(element)))
    check_attribute_spec(element, context, *spec);
}

// An attribute's value must be one of `values`.
void check_values(const pugi::xml_node& element, Context& context, std::string_view attribute,
                  std::initializer_list<std::string_view> values) {
  const pugi::xml_attribute value = context.attribute(element, attribute);
  if (!value || one_of(value.value(), values)) return;
  std::string allowed;
  for (const std::string_view v : values) allowed += (allowed.empty() ? "" : ", ") + quoted(v);
  context.at_attribute(element, attribute,
                       std::string(attribute) + " " + quoted(value.value()) + " on " +
                           shown(context, element) + " is not one of " + allowed);
}

// ---- XLIFF 2: document and structure -------------------------------------------------------

void xliff_version(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute version = context.attribute(element, "version");
  if (version && !one_of(version.value(), {"2.0", "2.1", "2.2"}))
    context.at_attribute(element, "version",
                         "version " + quoted(version.value()) + " is not 2.0, 2.1 or 2.2");
}

bool is_language_tag(std::string_view tag) {
  // BCP 47 syntax in outline: subtags of 1-8 letters or digits separated by '-', the first
  // of letters.
  if (tag.empty()) return false;
  size_t start = 0;
  bool first = true;
  while (start <= tag.size()) {
    size_t end = tag.find('-', start);
    if (end == std::string_view::npos) end = tag.size();
    const std::string_view subtag = tag.substr(start, end - start);
    if (subtag.empty() || subtag.size() > 8) return false;
    for (const char c : subtag)
      if (!std::isalnum(static_cast<unsigned char>(c)) ||
          (first && !std::isalpha(static_cast<unsigned char>(c))))
        return false;
    first = false;
    start = end + 1;
  }
  return true;
}

void language_tags(const pugi::xml_node& element, Context& context) {
  if (!context.may_have(element, names("srcLang trgLang xml:lang"))) return;
  static constexpr CoreName kNames[] = {"srcLang", "trgLang", "xml:lang"};
  for (const CoreName& core : kNames)
    if (const pugi::xml_attribute tag = context.core_attribute(element, core);
        tag && !is_language_tag(tag.value()))
      context.at_attribute(
          element, core.name,
          std::string(core.name) + " " + quoted(tag.value()) + " is not a BCP 47 language tag");
}

bool is_segment_target(const Context& context, const pugi::xml_node& target) {
  const std::string_view parent = context.key(target.parent());
  return parent == "segment" || parent == "ignorable";
}

void trglang_required(const pugi::xml_node& element, Context& context) {
  if (context.attribute(element, "trgLang")) return;
  struct Find : pugi::xml_tree_walker {
    const Context* context;
    pugi::xml_node found;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() == pugi::node_element && context->key(node) == "target" &&
          is_segment_target(*context, node))
        found = node;
      return !found;
    }
  } find;
  find.context = &context;
  pugi::xml_node walked = element;
  walked.traverse(find);
  if (find.found)
    context.at(element, "<xliff> has no trgLang, which is required when there are <target>s (" +
                            line_of(context, find.found) + ")");
}

bool same_language(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

void source_lang(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute lang = context.attribute(element, "xml:lang");
  if (lang && context.key(element.parent()) != "mtc:match" && !context.src_lang.empty() &&
      !same_language(lang.value(), context.src_lang))
    context.at_attribute(element, "xml:lang",
                         "xml:lang " + quoted(lang.value()) + " of <source> differs from srcLang " +
                             quoted(context.src_lang));
}

void target_lang(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute lang = context.attribute(element, "xml:lang");
  if (lang && context.key(element.parent()) != "mtc:match" && !context.trg_lang.empty() &&
      !same_language(lang.value(), context.trg_lang))
    context.at_attribute(element, "xml:lang",
                         "xml:lang " + quoted(lang.value()) + " of <target> differs from trgLang " +
                             quoted(context.trg_lang));
}

void xliff_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"file", 1, -1}});
}
void file_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context,
                {{"skeleton", 0, 1}, {"#ext", 0, -1}, {"notes", 0, 1}, {"unit group", 1, -1}});
}
void skeleton_content(const pugi::xml_node& element, Context& context) {
  const bool href = context.attribute(element, "href");
  const bool content = element.first_child();
  if (href == content)
    context.at(element, href ? "<skeleton> has both an href and content: it must have one"
                             : "<skeleton> has neither an href nor content: it must have one");
}
void group_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"#ext", 0, -1}, {"notes", 0, 1}, {"unit group", 0, -1}});
}
void unit_content(const pugi::xml_node& element, Context& context) {
  const size_t before = context.count;
  check_content(
      element, context,
      {{"#ext", 0, -1}, {"notes", 0, 1}, {"originalData", 0, 1}, {"segment ignorable", 1, -1}});
  if (context.count != before) return;
  for (const pugi::xml_node& child : child_elements(element))
    if (context.key(child) == "segment") return;
  context.at(element, "<unit> must contain at least one <segment>");
}
void segment_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"source", 1, 1}, {"target", 0, 1}});
}
void notes_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"note", 1, -1}});
}
void note_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {}, true);
}
void original_data_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"data", 1, -1}});
}
void data_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"cp", 0, -1}}, true);
}
void inline_content(const pugi::xml_node& element, Context& context) {
  check_content(element, context, {{"cp ph pc sc ec mrk sm em", 0, -1}}, true);
}
void empty_inline(const pugi::xml_node& element, Context& context) {
  if (const pugi::xml_node child = element.first_child())
    context.at(child, shown(context, element) + " must be empty");
}

// ---- XLIFF 2: attribute values -------------------------------------------------------------

void yes_no_values(const pugi::xml_node& element, Context& context) {
  constexpr NameSet kNames = names("canResegment translate canCopy canDelete canOverlap isolated");
  if (!element.first_attribute() || !context.may_have(element, kNames)) return;
  static constexpr CoreName kEach[] = {"canResegment", "translate",  "canCopy",
                                       "canDelete",    "canOverlap", "isolated"};
  for (const auto& [name, bit] : kEach)
    if (context.may_have(element, bit)) check_values(element, context, name, {"yes", "no"});
}
void xml_space_value(const pugi::xml_node& element, Context& context) {
  if (!context.may_have(element, names("xml:space"))) return;
  check_values(element, context, "xml:space", {"default", "preserve"});
}
void can_reorder_value(const pugi::xml_node& element, Context& context) {
  if (!context.may_have(element, names("canReorder"))) return;
  check_values(element, context, "canReorder", {"yes", "no", "firstNo"});
}
void direction_values(const pugi::xml_node& element, Context& context) {
  if (!element.first_attribute() || !context.may_have(element, names("srcDir trgDir dir"))) return;
  static constexpr CoreName kEach[] = {"srcDir", "trgDir", "dir"};
  for (const auto& [name, bit] : kEach)
    if (context.may_have(element, bit))
      check_values(element, context, name, {"ltr", "rtl", "auto"});
}
void nmtoken_values(const pugi::xml_node& element, Context& context) {
  constexpr NameSet kNames = names("id startRef dataRef dataRefStart dataRefEnd copyOf");
  if (!element.first_attribute() || !context.may_have(element, kNames)) return;
  static constexpr CoreName kEach[] = {"id",           "startRef",   "dataRef",
                                       "dataRefStart", "dataRefEnd", "copyOf"};
  for (const CoreName& core : kEach)
    if (const pugi::xml_attribute value = context.core_attribute(element, core);
        value && !is_nmtoken(value.value()))
      context.at_attribute(element, core.name,
                           std::string(core.name) + " " + quoted(value.value()) + " on " +
                               shown(context, element) + " is not an NMTOKEN");
}
void state_value(const pugi::xml_node& element, Context& context) {
  check_values(element, context, "state", {"initial", "translated", "reviewed", "final"});
}
void substate_needs_state(const pugi::xml_node& element, Context& context) {
  if (context.attribute(element, "subState") && !context.attribute(element, "state"))
    context.at_attribute(element, "subState", "<segment> has a subState but no state");
}
void substate_value(const pugi::xml_node& element, Context& context) {
  if (const pugi::xml_attribute value = context.attribute(element, "subState");
      value && !is_prefixed_value(value.value()))
    context.at_attribute(element, "subState",
                         "subState " + quoted(value.value()) + " is not of the form prefix:value");
}
void code_type_value(const pugi::xml_node& element, Context& context) {
  if (!context.may_have(element, names("type"))) return;
  check_values(element, context, "type", {"fmt", "ui", "quote", "link", "image", "other"});
}
void subtype_value(const pugi::xml_node& element, Context& context) {
  if (!context.may_have(element, names("subType"))) return;
  const pugi::xml_attribute sub_type = context.attribute(element, "subType");
  if (!sub_type) return;
  const std::string_view value = sub_type.value();
  if (!context.attribute(element, "type"))
    context.at_attribute(element, "subType",
                         "subType on " + shown(context, element) + " requires a type");
  else if (!is_prefixed_value(value))
    context.at_attribute(element, "subType",
                         "subType " + quoted(value) + " is not of the form prefix:value");
  else if (value.starts_with("xlf:") &&
           !one_of(value, {"xlf:lb", "xlf:pb", "xlf:b", "xlf:i", "xlf:u", "xlf:var"}))
    context.at_attribute(element, "subType",
                         "subType " + quoted(value) +
                             " uses the reserved prefix 'xlf' with a value XLIFF does not define");
}
void marker_type_value(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute type = context.attribute(element, "type");
  if (type && !one_of(type.value(), {"generic", "comment", "term"}) &&
      !is_prefixed_value(type.value()))
    context.at_attribute(element, "type",
                         "type " + quoted(type.value()) + " on " + shown(context, element) +
                             " is not 'generic', 'comment', 'term' or prefix:value");
}
void comment_annotation(const pugi::xml_node& element, Context& context) {
  if (std::string_view(context.attribute(element, "type").value()) == "comment" &&
      !context.attribute(element, "value") && !context.attribute(element, "ref"))
    context.at(element,
               shown(context, element) + " of type 'comment' needs a value or a ref attribute");
}
void structure_type_value(const pugi::xml_node& element, Context& context) {
  if (const pugi::xml_attribute type = context.attribute(element, "type");
      type && !is_prefixed_value(type.value()))
    context.at_attribute(element, "type",
                         "type " + quoted(type.value()) + " on " + shown(context, element) +
                             " is not of the form prefix:value");
}
void applies_to_value(const pugi::xml_node& element, Context& context) {
  check_values(element, context, "appliesTo", {"source", "target"});
}
void priority_value(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute priority = context.attribute(element, "priority");
  if (!priority) return;
  const std::optional<long> value = integer_value(priority.value());
  if (!value || *value < 1 || *value > 10)
    context.at_attribute(element, "priority",
                         "priority " + quoted(priority.value()) + " is not an integer 1 to 10");
}
void cp_hex(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute hex = context.attribute(element, "hex");
  if (!hex) return;
  const std::string_view text = hex.value();
  unsigned long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
      value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    context.at_attribute(element, "hex",
                         "hex " + quoted(text) + " is not a Unicode code point in hexadecimal");
}

// ---- XLIFF 2: ids and references -----------------------------------------------------------

// Elements of one kind directly or indirectly below `scope` in the core namespace, not looking
// into modules and extensions.
template <typename Visit>
void for_each_core(const Context& context, const pugi::xml_node& scope, Visit&& visit) {
  for (pugi::xml_node child = scope.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view key = context.key(child);
    if (key.find(':') != std::string::npos || key == "#other") continue;
    visit(child, key);
    for_each_core(context, child, visit);
  }
}

std::string unit_name(const pugi::xml_node& unit) {
  return "unit " + quoted(unit.attribute("id").value());
}

// Reports every element whose id an earlier one has. The scope is named in the message: `scope`,
// then the unit's name when `unit` is given (built only for a violation).
void unique_ids(Context& context, const std::vector<pugi::xml_node>& elements,
                std::string_view scope, const pugi::xml_node& unit = {}) {
  // Ids are views of the document's text: no string per id. A unit's few ids are compared
  // pairwise, a file's many hashed.
  constexpr size_t kFew = 16;
  std::unordered_map<std::string_view, pugi::xml_node> seen;
  if (elements.size() > kFew) seen.reserve(elements.size());
  for (size_t i = 0; i < elements.size(); ++i) {
    const pugi::xml_node& element = elements[i];
    const pugi::xml_attribute id = element.attribute("id");
    if (!id) continue;
    const std::string_view value = id.value();
    pugi::xml_node first;
    if (elements.size() > kFew) {
      const auto [found, inserted] = seen.emplace(value, element);
      if (!inserted) first = found->second;
    } else {
      for (size_t j = 0; j < i && !first; ++j)
        if (const pugi::xml_attribute other = elements[j].attribute("id");
            other && other.value() == value)
          first = elements[j];
    }
    if (first)
      context.at_attribute(
          element, "id",
          "id " + quoted(value) + " of " + shown(context, element) + " is not unique in " +
              std::string(scope) + (unit ? unit_name(unit) : std::string()) + ": " +
              shown(context, first) + " at " + line_of(context, first) + " has it too");
  }
}

void file_ids_unique(const pugi::xml_node& element, Context& context) {
  std::vector<pugi::xml_node> files;
  for (const pugi::xml_node& child : child_elements(element))
    if (context.key(child) == "file") files.push_back(child);
  unique_ids(context, files, "the document");
}

bool has_element_child(const pugi::xml_node& node) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
    if (child.type() == pugi::node_element) return true;
  return false;
}

// The <group>s and <unit>s below `scope`, as for_each_core finds them but for what is inside a
// unit. An element's key is asked only when it may be one or has elements to look into: most
// of a file's elements are inline codes, named otherwise and empty.
void find_groups_and_units(Context& context, const pugi::xml_node& scope) {
  for (pugi::xml_node child = scope.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view local = local_name(child);
    if (local != "group" && local != "unit" && !has_element_child(child)) continue;
    const std::string_view key = context.key(child);
    if (key.find(':') != std::string::npos || key == "#other") continue;
    if (key == "group") context.groups.push_back(child);
    if (key == "unit") {
      // A unit holds no unit or group (one that does is reported by its content model): its
      // segments and inline codes, most of a file, need no walk here.
      context.units.push_back(child);
      continue;
    }
    find_groups_and_units(context, child);
  }
}

// The <group>s and <unit>s of a file, found in one walk for both of their rules.
void group_unit_ids(const pugi::xml_node& file, Context& context, std::string_view kind) {
  if (context.groups_and_units_of != file) {
    context.groups_and_units_of = file;
    context.groups.clear();
    context.units.clear();
    find_groups_and_units(context, file);
  }
  unique_ids(context, kind == "group" ? context.groups : context.units, "its <file>");
}
void group_ids_unique(const pugi::xml_node& element, Context& context) {
  group_unit_ids(element, context, "group");
}
void unit_ids_unique(const pugi::xml_node& element, Context& context) {
  group_unit_ids(element, context, "unit");
}
void note_ids_unique(const pugi::xml_node& element, Context& context) {
  unique_ids(context, child_element_list(element), "its <notes>");
}
void data_ids_unique(const pugi::xml_node& element, Context& context) {
  unique_ids(context, child_element_list(element), "its <originalData>");
}

bool is_inline(std::string_view key) {
  return one_of(key, {"cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"});
}

// A unit's <source>s [0] and <target>s [1] in the order their content is read: targets by
// their `order` (else their segment's or ignorable's place), sources in place. One pass over
// the unit's parts fills both.
void unit_sides(const Context& context, const pugi::xml_node& unit,
                std::vector<pugi::xml_node> (&sides)[2]) {
  std::vector<std::pair<long, pugi::xml_node>>& placed = context.placed_targets;
  placed.clear();
  sides[0].clear();
  long place = 0;
  for (const pugi::xml_node& part : child_elements(unit)) {
    const std::string_view key = context.key(part);
    if (key != "segment" && key != "ignorable") continue;
    ++place;
    for (const pugi::xml_node& child : child_elements(part)) {
      const std::string_view side = context.key(child);
      if (side == "source") sides[0].push_back(child);
      if (side != "target") continue;
      long at = place;
      if (const std::optional<long> order = integer_value(child.attribute("order").value()))
        at = *order;
      placed.emplace_back(at, child);
    }
  }
  std::stable_sort(placed.begin(), placed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  sides[1].clear();
  for (const auto& [at, node] : placed) sides[1].push_back(node);
}
void read_unit(const Context& context, const pugi::xml_node& unit) {
  if (context.unit_read == unit) return;
  context.unit_read = unit;
  unit_sides(context, unit, context.sides);
  for (const int i : {0, 1}) {
    std::vector<pugi::xml_node>& inlines = context.inlines[i];
    inlines.clear();
    for (const pugi::xml_node& container : context.sides[i])
      for_each_core(context, container, [&](const pugi::xml_node& node, std::string_view key) {
        if (is_inline(key)) inlines.push_back(node);
      });
  }
}
const std::vector<pugi::xml_node>& unit_inlines(const Context& context, const pugi::xml_node& unit,
                                                std::string_view side) {
  read_unit(context, unit);
  return context.inlines[side == "target" ? 1 : 0];
}
// The unit's targets in reading order (see unit_sides).
const std::vector<pugi::xml_node>& unit_targets(const Context& context,
                                                const pugi::xml_node& unit) {
  read_unit(context, unit);
  return context.sides[1];
}

void unit_ids_in_unit(const pugi::xml_node& unit, Context& context) {
  std::vector<pugi::xml_node>& sources = context.unit_scope;  // reused: no allocation per unit
  sources.clear();
  for (const pugi::xml_node& part : child_elements(unit)) {
    const std::string_view key = context.key(part);
    if (key == "segment" || key == "ignorable") sources.push_back(part);
  }
  for (const pugi::xml_node& node : unit_inlines(context, unit, "source")) sources.push_back(node);
  unique_ids(context, sources, "", unit);
  unique_ids(context, unit_inlines(context, unit, "target"), "the targets of ", unit);
}

// Whether a code has dataRef, dataRefStart or dataRefEnd: one pass over its attributes, where
// looking each name up would compare every attribute's name three times.
bool has_data_ref(const pugi::xml_node& node) {
  for (pugi::xml_attribute attribute = node.first_attribute(); attribute;
       attribute = attribute.next_attribute())
    if (std::string_view(attribute.name()).starts_with("dataRef")) return true;
  return false;
}

void data_refs(const pugi::xml_node& unit, Context& context) {
  std::set<std::string> data;
  for (const pugi::xml_node& child : child_elements(unit))
    if (context.key(child) == "originalData")
      for (const pugi::xml_node& item : child_elements(child))
        data.insert(item.attribute("id").value());
  for (const std::string_view side : {"source", "target"})
    for (const pugi::xml_node& node : unit_inlines(context, unit, side)) {
      if (!has_data_ref(node)) continue;
      for (const char* name : {"dataRef", "dataRefStart", "dataRefEnd"})
        if (const pugi::xml_attribute ref = node.attribute(name); ref && !data.count(ref.value()))
          context.at_attribute(node, name,
                               std::string(name) + " " + quoted(ref.value()) +
                                   " names no <data> in the <originalData> of " + unit_name(unit));
    }
}

bool is_yes(const pugi::xml_node& node, const char* attribute) {
  return std::string_view(node.attribute(attribute).value()) == "yes";
}

// The start elements (sc or sm) and end elements (ec or em) of one side of a unit.
struct Pairing {
  std::map<std::string, pugi::xml_node> starts;  // by id, in reading order
  std::vector<pugi::xml_node> ends;
};

void ec_start_ref(const pugi::xml_node& unit, Context& context) {
  for (const std::string_view side : {"source", "target"}) {
    const std::vector<pugi::xml_node>& inlines = unit_inlines(context, unit, side);
    std::map<std::string, size_t> sc_at;
    for (size_t i = 0; i < inlines.size(); ++i)
      if (context.key(inlines[i]) == "sc") sc_at.emplace(inlines[i].attribute("id").value(), i);
    for (size_t i = 0; i < inlines.size(); ++i) {
      const pugi::xml_node& ec = inlines[i];
      if (context.key(ec) != "ec" || !ec.attribute("startRef") || is_yes(ec, "isolated")) continue;
      const std::string ref = ec.attribute("startRef").value();
      const auto sc = sc_at.find(ref);
      if (sc == sc_at.end())
        context.at_attribute(ec, "startRef",
                             "startRef " + quoted(ref) + " of <ec> names no <sc> in the " +
                                 std::string(side) + " of " + unit_name(unit));
      else if (sc->second > i)
        context.at(ec, "<ec> comes before its <sc> " + quoted(ref) + " (" +
                           line_of(context, inlines[sc->second]) + ")");
    }
  }
}

void ec_isolated(const pugi::xml_node& ec, Context& context) {
  if (is_yes(ec, "isolated")) {
    if (!ec.attribute("id"))
      context.at(ec, "<ec isolated=\"yes\"> requires an id (its <sc> is in another unit)");
    if (ec.attribute("startRef"))
      context.at_attribute(ec, "startRef",
                           "<ec isolated=\"yes\"> must not have a startRef: its <sc> is not in "
                           "this unit");
  } else if (!ec.attribute("startRef")) {
    context.at(ec, "<ec> requires a startRef, unless it is isolated=\"yes\"");
  }
}

void sc_isolated(const pugi::xml_node& unit, Context& context) {
  for (const std::string_view side : {"source", "target"}) {
    const std::vector<pugi::xml_node>& inlines = unit_inlines(context, unit, side);
    std::set<std::string> ended;
    for (const pugi::xml_node& node : inlines)
      if (context.key(node) == "ec" && node.attribute("startRef") && !is_yes(node, "isolated"))
        ended.insert(node.attribute("startRef").value());
    for (const pugi::xml_node& sc : inlines) {
      if (context.key(sc) != "sc") continue;
      const bool has_ec = ended.count(sc.attribute("id").value()) > 0;
      if (is_yes(sc, "isolated") && has_ec)
        context.at_attribute(sc, "isolated",
                             "<sc> " + quoted(sc.attribute("id").value()) +
                                 " is isolated=\"yes\" but its <ec> is in the same unit");
      else if (!is_yes(sc, "isolated") && !has_ec)
        context.at(sc, "<sc> " + quoted(sc.attribute("id").value()) + " has no <ec> in the " +
                           std::string(side) + " of " + unit_name(unit) +
                           ": one whose <ec> is in another unit must be isolated=\"yes\"");
    }
  }
}

void ec_matches_sc(const pugi::xml_node& unit, Context& context) {
  for (const std::string_view side : {"source", "target"}) {
    const std::vector<pugi::xml_node>& inlines = unit_inlines(context, unit, side);
    std::map<std::string, pugi::xml_node> scs;
    for (const pugi::xml_node& node : inlines)
      if (context.key(node) == "sc") scs.emplace(node.attribute("id").value(), node);
    for (const pugi::xml_node& ec : inlines) {
      if (context.key(ec) != "ec" || !ec.attribute("startRef")) continue;
      const auto sc = scs.find(ec.attribute("startRef").value());
      if (sc == scs.end()) continue;
      for (const char* name : {"canCopy", "canDelete", "canOverlap", "canReorder"}) {
        const pugi::xml_attribute mine = ec.attribute(name);
        const std::string_view theirs = sc->second.attribute(name).value();
        if (mine && theirs != mine.value())
          context.at_attribute(ec, name,
                               std::string(name) + " " + quoted(mine.value()) +
                                   " of <ec> differs from its <sc>'s " +
                                   (theirs.empty() ? std::string("(unset)") : quoted(theirs)));
      }
    }
  }
}

void sm_em(const pugi::xml_node& unit, Context& context, bool ends_only) {
  for (const std::string_view side : {"source", "target"}) {
    const std::vector<pugi::xml_node>& inlines = unit_inlines(context, unit, side);
    std::map<std::string, size_t> sm_at;
    std::set<std::string> ended;
    for (size_t i = 0; i < inlines.size(); ++i)
      if (context.key(inlines[i]) == "sm") sm_at.emplace(inlines[i].attribute("id").value(), i);
    for (size_t i = 0; i < inlines.size(); ++i) {
      const pugi::xml_node& em = inlines[i];
      if (context.key(em) != "em" || !em.attribute("startRef")) continue;
      const std::string ref = em.attribute("startRef").value();
      ended.insert(ref);
      const auto sm = sm_at.find(ref);
      if (!ends_only) continue;
      if (sm == sm_at.end())
        context.at_attribute(em, "startRef",
                             "startRef " + quoted(ref) + " of <em> names no <sm> in the " +
                                 std::string(side) + " of " + unit_name(unit));
      else if (sm->second > i)
        context.at(em, "<em> comes before its <sm> " + quoted(ref) + " (" +
                           line_of(context, inlines[sm->second]) + ")");
    }
    if (ends_only) continue;
    for (const auto& [id, at] : sm_at)
      if (!ended.count(id))
        context.at(inlines[at], "<sm> " + quoted(id) + " has no <em> in the " + std::string(side) +
                                    " of " + unit_name(unit));
  }
}
void em_start_ref(const pugi::xml_node& unit, Context& context) { sm_em(unit, context, true); }
void sm_paired(const pugi::xml_node& unit, Context& context) { sm_em(unit, context, false); }

void can_reorder_copy_delete(const pugi::xml_node& element, Context& context) {
  if (!context.may_have(element, names("canReorder"))) return;
  const std::string_view reorder = context.attribute(element, "canReorder").value();
  if (reorder != "no" && reorder != "firstNo") return;
  for (const std::string_view name : {"canCopy", "canDelete"})
    if (std::string_view(context.attribute(element, name).value()) != "no")
      context.at(element, shown(context, element) + " with canReorder=\"" + std::string(reorder) +
                              "\" must have " + std::string(name) + "=\"no\"");
}

void can_reorder_sequence(const pugi::xml_node& unit, Context& context) {
  for (const std::string_view side : {"source", "target"}) {
    std::string_view previous = "yes";
    for (const pugi::xml_node& node : unit_inlines(context, unit, side)) {
      const std::string_view key = context.key(node);
      if (key != "ph" && key != "pc" && key != "sc") continue;
      const std::string_view value = node.attribute("canReorder").value();
      if (value == "no" && previous != "firstNo" && previous != "no")
        context.at_attribute(node, "canReorder",
                             "canReorder=\"no\" on " + shown(context, node) +
                                 " does not follow a code with canReorder=\"firstNo\" or \"no\": "
                                 "a sequence that cannot be reordered starts with firstNo");
      previous = value.empty() ? "yes" : value;
    }
  }
}

void copy_of_exists(const pugi::xml_node& unit, Context& context) {
  // Few units have a copyOf: the others' ids are not gathered.
  auto has_copy_of = [](const pugi::xml_node& node) { return bool(node.attribute("copyOf")); };
  const std::vector<pugi::xml_node>& sources = unit_inlines(context, unit, "source");
  const std::vector<pugi::xml_node>& targets = unit_inlines(context, unit, "target");
  if (std::none_of(sources.begin(), sources.end(), has_copy_of) &&
      std::none_of(targets.begin(), targets.end(), has_copy_of))
    return;
  std::set<std::string> ids;
  std::vector<pugi::xml_node> all = sources;
  all.insert(all.end(), targets.begin(), targets.end());
  for (const pugi::xml_node& node : all) ids.insert(node.attribute("id").value());
  for (const pugi::xml_node& node : all)
    if (const pugi::xml_attribute copy = node.attribute("copyOf"); copy && !ids.count(copy.value()))
      context.at_attribute(
          node, "copyOf",
          "copyOf " + quoted(copy.value()) + " names no inline code of " + unit_name(unit));
}

void order_values(const pugi::xml_node& unit, Context& context) {
  long parts = 0;
  for (const pugi::xml_node& part : child_elements(unit)) {
    const std::string_view key = context.key(part);
    if (key == "segment" || key == "ignorable") ++parts;
  }
  std::map<long, pugi::xml_node> used;
  for (const pugi::xml_node& target : unit_targets(context, unit)) {
    const pugi::xml_attribute order = target.attribute("order");
    if (!order) continue;
    const std::optional<long> value = integer_value(order.value());
    if (!value || *value < 1 || *value > parts) {
      context.at_attribute(target, "order",
                           "order " + quoted(order.value()) + " is not a position from 1 to " +
                               std::to_string(parts) + " (the segments and ignorables of " +
                               unit_name(unit) + ")");
    } else if (const auto [first, inserted] = used.emplace(*value, target); !inserted) {
      context.at_attribute(target, "order",
                           "order " + quoted(order.value()) + " is used twice in " +
                               unit_name(unit) + ": the <target> at " +
                               line_of(context, first->second) + " has it too");
    }
  }
}

// ---- XLIFF 2 modules ----------------------------------------------------------------------

void placement(const pugi::xml_node& element, Context& context, std::string_view parents,
               bool at_most_one) {
  const std::string_view parent = context.key(element.parent());
  if (!contains_word(parents, parent)) {
    context.at(element, shown(context, element) + " is not allowed in " +
                            shown(context, element.parent()) + ": only in " + slot_names(parents));
    return;
  }
  if (!at_most_one) return;
  const std::string_view key = context.key(element);
  for (pugi::xml_node before = element.previous_sibling(); before;
       before = before.previous_sibling())
    if (before.type() == pugi::node_element && context.key(before) == key) {
      context.at(element, shown(context, element.parent()) + " has more than one " +
                              shown(context, element));
      return;
    }
}

void metadata_placement(const pugi::xml_node& element, Context& context) {
  placement(element, context, "file group unit mtc:match", true);
}
void metadata_content(const pugi::xml_node& element, Context& context) {
  const std::string_view key = context.key(element);
  if (key == "mda:metadata") check_content(element, context, {{"mda:metaGroup", 1, -1}});
  if (key == "mda:metaGroup") check_content(element, context, {{"mda:meta mda:metaGroup", 1, -1}});
  if (key == "mda:meta") check_content(element, context, {}, true);
}
void meta_type(const pugi::xml_node& element, Context& context) {
  if (std::string_view(context.attribute(element, "type").value()).empty())
    context.at(element, "<mda:meta> requires a non-empty type attribute");
}
void metagroup_applies_to(const pugi::xml_node& element, Context& context) {
  check_values(element, context, "appliesTo", {"source", "target", "ignorable"});
}
void matches_placement(const pugi::xml_node& element, Context& context) {
  placement(element, context, "unit", true);
}
void matches_content(const pugi::xml_node& element, Context& context) {
  if (context.key(element) == "mtc:matches")
    check_content(element, context, {{"mtc:match", 1, -1}});
  else
    check_content(element, context,
                  {{"mda:metadata", 0, 1},
                   {"originalData", 0, 1},
                   {"source", 1, 1},
                   {"target", 1, 1},
                   {"#ext", 0, -1}});
}
void match_attributes(const pugi::xml_node& element, Context& context) {
  if (!context.attribute(element, "ref"))
    context.at(element, "<mtc:match> requires a ref attribute");
  for (const std::string_view name : {"matchQuality", "matchSuitability", "similarity"})
    if (const pugi::xml_attribute value = context.attribute(element, name);
        value && !is_decimal_0_100(value.value()))
      context.at_attribute(
          element, name,
          std::string(name) + " " + quoted(value.value()) + " is not a decimal from 0 to 100");
  check_values(element, context, "type", {"am", "mt", "icm", "idm", "tb", "tm", "other"});
  check_values(element, context, "reference", {"yes", "no"});
}
void glossary_placement(const pugi::xml_node& element, Context& context) {
  placement(element, context, "unit", true);
}
void glossary_content(const pugi::xml_node& element, Context& context) {
  const std::string_view key = context.key(element);
  if (key == "gls:glossary") {
    check_content(element, context, {{"gls:glossEntry", 1, -1}});
  } else if (key == "gls:glossEntry") {
    check_content(element, context,
                  {{"gls:term", 1, 1},
                   {"gls:translation", 0, -1},
                   {"gls:definition", 0, 1},
                   {"#ext", 0, -1}});
  } else {
    check_content(element, context, {}, true);
  }
}
void gloss_entry_meaning(const pugi::xml_node& element, Context& context) {
  for (const pugi::xml_node& child : child_elements(element)) {
    const std::string_view key = context.key(child);
    if (key == "gls:translation" || key == "gls:definition") return;
  }
  context.at(element, "<gls:glossEntry> needs a <gls:translation> or a <gls:definition>");
}
void subfs_needs_fs(const pugi::xml_node& element, Context& context) {
  if (!element.first_attribute()) return;
  const pugi::xml_attribute sub_fs = context.namespaced(element, kFsUri, "subFs");
  if (sub_fs && !context.namespaced(element, kFsUri, "fs"))
    context.at_attribute(element, sub_fs.name(),
                         shown(context, element) + " has fs:subFs but no fs:fs");
}
void fs_value(const pugi::xml_node& element, Context& context) {
  if (!element.first_attribute()) return;
  const pugi::xml_attribute fs = context.namespaced(element, kFsUri, "fs");
  if (!fs) return;
  const std::string_view value = fs.value();
  const bool name = !value.empty() && std::isalpha(static_cast<unsigned char>(value[0])) &&
                    std::all_of(value.begin(), value.end(), [](char c) {
                      return std::isalnum(static_cast<unsigned char>(c)) != 0;
                    });
  if (!name)
    context.at_attribute(element, fs.name(),
                         "fs:fs " + quoted(value) + " is not an HTML element name");
}
void slr_placement(const pugi::xml_node& element, Context& context) {
  if (context.key(element) == "slr:profiles")
    placement(element, context, "file", true);
  else if (context.key(element) == "slr:data")
    placement(element, context, "file group unit", true);
}
void storage_restriction_value(const pugi::xml_node& element, Context& context) {
  if (!element.first_attribute()) return;
  const pugi::xml_attribute value = context.namespaced(element, kSlrUri, "storageRestriction");
  if (!value) return;
  const std::optional<long> number = integer_value(value.value());
  if (!number || *number < 0)
    context.at_attribute(
        element, value.name(),
        "slr:storageRestriction " + quoted(value.value()) + " is not a non-negative integer");
}
void size_info_exclusive(const pugi::xml_node& element, Context& context) {
  if (context.key(element) != "slr:data") return;
  if (context.attribute(element, "sizeInfo") && context.attribute(element, "sizeInfoRef"))
    context.at(element, "<slr:data> has both sizeInfo and sizeInfoRef: use one");
}
void validation_placement(const pugi::xml_node& element, Context& context) {
  placement(element, context, "file group unit", true);
}
void validation_content(const pugi::xml_node& element, Context& context) {
  if (context.key(element) == "val:validation")
    check_content(element, context, {{"val:rule", 1, -1}});
  else
    check_content(element, context, {});
}
void rule_one_test(const pugi::xml_node& element, Context& context) {
  int tests = 0;
  for (const std::string_view name : {"isPresent", "isNotPresent", "startsWith", "endsWith"})
    tests += context.attribute(element, name) ? 1 : 0;
  bool custom = false;
  for (const pugi::xml_attribute& attribute : element.attributes()) {
    const std::string_view name = attribute.name();
    if (name.find(':') != std::string_view::npos && !name.starts_with("xmlns") &&
        !name.starts_with("xml:"))
      custom = true;
  }
  if (tests + (custom ? 1 : 0) != 1)
    context.at(element, tests == 0 ? std::string("<val:rule> has no test: it needs exactly one "
                                                 "of isPresent, isNotPresent, startsWith, "
                                                 "endsWith or a custom rule")
                                   : "<val:rule> has " + std::to_string(tests) +
                                         " tests: it needs exactly one");
}
void rule_attributes(const pugi::xml_node& element, Context& context) {
  if (const pugi::xml_attribute occurrences = context.attribute(element, "occurrences")) {
    const std::optional<long> value = integer_value(occurrences.value());
    if (!context.attribute(element, "isPresent"))
      context.at_attribute(element, "occurrences", "occurrences on <val:rule> requires isPresent");
    else if (!value || *value < 1)
      context.at_attribute(
          element, "occurrences",
          "occurrences " + quoted(occurrences.value()) + " is not a positive integer");
  }
  for (const std::string_view name : {"existsInSource", "caseSensitive", "disabled"})
    check_values(element, context, name, {"yes", "no"});
  check_values(element, context, "normalization", {"none", "nfc", "nfd"});
}
void change_track_content(const pugi::xml_node& element, Context& context) {
  const std::string_view key = context.key(element);
  if (key == "ctr:changeTrack") check_content(element, context, {{"ctr:revisions", 1, -1}});
  if (key == "ctr:revisions") check_content(element, context, {{"ctr:revision", 1, -1}});
  if (key == "ctr:revision") check_content(element, context, {{"ctr:item", 1, -1}});
  if (key == "ctr:item") check_content(element, context, {}, true);
}
void change_track_attributes(const pugi::xml_node& element, Context& context) {
  const std::string_view key = context.key(element);
  if (key == "ctr:revisions" && !context.attribute(element, "appliesTo"))
    context.at(element, "<ctr:revisions> requires an appliesTo attribute");
  if (key == "ctr:item" && !context.attribute(element, "property"))
    context.at(element, "<ctr:item> requires a property attribute");
  if (key == "ctr:item") check_values(element, context, "property", {"content", "attribute"});
}

// ---- XLIFF 1.2 -----------------------------------------------------------------------------

void xliff12_version(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute version = context.attribute(element, "version");
  if (version && std::string_view(version.value()) != "1.2")
    context.at_attribute(element, "version",
                         "version " + quoted(version.value()) +
                             " is not 1.2 (this file is validated against XLIFF 1.2)");
  if (context.input.namespace_uri(element) != xliff::kNamespace12)
    context.at(element, "<xliff> is not in the XLIFF 1.2 namespace '" +
                            std::string(xliff::kNamespace12) + "'");
}
void xliff12_content(const pugi::xml_node& element, Context& context) {
  const std::string_view key = context.key(element);
  if (key == "xliff") check_content(element, context, {{"file", 1, -1}});
  if (key == "file") check_content(element, context, {{"header", 0, 1}, {"body", 1, 1}});
  if (key == "header")
    check_content(element, context,
                  {{"skl", 0, 1},
                   {"phase-group", 0, 1},
                   {"glossary reference count-group note tool #ext", 0, -1}});
  if (key == "body") check_content(element, context, {{"group trans-unit bin-unit", 0, -1}});
  if (key == "group")
    check_content(element, context,
                  {{"context-group count-group prop-group note #ext", 0, -1},
                   {"group trans-unit bin-unit", 1, -1}});
  if (key == "trans-unit")
    check_content(element, context,
                  {{"source", 1, 1},
                   {"seg-source", 0, 1},
                   {"target", 0, 1},
                   {"context-group count-group prop-group note alt-trans #ext", 0, -1}});
  if (key == "alt-trans")
    check_content(element, context,
                  {{"source", 0, 1},
                   {"seg-source", 0, 1},
                   {"target", 1, 1},
                   {"context-group note prop-group #ext", 0, -1}});
  if (key == "bin-unit")
    check_content(element, context,
                  {{"bin-source", 1, 1},
                   {"bin-target", 0, 1},
                   {"context-group count-group prop-group note trans-unit #ext", 0, -1}});
}
void xliff12_unit_ids(const pugi::xml_node& file, Context& context) {
  std::vector<pugi::xml_node> units;
  struct Walk : pugi::xml_tree_walker {
    const Context* context;
    std::vector<pugi::xml_node>* units;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() == pugi::node_element) {
        const std::string_view key = context->key(node);
        if ((key == "trans-unit" || key == "bin-unit") && context->key(node.parent()) != "bin-unit")
          units->push_back(node);
      }
      return true;
    }
  } walk;
  walk.context = &context;
  walk.units = &units;
  pugi::xml_node walked = file;
  walked.traverse(walk);
  unique_ids(context, units, "its <file>");
}
bool x_value(std::string_view value) { return value.starts_with("x-") && value.size() > 2; }
void xliff12_state(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute state = context.attribute(element, "state");
  if (state &&
      !one_of(state.value(), {"new", "needs-translation", "needs-adaptation", "needs-l10n",
                              "needs-review-translation", "needs-review-adaptation",
                              "needs-review-l10n", "translated", "final", "signed-off"}) &&
      !x_value(state.value()))
    context.at_attribute(element, "state",
                         "state " + quoted(state.value()) +
                             " is not an XLIFF 1.2 state (new, needs-translation, "
                             "needs-adaptation, needs-l10n, needs-review-*, translated, final, "
                             "signed-off) or x-*");
}
void xliff12_state_qualifier(const pugi::xml_node& element, Context& context) {
  const pugi::xml_attribute qualifier = context.attribute(element, "state-qualifier");
  if (qualifier &&
      !one_of(qualifier.value(),
              {"exact-match", "fuzzy-match", "id-match", "leveraged-glossary",
               "leveraged-inherited", "leveraged-mt", "leveraged-repository", "leveraged-tm",
               "mt-suggestion", "rejected-grammar", "rejected-inaccurate", "rejected-length",
               "rejected-spelling", "tm-suggestion"}) &&
      !x_value(qualifier.value()))
    context.at_attribute(element, "state-qualifier",
                         "state-qualifier " + quoted(qualifier.value()) +
                             " is not an XLIFF 1.2 state-qualifier or x-*");
}
void xliff12_yes_no(const pugi::xml_node& element, Context& context) {
  for (const std::string_view name : {"translate", "approved"})
    check_values(element, context, name, {"yes", "no"});
  check_values(element, context, "xml:space", {"default", "preserve"});
}
void xliff12_note(const pugi::xml_node& element, Context& context) {
  check_values(element, context, "annotates", {"source", "target", "general"});
  priority_value(element, context);
  check_content(element, context, {}, true);
}
void xliff12_inline_id(const pugi::xml_node& element, Context& context) {
  if (!context.attribute(element, "id"))
    context.at(element, shown(context, element) + " requires the attribute 'id'");
}
void xliff12_mrk_mtype(const pugi::xml_node& element, Context& context) {
  if (!context.attribute(element, "mtype"))
    context.at(element, "<mrk> requires the attribute 'mtype'");
}
void xliff12_it_pos(const pugi::xml_node& element, Context& context) {
  if (!context.attribute(element, "pos"))
    context.at(element, "<it> requires the attribute 'pos'");
  else
    check_values(element, context, "pos", {"open", "close"});
}
void xliff12_inline_content(const pugi::xml_node& element, Context& context) {
  const std::string_view key = context.key(element);
  if (key == "x" || key == "bx" || key == "ex") {
    if (const pugi::xml_node child = element.first_child())
      context.at(child, shown(context, element) + " must be empty");
  } else if (key == "bpt" || key == "ept" || key == "ph" || key == "it") {
    check_content(element, context, {{"sub", 0, -1}}, true);
  } else {
    check_content(element, context, {{"g x bx ex bpt ept ph it mrk", 0, -1}}, true);
  }
}
void xliff12_bpt_ept(const pugi::xml_node& container, Context& context) {
  // A <bpt> and its <ept> share rid (or, without rid, id) within one source or target.
  std::vector<pugi::xml_node> codes;
  struct Walk : pugi::xml_tree_walker {
    const Context* context;
    std::vector<pugi::xml_node>* codes;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() == pugi::node_element) {
        const std::string_view key = context->key(node);
        if (key == "bpt" || key == "ept") codes->push_back(node);
      }
      return true;
    }
  } walk;
  walk.context = &context;
  walk.codes = &codes;
  pugi::xml_node walked = container;
  walked.traverse(walk);
  auto pair_key = [](const pugi::xml_node& node) {
    return std::string(node.attribute("rid") ? node.attribute("rid").value()
                                             : node.attribute("id").value());
  };
  std::map<std::string, int> open;
  std::map<std::string, pugi::xml_node> first_open;
  for (const pugi::xml_node& node : codes) {
    const std::string id = pair_key(node);
    if (context.key(node) == "bpt") {
      if (open[id]++ == 0) first_open[id] = node;
    } else if (open[id] > 0) {
      --open[id];
    } else {
      context.at(node, "<ept> " + quoted(id) + " has no <bpt> before it in its " +
                           shown(context, container));
    }
  }
  for (const auto& [id, count] : open)
    if (count > 0)
      context.at(first_open[id], "<bpt> " + quoted(id) + " has no <ept> after it in its " +
                                     shown(context, container));
}

// ---- The rules ------------------------------------------------------------------------------

constexpr std::string_view kInline = "cp ph pc sc ec mrk sm em";
constexpr std::string_view kCore =
    "xliff file skeleton group unit segment ignorable notes note originalData data source target "
    "cp ph pc sc ec mrk sm em";

const Rule kRules[] = {
    // XLIFF 2 core: the document.
    {{"xliff2:4.2.2.1-xliff-attributes", "xliff2", "4.2.2.1 xliff",
      "<xliff> has version and srcLang, and only the attributes it defines (trgLang, xml:space, "
      "and attributes of other namespaces)"},
     "xliff",
     attributes2},
    {{"xliff2:4.2.2.1-xliff-version", "xliff2", "4.2.2.1 xliff", "version is 2.0, 2.1 or 2.2"},
     "xliff",
     xliff_version},
    {{"xliff2:4.2.2.1-xliff-content", "xliff2", "4.2.2.1 xliff",
      "<xliff> contains one or more <file>s and nothing else"},
     "xliff",
     xliff_content},
    {{"xliff2:4.3.1-language-tag", "xliff2", "4.3.1 srcLang, trgLang, xml:lang",
      "srcLang, trgLang and xml:lang are BCP 47 language tags"},
     "xliff source target",
     language_tags},
    {{"xliff2:4.3.1-trglang-required", "xliff2", "4.3.1 trgLang",
      "trgLang is set when the document has <target>s"},
     "xliff",
     trglang_required},
    {{"xliff2:4.2.2.12-source-lang", "xliff2", "4.2.2.12 source",
      "xml:lang of a <source> equals srcLang"},
     "source",
     source_lang},
    {{"xliff2:4.2.2.13-target-lang", "xliff2", "4.2.2.13 target",
      "xml:lang of a <target> equals trgLang"},
     "target",
     target_lang},
    // Structural elements.
    {{"xliff2:4.2.2.2-file-attributes", "xliff2", "4.2.2.2 file",
      "<file> has an id, and only the attributes it defines"},
     "file",
     attributes2},
    {{"xliff2:4.2.2.2-file-content", "xliff2", "4.2.2.2 file",
      "<file>: <skeleton>?, module and extension elements, <notes>?, then one or more <unit> or "
      "<group>"},
     "file",
     file_content},
    {{"xliff2:4.2.2.2-file-id-unique", "xliff2", "4.2.2.2 file",
      "file ids are unique in the document"},
     "xliff",
     file_ids_unique},
    {{"xliff2:4.2.2.3-skeleton-content", "xliff2", "4.2.2.3 skeleton",
      "<skeleton> has either an href or content, not both"},
     "skeleton",
     skeleton_content},
    {{"xliff2:4.2.2.3-skeleton-attributes", "xliff2", "4.2.2.3 skeleton",
      "<skeleton> has only href"},
     "skeleton",
     attributes2},
    {{"xliff2:4.2.2.4-group-attributes", "xliff2", "4.2.2.4 group",
      "<group> has an id, and only the attributes it defines"},
     "group",
     attributes2},
    {{"xliff2:4.2.2.4-group-content", "xliff2", "4.2.2.4 group",
      "<group>: module and extension elements, <notes>?, then <unit>s and <group>s"},
     "group",
     group_content},
    {{"xliff2:4.2.2.4-group-id-unique", "xliff2", "4.2.2.4 group",
      "group ids are unique in their <file>"},
     "file",
     group_ids_unique},
    {{"xliff2:4.2.2.5-unit-attributes", "xliff2", "4.2.2.5 unit",
      "<unit> has an id, and only the attributes it defines"},
     "unit",
     attributes2},
    {{"xliff2:4.2.2.5-unit-content", "xliff2", "4.2.2.5 unit",
      "<unit>: module and extension elements, <notes>?, <originalData>?, then <segment>s and "
      "<ignorable>s, at least one <segment>"},
     "unit",
     unit_content},
    {{"xliff2:4.2.2.5-unit-id-unique", "xliff2", "4.2.2.5 unit",
      "unit ids are unique in their <file>"},
     "file",
     unit_ids_unique},
    {{"xliff2:4.3.1-type-prefixed", "xliff2", "4.3.1 type",
      "type on <group> and <unit> is prefix:value"},
     "group unit",
     structure_type_value},
    {{"xliff2:4.2.2.6-segment-attributes", "xliff2", "4.2.2.6 segment",
      "<segment> has only the attributes it defines"},
     "segment",
     attributes2},
    {{"xliff2:4.2.2.6-segment-content", "xliff2", "4.2.2.6 segment",
      "<segment>: one <source>, then at most one <target>"},
     "segment",
     segment_content},
    {{"xliff2:4.2.2.7-ignorable-attributes", "xliff2", "4.2.2.7 ignorable",
      "<ignorable> has only an id"},
     "ignorable",
     attributes2},
    {{"xliff2:4.2.2.7-ignorable-content", "xliff2", "4.2.2.7 ignorable",
      "<ignorable>: one <source>, then at most one <target>"},
     "ignorable",
     segment_content},
    {{"xliff2:4.3.1-unit-scope-id-unique", "xliff2", "4.3.1 id",
      "ids of <segment>, <ignorable> and inline elements of the sources are unique in their "
      "<unit> (inline ids of the targets among the targets)"},
     "unit",
     unit_ids_in_unit},
    {{"xliff2:4.3.1-state-value", "xliff2", "4.3.1 state",
      "state is initial, translated, reviewed or final"},
     "segment",
     state_value},
    {{"xliff2:4.3.1-substate-needs-state", "xliff2", "4.3.1 subState",
      "a subState comes with an explicit state"},
     "segment",
     substate_needs_state},
    {{"xliff2:4.3.1-substate-value", "xliff2", "4.3.1 subState", "subState is prefix:value"},
     "segment",
     substate_value},
    {{"xliff2:4.2.2.8-notes-attributes", "xliff2", "4.2.2.8 notes",
      "<notes> has no attributes of its own"},
     "notes",
     attributes2},
    {{"xliff2:4.2.2.8-notes-content", "xliff2", "4.2.2.8 notes",
      "<notes> contains one or more <note>s"},
     "notes",
     notes_content},
    {{"xliff2:4.2.2.9-note-attributes", "xliff2", "4.2.2.9 note",
      "<note> has only id, appliesTo, category and priority"},
     "note",
     attributes2},
    {{"xliff2:4.2.2.9-note-content", "xliff2", "4.2.2.9 note", "<note> contains text only"},
     "note",
     note_content},
    {{"xliff2:4.2.2.9-note-id-unique", "xliff2", "4.2.2.9 note",
      "note ids are unique in their <notes>"},
     "notes",
     note_ids_unique},
    {{"xliff2:4.3.1-appliesto-value", "xliff2", "4.3.1 appliesTo",
      "appliesTo of a <note> is source or target"},
     "note",
     applies_to_value},
    {{"xliff2:4.3.1-priority-value", "xliff2", "4.3.1 priority",
      "priority of a <note> is an integer from 1 to 10"},
     "note",
     priority_value},
    {{"xliff2:4.2.2.10-originaldata-attributes", "xliff2", "4.2.2.10 originalData",
      "<originalData> has no attributes of its own"},
     "originalData",
     attributes2},
    {{"xliff2:4.2.2.10-originaldata-content", "xliff2", "4.2.2.10 originalData",
      "<originalData> contains one or more <data>s"},
     "originalData",
     original_data_content},
    {{"xliff2:4.2.2.11-data-attributes", "xliff2", "4.2.2.11 data",
      "<data> has an id, and only dir and xml:space besides"},
     "data",
     attributes2},
    {{"xliff2:4.2.2.11-data-content", "xliff2", "4.2.2.11 data",
      "<data> contains text and <cp>s only"},
     "data",
     data_content},
    {{"xliff2:4.2.2.11-data-id-unique", "xliff2", "4.2.2.11 data",
      "data ids are unique in their <originalData>"},
     "originalData",
     data_ids_unique},
    {{"xliff2:4.2.2.12-source-attributes", "xliff2", "4.2.2.12 source",
      "<source> has only xml:lang and xml:space"},
     "source",
     attributes2},
    {{"xliff2:4.2.2.13-target-attributes", "xliff2", "4.2.2.13 target",
      "<target> has only xml:lang, xml:space and order"},
     "target",
     attributes2},
    {{"xliff2:4.3.1-order-value", "xliff2", "4.3.1 order",
      "order of a <target> is a position among its unit's segments and ignorables, used once"},
     "unit",
     order_values},
    // Inline elements.
    {{"xliff2:4.2.3-inline-content", "xliff2", "4.2.3 inline elements",
      "<source>, <target>, <pc> and <mrk> contain text and inline elements only"},
     "source target pc mrk",
     inline_content},
    {{"xliff2:4.2.3-empty-inline", "xliff2", "4.2.3 inline elements",
      "<cp>, <ph>, <sc>, <ec>, <sm> and <em> are empty"},
     "cp ph sc ec sm em",
     empty_inline},
    {{"xliff2:4.2.3.1-cp-attributes", "xliff2", "4.2.3.1 cp", "<cp> has hex and nothing else"},
     "cp",
     attributes2},
    {{"xliff2:4.2.3.1-cp-hex", "xliff2", "4.2.3.1 cp",
      "hex of a <cp> is a Unicode code point in hexadecimal"},
     "cp",
     cp_hex},
    {{"xliff2:4.2.3.2-ph-attributes", "xliff2", "4.2.3.2 ph",
      "<ph> has an id, and only the attributes it defines"},
     "ph",
     attributes2},
    {{"xliff2:4.2.3.3-pc-attributes", "xliff2", "4.2.3.3 pc",
      "<pc> has an id, and only the attributes it defines"},
     "pc",
     attributes2},
    {{"xliff2:4.2.3.4-sc-attributes", "xliff2", "4.2.3.4 sc",
      "<sc> has an id, and only the attributes it defines"},
     "sc",
     attributes2},
    {{"xliff2:4.2.3.4-sc-isolated", "xliff2", "4.2.3.4 sc",
      "an <sc> has its <ec> in the same unit, unless isolated=\"yes\" (and then it has not)"},
     "unit",
     sc_isolated},
    {{"xliff2:4.2.3.5-ec-attributes", "xliff2", "4.2.3.5 ec",
      "<ec> has only the attributes it defines"},
     "ec",
     attributes2},
    {{"xliff2:4.2.3.5-ec-isolated", "xliff2", "4.2.3.5 ec",
      "an isolated <ec> has an id and no startRef; any other has a startRef"},
     "ec",
     ec_isolated},
    {{"xliff2:4.2.3.5-ec-startref", "xliff2", "4.2.3.5 ec",
      "startRef of an <ec> names an <sc> of the same unit that comes before it"},
     "unit",
     ec_start_ref},
    {{"xliff2:4.2.3.5-ec-matches-sc", "xliff2", "4.2.3.5 ec",
      "canCopy, canDelete, canOverlap and canReorder of an <ec> are its <sc>'s"},
     "unit",
     ec_matches_sc},
    {{"xliff2:4.2.3.6-mrk-attributes", "xliff2", "4.2.3.6 mrk",
      "<mrk> has an id, and only translate, type, ref and value"},
     "mrk",
     attributes2},
    {{"xliff2:4.2.3.7-sm-attributes", "xliff2", "4.2.3.7 sm",
      "<sm> has an id, and only translate, type, ref and value"},
     "sm",
     attributes2},
    {{"xliff2:4.2.3.7-sm-em-pairing", "xliff2", "4.2.3.7 sm",
      "every <sm> has an <em> in the same unit"},
     "unit",
     sm_paired},
    {{"xliff2:4.2.3.8-em-attributes", "xliff2", "4.2.3.8 em", "<em> has a startRef only"},
     "em",
     attributes2},
    {{"xliff2:4.2.3.8-em-startref", "xliff2", "4.2.3.8 em",
      "startRef of an <em> names an <sm> of the same unit that comes before it"},
     "unit",
     em_start_ref},
    {{"xliff2:4.3.1-marker-type-value", "xliff2", "4.3.1 type",
      "type of <mrk> and <sm> is generic, comment, term or prefix:value"},
     "mrk sm",
     marker_type_value},
    {{"xliff2:4.3.1-comment-annotation", "xliff2", "4.3.1 type",
      "a comment annotation (<mrk>/<sm> type=\"comment\") has a value or a ref"},
     "mrk sm",
     comment_annotation},
    {{"xliff2:4.3.1-code-type-value", "xliff2", "4.3.1 type",
      "type of <ph>, <pc>, <sc> and <ec> is fmt, ui, quote, link, image or other"},
     "ph pc sc ec",
     code_type_value},
    {{"xliff2:4.3.1-subtype-value", "xliff2", "4.3.1 subType",
      "subType comes with a type, is prefix:value, and xlf: values are XLIFF's (lb, pb, b, i, u, "
      "var)"},
     "ph pc sc ec",
     subtype_value},
    {{"xliff2:4.3.1-dataref-exists", "xliff2", "4.3.1 dataRef, dataRefStart, dataRefEnd",
      "dataRef, dataRefStart and dataRefEnd name a <data> of the unit's <originalData>"},
     "unit",
     data_refs},
    {{"xliff2:4.3.1-copyof-exists", "xliff2", "4.3.1 copyOf",
      "copyOf names an inline code of the same unit"},
     "unit",
     copy_of_exists},
    // Attribute values everywhere.
    {{"xliff2:4.3.1-nmtoken", "xliff2", "4.3.1 id and references",
      "id, startRef, dataRef, dataRefStart, dataRefEnd and copyOf are NMTOKENs"},
     kCore,
     nmtoken_values},
    {{"xliff2:4.3.1-yes-no-value", "xliff2", "4.3.1 canCopy, canDelete, ...",
      "canCopy, canDelete, canOverlap, canResegment, isolated and translate are yes or no"},
     kCore,
     yes_no_values},
    {{"xliff2:4.3.1-canreorder-value", "xliff2", "4.3.1 canReorder",
      "canReorder is yes, no or firstNo"},
     kInline,
     can_reorder_value},
    {{"xliff2:4.3.1-canreorder-copy-delete", "xliff2", "4.3.1 canReorder",
      "a code with canReorder no or firstNo has canCopy=\"no\" and canDelete=\"no\""},
     "ph pc sc",
     can_reorder_copy_delete},
    {{"xliff2:4.3.1-canreorder-sequence", "xliff2", "4.3.1 canReorder",
      "canReorder=\"no\" continues a sequence that a code with canReorder=\"firstNo\" starts"},
     "unit",
     can_reorder_sequence},
    {{"xliff2:4.3.2-xml-space-value", "xliff2", "4.3.2 xml:space",
      "xml:space is default or preserve"},
     "xliff file group unit source target data",
     xml_space_value},
    {{"xliff2:4.3.1-direction-value", "xliff2", "4.3.1 srcDir, trgDir, dir",
      "srcDir, trgDir and dir are ltr, rtl or auto"},
     kCore,
     direction_values},
    // Modules.
    {{"xliff2:5.1-matches-placement", "xliff2", "5.1 Translation Candidates module",
      "<mtc:matches> is in a <unit>, at most one"},
     "mtc:matches",
     matches_placement},
    {{"xliff2:5.1-matches-content", "xliff2", "5.1 Translation Candidates module",
      "<mtc:matches> contains <mtc:match>es; a match has <mda:metadata>?, <originalData>?, one "
      "<source> and one <target>"},
     "mtc:matches mtc:match",
     matches_content},
    {{"xliff2:5.1-match-attributes", "xliff2", "5.1 Translation Candidates module",
      "<mtc:match> has a ref; matchQuality, matchSuitability and similarity are 0 to 100; type "
      "and reference have their values"},
     "mtc:match",
     match_attributes},
    {{"xliff2:5.2-glossary-placement", "xliff2", "5.2 Glossary module",
      "<gls:glossary> is in a <unit>, at most one"},
     "gls:glossary",
     glossary_placement},
    {{"xliff2:5.2-glossary-content", "xliff2", "5.2 Glossary module",
      "<gls:glossary> contains <gls:glossEntry>s: one <gls:term>, <gls:translation>s, "
      "<gls:definition>?"},
     "gls:glossary gls:glossEntry gls:term gls:translation gls:definition",
     glossary_content},
    {{"xliff2:5.2-glossentry-meaning", "xliff2", "5.2 Glossary module",
      "a <gls:glossEntry> has a <gls:translation> or a <gls:definition>"},
     "gls:glossEntry",
     gloss_entry_meaning},
    {{"xliff2:5.3-subfs-needs-fs", "xliff2", "5.3 Format Style module",
      "fs:subFs is used only with fs:fs"},
     kCore,
     subfs_needs_fs},
    {{"xliff2:5.3-fs-value", "xliff2", "5.3 Format Style module", "fs:fs is an HTML element name"},
     kCore,
     fs_value},
    {{"xliff2:5.4-metadata-placement", "xliff2", "5.4 Metadata module",
      "<mda:metadata> is in a <file>, <group>, <unit> or <mtc:match>, at most one"},
     "mda:metadata",
     metadata_placement},
    {{"xliff2:5.4-metadata-content", "xliff2", "5.4 Metadata module",
      "<mda:metadata> and <mda:metaGroup> are not empty and hold <mda:metaGroup>s and "
      "<mda:meta>s; <mda:meta> holds text"},
     "mda:metadata mda:metaGroup mda:meta",
     metadata_content},
    {{"xliff2:5.4-meta-type", "xliff2", "5.4 Metadata module", "<mda:meta> has a non-empty type"},
     "mda:meta",
     meta_type},
    {{"xliff2:5.4-metagroup-appliesto", "xliff2", "5.4 Metadata module",
      "appliesTo of <mda:metaGroup> is source, target or ignorable"},
     "mda:metaGroup",
     metagroup_applies_to},
    {{"xliff2:5.6-slr-placement", "xliff2", "5.6 Size and Length Restriction module",
      "<slr:profiles> is in a <file>; <slr:data> in a <file>, <group> or <unit>; at most one "
      "each"},
     "slr:profiles slr:data",
     slr_placement},
    {{"xliff2:5.6-storage-restriction-value", "xliff2", "5.6 Size and Length Restriction module",
      "slr:storageRestriction is a non-negative integer"},
     kCore,
     storage_restriction_value},
    {{"xliff2:5.6-sizeinfo-exclusive", "xliff2", "5.6 Size and Length Restriction module",
      "<slr:data> has sizeInfo or sizeInfoRef, not both"},
     "slr:data",
     size_info_exclusive},
    {{"xliff2:5.7-validation-placement", "xliff2", "5.7 Validation module",
      "<val:validation> is in a <file>, <group> or <unit>, at most one"},
     "val:validation",
     validation_placement},
    {{"xliff2:5.7-validation-content", "xliff2", "5.7 Validation module",
      "<val:validation> contains one or more <val:rule>s, which are empty"},
     "val:validation val:rule",
     validation_content},
    {{"xliff2:5.7-rule-one-test", "xliff2", "5.7 Validation module",
      "a <val:rule> has exactly one test: isPresent, isNotPresent, startsWith, endsWith or a "
      "custom one"},
     "val:rule",
     rule_one_test},
    {{"xliff2:5.7-rule-attributes", "xliff2", "5.7 Validation module",
      "occurrences needs isPresent and is positive; existsInSource, caseSensitive, disabled are "
      "yes or no; normalization none, nfc or nfd"},
     "val:rule",
     rule_attributes},
    {{"xliff2:ctr-content", "xliff2", "Change Tracking (XLIFF 2.0 5.6)",
      "<ctr:changeTrack> holds <ctr:revisions>, which hold <ctr:revision>s, which hold "
      "<ctr:item>s of text"},
     "ctr:changeTrack ctr:revisions ctr:revision ctr:item",
     change_track_content},
    {{"xliff2:ctr-attributes", "xliff2", "Change Tracking (XLIFF 2.0 5.6)",
      "<ctr:revisions> has appliesTo; <ctr:item> has property, content or attribute"},
     "ctr:revisions ctr:item",
     change_track_attributes},
    // XLIFF 1.2.
    {{"xliff12:xliff-version", "xliff12", "xliff",
      "<xliff> is version 1.2 in the XLIFF 1.2 namespace"},
     "xliff",
     xliff12_version},
    {{"xliff12:xliff-attributes", "xliff12", "xliff", "<xliff> has a version attribute"},
     "xliff",
     attributes12},
    {{"xliff12:file-attributes", "xliff12", "file",
      "<file> has original, source-language and datatype, and only the attributes it defines"},
     "file",
     attributes12},
    {{"xliff12:trans-unit-attributes", "xliff12", "trans-unit",
      "<trans-unit> has an id, and only the attributes it defines"},
     "trans-unit",
     attributes12},
    {{"xliff12:group-attributes", "xliff12", "group", "<group> has only the attributes it defines"},
     "group",
     attributes12},
    {{"xliff12:bin-unit-attributes", "xliff12", "bin-unit",
      "<bin-unit> has an id and a mime-type, and only the attributes it defines"},
     "bin-unit",
     attributes12},
    {{"xliff12:structure-content", "xliff12", "xliff, file, header, body, group, trans-unit, ...",
      "<xliff>, <file>, <header>, <body>, <group>, <trans-unit>, <alt-trans> and <bin-unit> hold "
      "the elements they define, in order"},
     "xliff file header body group trans-unit alt-trans bin-unit",
     xliff12_content},
    {{"xliff12:trans-unit-id-unique", "xliff12", "trans-unit",
      "trans-unit and bin-unit ids are unique in their <file>"},
     "file",
     xliff12_unit_ids},
    {{"xliff12:target-state", "xliff12", "state", "state is one of XLIFF 1.2's states or x-*"},
     "target",
     xliff12_state},
    {{"xliff12:target-state-qualifier", "xliff12", "state-qualifier",
      "state-qualifier is one of XLIFF 1.2's qualifiers or x-*"},
     "target",
     xliff12_state_qualifier},
    {{"xliff12:yes-no-value", "xliff12", "translate, approved, xml:space",
      "translate and approved are yes or no; xml:space is default or preserve"},
     "file group trans-unit bin-unit source target",
     xliff12_yes_no},
    {{"xliff12:note", "xliff12", "note",
      "<note> holds text; annotates is source, target or general; priority 1 to 10"},
     "note",
     xliff12_note},
    {{"xliff12:inline-id", "xliff12", "g, x, bx, ex, bpt, ept, ph, it",
      "inline elements g, x, bx, ex, bpt, ept, ph and it have an id"},
     "g x bx ex bpt ept ph it",
     xliff12_inline_id},
    {{"xliff12:inline-content", "xliff12", "source, target, g, mrk, x, bpt, ...",
      "<source>, <target>, <g>, <mrk> hold text and inline elements; <x>, <bx>, <ex> are empty; "
      "<bpt>, <ept>, <ph>, <it> hold text and <sub>"},
     "source target seg-source g mrk sub x bx ex bpt ept ph it",
     xliff12_inline_content},
    {{"xliff12:bpt-ept-pairing", "xliff12", "bpt, ept",
      "every <bpt> has an <ept> after it in the same source or target, and every <ept> a <bpt> "
      "before it (paired by rid, else id)"},
     "source target seg-source",
     xliff12_bpt_ept},
    {{"xliff12:it-pos", "xliff12", "it", "<it> has pos, open or close"}, "it", xliff12_it_pos},
    {{"xliff12:mrk-mtype", "xliff12", "mrk", "<mrk> has an mtype"}, "mrk", xliff12_mrk_mtype},
};

// Rules by the element key they look at, for each format. Looked up by string_view (no
// string built per element).
struct KeyHash {
  using is_transparent = void;
  // FNV-1a, inline: keys are a few letters, and std::hash calls into the library per element.
  size_t operator()(std::string_view key) const {
    size_t hash = 14695981039346656037u;
    for (const char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211u;
    return hash;
  }
};
using RulesByKey =
    std::unordered_map<std::string, std::vector<const Rule*>, KeyHash, std::equal_to<>>;
struct Dispatch {
  RulesByKey v2;
  RulesByKey v12;
};

const Dispatch& dispatch() {
  static const Dispatch table = [] {
    Dispatch built;
    for (const Rule& rule : kRules) {
      auto& map = rule.info.format == "xliff2" ? built.v2 : built.v12;
      size_t start = 0;
      const std::string_view keys = rule.elements;
      while (start < keys.size()) {
        size_t end = keys.find(' ', start);
        if (end == std::string_view::npos) end = keys.size();
        map[std::string(keys.substr(start, end - start))].push_back(&rule);
        start = end + 1;
      }
    }
    return built;
  }();
  return table;
}

void visit(const pugi::xml_node& element, Context& context, const RulesByKey& rules) {
  const std::string_view key = context.key(element);
  context.visited = element;
  context.visited_key = key;
  context.read_attributes(element);
  const auto found = rules.find(key);
  if (found != rules.end())
    for (const Rule* rule : found->second) {
      context.rule = rule;
      rule->check(element, context);
    }
  for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling())
    if (child.type() == pugi::node_element) visit(child, context, rules);
}

}  // namespace

std::vector<ValidationRule> xliff_validation_rules() {
  std::vector<ValidationRule> rules;
  for (const Rule& rule : kRules) rules.push_back(rule.info);
  return rules;
}

size_t validate_xliff(const XmlInput& input, DiagnosticSink& diagnostics, Severity severity) {
  const pugi::xml_node root = input.root();
  Context context{.input = input,
                  .diagnostics = &diagnostics,
                  .severity = severity,
                  .v2 = input.namespace_uri(root) == xliff::kNamespace2,
                  .src_lang = root.attribute("srcLang").value(),
                  .trg_lang = root.attribute("trgLang").value()};
  // Rules report in their order; the file's violations are reported in its order.
  DiagnosticList found;
  context.diagnostics = &found;
  visit(root, context, context.v2 ? dispatch().v2 : dispatch().v12);
  std::vector<Diagnostic> sorted = found.diagnostics();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.location.line, a.location.column) <
           std::pair(b.location.line, b.location.column);
  });
  for (Diagnostic& diagnostic : sorted) diagnostics.report(std::move(diagnostic));
  return context.count;
}

}  // namespace l10nc
