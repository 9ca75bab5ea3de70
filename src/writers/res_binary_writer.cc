#include "writers/res_binary_writer.h"

#include <unicode/utf16.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/file_io.h"
#include "base/unicode_text.h"
#include "model/message_key.h"

// The layout follows ICU's uresdata.h; every choice genrb makes (which key strings and
// strings share bytes, the order strings are stored in, the smallest table type that fits)
// is made here the same way (ICU 72 tools/genrb/reslist.cpp), so the bytes are genrb's.
namespace l10nc {

namespace {

// Resource types: a 32-bit resource word is (type << 28) | offset-or-value.
constexpr uint32_t kTypeString = 0;          // URES_STRING; we only write the empty one (offset 0)
constexpr uint32_t kTypeTable = 2;           // URES_TABLE: 16-bit count and keys, 32-bit values
constexpr uint32_t kTypeTable32 = 4;         // URES_TABLE32: 32-bit count, keys and values
constexpr uint32_t kTypeTable16 = 5;         // URES_TABLE16: all 16-bit, in the 16-bit units
constexpr uint32_t kTypeStringV2 = 6;        // URES_STRING_V2: in the 16-bit units
constexpr uint32_t kMaxOffset = 0x0fffffff;  // RES_MAX_OFFSET
constexpr uint32_t kUnset = 0xffffffff;      // RES_BOGUS

constexpr uint32_t make_resource(uint32_t type, uint32_t offset) { return type << 28 | offset; }

// indexes[] up to URES_INDEX_16BIT_TOP, as genrb writes it without a pool bundle.
constexpr uint32_t kIndexLength = 7;
constexpr uint32_t kKeysBottom = (1 + kIndexLength) * 4;  // after the root word and indexes[]
constexpr uint32_t kAttributeNoFallback = 1;              // URES_ATT_NO_FALLBACK
constexpr uint32_t kNone = 0xffffffff;

// Strings this short (without NUL, not starting with a trail surrogate) get no length
// prefix: the runtime calls u_strlen().
constexpr int32_t kMaxImplicitStringLength = 40;

// The last characters of a string, backwards, packed so that comparing the numbers compares
// those characters (from the last backwards); a string that ran out sorts after one that did
// not (it is the suffix). Equal numbers: compare further on (sort_reversed).
// `skip` characters from the end are left out (for a second number that continues the first).
template <typename Char>
uint64_t reversed_tail(std::basic_string_view<Char> text, size_t skip) {
  using Unsigned = std::make_unsigned_t<Char>;
  constexpr int kBits = sizeof(Char) * 8 + 1;  // one more value: "ran out"
  constexpr size_t kCount = 63 / kBits;
  uint64_t key = 0;
  for (size_t i = skip; i < skip + kCount; ++i) {
    const uint64_t value = i < text.size() ? static_cast<Unsigned>(text[text.size() - 1 - i])
                                           : uint64_t{1} << (kBits - 1);
    key = key << kBits | value;
  }
  return key;
}

// What the sorts compare first: numbers, so that most comparisons touch no string.
// Three numbers: messages often end alike ("See the event log for details."), and each
// comparison that needs the strings is a trip to memory.
struct SortKey {
  uint64_t major;
  uint64_t minor;
  uint64_t last;
  uint32_t index;

  // Characters from the end that two equal reversed() keys have in common.
  template <typename Char>
  static constexpr size_t kReversedLength = 3 * (63 / (sizeof(Char) * 8 + 1));

  // `skip` characters from the end left out (to continue where equal keys stopped).
  template <typename Char>
  static SortKey reversed(std::basic_string_view<Char> text, uint32_t index, size_t skip = 0) {
    constexpr size_t kPart = kReversedLength<Char> / 3;
    return {reversed_tail(text, skip), reversed_tail(text, skip + kPart),
            reversed_tail(text, skip + 2 * kPart), index};
  }
  bool operator<(const SortKey& other) const {
    if (major != other.major) return major < other.major;
    return minor != other.minor ? minor < other.minor : last < other.last;
  }
  bool operator==(const SortKey& other) const {
    return major == other.major && minor == other.minor && last == other.last;
  }
};

// Sorts keys made by SortKey::reversed() in the order of their strings read backwards (a
// string before its own suffixes; equal strings by index): by the numbers, then each run of
// equal numbers by the next characters packed the same way, and so on. Strings that end alike
// ("... for details.") are then read once per step, not once per comparison: at a million
// strings that was most of the sort. An explicit stack: a long shared ending is no recursion.
template <typename Char, typename TextOf>
void sort_reversed(std::vector<SortKey>& keys, const TextOf& text_of) {
  using Iterator = std::vector<SortKey>::iterator;
  struct Range {
    Iterator begin;
    Iterator end;
    size_t skip;
  };
  std::vector<Range> ranges = {{keys.begin(), keys.end(), 0}};
  while (!ranges.empty()) {
    const Range range = ranges.back();
    ranges.pop_back();
    std::sort(range.begin, range.end, [](const SortKey& a, const SortKey& b) {
      return a == b ? a.index < b.index : a < b;
    });
    const size_t next = range.skip + SortKey::kReversedLength<Char>;
    for (Iterator run = range.begin; run != range.end;) {
      Iterator run_end = run + 1;
      while (run_end != range.end && *run_end == *run) ++run_end;
      // Equal numbers for strings shorter than `next` mean equal strings: ordered by index.
      if (run_end - run > 1 && text_of(run->index).size() >= next) {
        for (Iterator key = run; key != run_end; ++key)
          *key = SortKey::reversed(text_of(key->index), key->index, next);
        ranges.push_back({run, run_end, next});
      }
      run = run_end;
    }
  }
}

// Where an image goes as it is made: kept whole (res_binary), or written to a file a block at
// a time (write_res_binary), so that a large bundle's image is never held whole besides the
// strings it is made from. The header's indexes are filled in last, by overwrite().
class Image {
 public:
  Image() = default;
  Image(int fd, std::string path) : fd_(fd), path_(std::move(path)) { bytes_.reserve(kBlock); }

  void append(const char* data, size_t size) {
    bytes_.append(data, size);
    if (fd_ >= 0 && bytes_.size() >= kBlock) flush();
  }
  void append(std::string_view data) { append(data.data(), data.size()); }
  void append(size_t count, char byte) { append(std::string(count, byte)); }
  void reserve(size_t size) {
    if (fd_ < 0) bytes_.reserve(size);
  }
  uint64_t size() const { return flushed_ + bytes_.size(); }
  // Replaces bytes already appended.
  void overwrite(uint64_t offset, std::string_view data) {
    if (offset >= flushed_) {
      bytes_.replace(offset - flushed_, data.size(), data);
      return;
    }
    if (!failed() && !write_all(fd_, data, offset)) errno_ = errno;
  }
  // The whole image (kept whole), or the bytes not yet written to the file.
  std::string& bytes() { return bytes_; }
  // Writes what is left to the file; false with `error` set if any write failed.
  bool finish(std::string* error) {
    flush();
    if (failed() && error != nullptr) *error = path_ + ": " + std::strerror(errno_);
    return !failed();
  }

 private:
  static constexpr size_t kBlock = size_t{1} << 20;

  bool failed() const { return errno_ != 0; }
  void flush() {
    if (!failed() && !write_all(fd_, bytes_)) errno_ = errno;
    flushed_ += bytes_.size();
    bytes_.clear();
  }

  int fd_ = -1;  // -1: kept whole
  std::string path_;
  std::string bytes_;
  uint64_t flushed_ = 0;  // bytes before bytes_ (written to the file)
  int errno_ = 0;
};

// A number in the machine's byte order, onto an Image or a std::string.
template <typename Out, typename Number>
void append_number(Out& out, Number value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
template <typename Out>
void append_u16(Out& out, uint16_t value) {
  append_number(out, value);
}
template <typename Out>
void append_u32(Out& out, uint32_t value) {
  append_number(out, value);
}

// The 32-byte data header udata_create() writes before every ICU data file.
void append_data_header(Image& out) {
  append_u16(out, 32);        // header size, padded to 16
  out.append("\xda\x27", 2);  // magic
  append_u16(out, 20);        // sizeof(UDataInfo)
  append_u16(out, 0);
  const char big_endian = std::endian::native == std::endian::big;
  out.append(&big_endian, 1);
  out.append("\0\2\0", 3);  // U_ASCII_FAMILY, sizeof(UChar), reserved
  out.append("ResB");
  out.append("\x02\x00\x00\x00", 4);  // formatVersion 2.0: genrb's when no pool bundle is used
  out.append("\x01\x04\x00\x00", 4);  // dataVersion, as genrb
  out.append(8, '\0');
}

// The 16-bit units, appended straight to the image (after its header and keys) rather than
// built apart and copied: a bundle's strings are most of its size.
class Units {
 public:
  void start(Image& image) {
    image_ = &image;
    base_ = image.size();
  }
  size_t size() const { return static_cast<size_t>(image_->size() - base_) / 2; }
  Units& operator+=(char16_t unit) {
    append_number(*image_, unit);
    return *this;
  }
  Units& operator+=(std::u16string_view units) {
    image_->append(reinterpret_cast<const char*>(units.data()), units.size() * sizeof(char16_t));
    return *this;
  }

 private:
  Image* image_ = nullptr;
  uint64_t base_ = 0;
};

class ResWriter {
 public:
  explicit ResWriter(const ResourceBundle& bundle) : bundle_(bundle) {}

  // Writes the image into `out`; false with *error set when the bundle cannot be stored.
  bool write(Image& out, std::string* error) {
    nodes_.push_back(Node{});
    nodes_[0].is_table = true;
    if (!add_children(0, bundle_.items, error)) return false;
    lay_out_keys();
    collect_strings();
    // The image up to the 16-bit units: its header and indexes are filled in at the end.
    out.reserve(32 + keys_top_ + 2 * (pool_.size() + 3 * strings_.size() + 2) + 8 * nodes_.size() +
                64);
    append_data_header(out);
    out.append(kKeysBottom, '\0');
    out.append(key_bytes_);
    units_.start(out);
    lay_out_strings();
    // Every string is in the image now: what held them before can go (big bundles are big).
    std::u16string().swap(pool_);
    std::vector<UniqueString>().swap(strings_);
    write_16bit_units(0);
    if (units_.size() % 2 != 0) units_ += u'\xaaaa';  // 4-align what follows
    if (units_.size() > kMaxOffset) return too_large(error);

    const uint64_t data_start = keys_top_ + units_.size() * 2;
    uint64_t top = data_start;
    assign_32bit_offsets(0, top);
    if (top / 4 > kMaxOffset) return too_large(error);

    std::string words;
    append_u32(words, nodes_[0].res);
    const uint32_t indexes[kIndexLength] = {
        kIndexLength,
        keys_top_ / 4,
        static_cast<uint32_t>(top / 4),
        static_cast<uint32_t>(top / 4),
        max_table_length_,
        bundle_.no_fallback ? kAttributeNoFallback : 0,
        keys_top_ / 4 + static_cast<uint32_t>(units_.size() / 2),
    };
    for (uint32_t index : indexes) append_u32(words, index);
    write_32bit_tables(0, out);  // (units_.size() counts everything after the 16-bit units)
    out.overwrite(32, words);
    return true;
  }

 private:
  struct Node {
    const ResourceItem* item = nullptr;  // nullptr for the root table
    bool is_table = false;
    uint32_t key = kNone;      // index into keys_
    uint32_t string = kNone;   // index into strings_; kNone for tables and ""
    uint32_t first_child = 0;  // children_[first_child, +child_count): sorted by key
    uint32_t child_count = 0;
    uint32_t table_type = kNone;  // set for tables stored in the 32-bit part
    uint32_t res = kUnset;
  };

  struct Key {
    std::string_view text;
    uint32_t suffix_of = kNone;  // stored inside this key's bytes instead of on its own
    uint32_t suffix_offset = 0;
    uint32_t position = 0;  // byte offset from the root word
  };

  // One distinct string; its UTF-16 is pool_[offset, offset + length).
  struct UniqueString {
    uint32_t offset = 0;
    int32_t length = 0;
    int32_t copies = 1;
    int32_t prefix_units = 0;  // 0..3 units that store the length
    uint32_t suffix_of = kNone;
    int32_t suffix_offset = 0;
    int32_t units_saved = 0;  // genrb's tie-breaker when ordering strings of equal length
    uint32_t res = kUnset;

    int32_t stored_units() const { return prefix_units + length + 1; }
  };

  std::u16string_view view(const UniqueString& string) const {
    return {pool_.data() + string.offset, static_cast<size_t>(string.length)};
  }

  bool too_large(std::string* error) const {
    *error = "bundle '" + bundle_.name +
             "' is too large for an ICU resource bundle (offsets are limited to 28 bits)";
    return false;
  }

  std::string_view key_of(uint32_t node) const { return nodes_[node].item->key; }

  // Items in source order; a table's key comes before its items' keys, as genrb reads them.
  bool add_children(uint32_t table, const std::vector<ResourceItem>& items, std::string* error) {
    std::vector<uint32_t> ids;
    ids.reserve(items.size());
    for (const ResourceItem& item : items) {
      if (item.key.empty() || !std::all_of(item.key.begin(), item.key.end(), [](char c) {
            return is_invariant_key_char(static_cast<unsigned char>(c));
          })) {
        *error = "key '" + std::string(item.key) + "' in bundle '" + bundle_.name +
                 "' cannot be stored: ICU keys use only ICU's invariant characters (ASCII "
                 "letters, digits, space and \"%&'()*+,-./:;<=>?_)";
        return false;
      }
      const auto id = static_cast<uint32_t>(nodes_.size());
      Node node;
      node.item = &item;
      node.is_table = item.is_table;
      node.key = static_cast<uint32_t>(keys_.size());
      nodes_.push_back(node);
      keys_.push_back(Key{item.key});
      ids.push_back(id);
      if (item.is_table && !add_children(id, item.table, error)) return false;
    }
    // Our callers list keys in descending order (for genrb): then reversing sorts them.
    const auto by_key = [&](uint32_t a, uint32_t b) { return key_of(a) < key_of(b); };
    if (std::is_sorted(ids.rbegin(), ids.rend(), by_key)) std::reverse(ids.begin(), ids.end());
    if (!std::is_sorted(ids.begin(), ids.end(), by_key)) std::sort(ids.begin(), ids.end(), by_key);
    const auto duplicate = std::adjacent_find(
        ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) { return key_of(a) == key_of(b); });
    if (duplicate != ids.end()) {
      *error = "duplicate key '" + std::string(key_of(*duplicate)) + "' in " +
               (table == 0 ? "" : "table '" + std::string(key_of(table)) + "' of ") + "bundle '" +
               bundle_.name + "'";
      return false;
    }
    nodes_[table].first_child = static_cast<uint32_t>(children_.size());
    nodes_[table].child_count = static_cast<uint32_t>(ids.size());
    children_.insert(children_.end(), ids.begin(), ids.end());
    return true;
  }

  // A key that ends another key is stored inside it (genrb's SRBRoot::compactKeys): sorted
  // backwards, every key is followed by the keys it ends with.
  void lay_out_keys() {
    std::vector<SortKey> sorted(keys_.size());
    for (uint32_t i = 0; i < keys_.size(); ++i) sorted[i] = SortKey::reversed(keys_[i].text, i);
    sort_reversed<char>(sorted, [&](uint32_t i) { return keys_[i].text; });
    std::vector<uint32_t> order(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) order[i] = sorted[i].index;
    for (size_t i = 0; i < order.size();) {
      const std::string_view head = keys_[order[i]].text;
      size_t j = i + 1;
      for (; j < order.size(); ++j) {
        Key& key = keys_[order[j]];
        if (!head.ends_with(key.text)) break;
        key.suffix_of = order[i];
        key.suffix_offset = static_cast<uint32_t>(head.size() - key.text.size());
      }
      i = j;
    }
    for (Key& key : keys_) {
      if (key.suffix_of != kNone) continue;
      key.position = kKeysBottom + static_cast<uint32_t>(key_bytes_.size());
      key_bytes_ += key.text;
      key_bytes_ += '\0';
    }
    for (Key& key : keys_)
      if (key.suffix_of != kNone) key.position = keys_[key.suffix_of].position + key.suffix_offset;
    while (key_bytes_.size() % 4 != 0) key_bytes_ += '\xaa';
    keys_top_ = kKeysBottom + static_cast<uint32_t>(key_bytes_.size());
    // Tables with 16-bit key offsets reach the first 64 KiB of keys.
    local_key_limit_ = key_bytes_.empty() ? 0 : std::min<uint32_t>(keys_top_, 0x10000);
  }

  // Equal strings are stored once (genrb's preflightStrings). First every string's UTF-16
  // goes into the pool, then the distinct ones are found by views into it.
  void collect_strings() {
    std::vector<uint32_t> string_nodes;
    std::vector<std::pair<uint32_t, int32_t>> spans;  // pool offset and length, per node
    size_t utf8_bytes = 0;                            // at least the UTF-16 units they make
    for (const Node& node : nodes_)
      if (!node.is_table && node.item != nullptr) utf8_bytes += node.item->text.size();
    pool_.reserve(utf8_bytes);
    for (uint32_t id = 1; id < nodes_.size(); ++id) {
      Node& node = nodes_[id];
      if (node.is_table) continue;
      if (node.item->text.empty()) {
        node.res = make_resource(kTypeString, 0);
        continue;
      }
      const auto offset = static_cast<uint32_t>(pool_.size());
      append_utf16(pool_, node.item->text);
      string_nodes.push_back(id);
      spans.emplace_back(offset, static_cast<int32_t>(pool_.size() - offset));
    }
    std::unordered_map<std::u16string_view, uint32_t> index;
    index.reserve(spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
      const std::u16string_view text(pool_.data() + spans[i].first, spans[i].second);
      const auto [found, added] = index.emplace(text, static_cast<uint32_t>(strings_.size()));
      nodes_[string_nodes[i]].string = found->second;
      if (!added) {
        ++strings_[found->second].copies;
        continue;
      }
      UniqueString string;
      string.offset = spans[i].first;
      string.length = spans[i].second;
      if (string.length <= kMaxImplicitStringLength && !U16_IS_TRAIL(text[0]) &&
          text.find(u'\0') == std::u16string_view::npos) {
        string.prefix_units = 0;
      } else if (string.length <= 0x3ee) {
        string.prefix_units = 1;
      } else if (string.length <= 0xfffff) {
        string.prefix_units = 2;
      } else {
        string.prefix_units = 3;
      }
      strings_.push_back(string);
    }
  }

  // genrb's compactStringsV2: a short string that ends a longer one points into it; the
  // others are stored shortest first, so that as many as possible stay within the 16-bit
  // offsets of URES_TABLE16.
  void lay_out_strings() {
    units_ += u'\0';  // offset 0 is the empty 16-bit resource
    std::vector<SortKey> sorted(strings_.size());
    for (uint32_t i = 0; i < strings_.size(); ++i)
      sorted[i] = SortKey::reversed(view(strings_[i]), i);
    sort_reversed<char16_t>(sorted, [&](uint32_t i) { return view(strings_[i]); });
    for (size_t i = 0; i < sorted.size();) {
      UniqueString& head = strings_[sorted[i].index];
      head.units_saved = (head.copies - 1) * head.stored_units();
      size_t j = i + 1;
      for (; j < sorted.size(); ++j) {
        UniqueString& suffix = strings_[sorted[j].index];
        if (!view(head).ends_with(view(suffix))) break;
        if (suffix.prefix_units != 0) continue;  // needs its own length prefix
        suffix.suffix_of = sorted[i].index;
        suffix.suffix_offset = head.length - suffix.length;
        head.units_saved += suffix.copies * suffix.stored_units();
      }
      i = j;
    }

    // The others shortest first, then those saving most, then in code unit order.
    sorted.clear();
    for (uint32_t i = 0; i < strings_.size(); ++i) {
      const UniqueString& string = strings_[i];
      if (string.suffix_of != kNone) continue;
      // The first eight units (equal lengths: the padding never decides), as many messages
      // begin alike ("The client could not...").
      uint64_t first_units = 0;
      uint64_t next_units = 0;
      for (int32_t k = 0; k < 8; ++k) {
        uint64_t& word = k < 4 ? first_units : next_units;
        word = word << 16 | (k < string.length ? pool_[string.offset + k] : 0);
      }
      sorted.push_back({uint64_t{static_cast<uint32_t>(string.length)} << 32 |
                            (0xffffffffu - static_cast<uint32_t>(string.units_saved)),
                        first_units, next_units, i});
    }
    std::sort(sorted.begin(), sorted.end(), [&](const SortKey& a, const SortKey& b) {
      if (!(a == b)) return a < b;
      return view(strings_[a.index]) < view(strings_[b.index]);
    });
    for (const SortKey& key : sorted) {
      UniqueString& string = strings_[key.index];
      string.res = make_resource(kTypeStringV2, static_cast<uint32_t>(units_.size()));
      const auto length = static_cast<uint32_t>(string.length);
      switch (string.prefix_units) {
        case 1:
          units_ += static_cast<char16_t>(0xdc00 + length);
          break;
        case 2:
          units_ += static_cast<char16_t>(0xdfef + (length >> 16));
          units_ += static_cast<char16_t>(length & 0xffff);
          break;
        case 3:
          units_ += u'\xdfff';
          units_ += static_cast<char16_t>(length >> 16);
          units_ += static_cast<char16_t>(length & 0xffff);
          break;
        default:
          break;
      }
      units_ += view(string);
      units_ += u'\0';
    }
    for (UniqueString& string : strings_) {
      if (string.suffix_of == kNone) continue;
      const UniqueString& head = strings_[string.suffix_of];
      string.res = head.res + static_cast<uint32_t>(head.prefix_units + string.suffix_offset);
    }
    for (Node& node : nodes_)
      if (node.string != kNone) node.res = strings_[node.string].res;
  }

  // A resource as a 16-bit value in a URES_TABLE16, or -1.
  static int32_t res16(uint32_t res) {
    if (res == 0) return 0;
    if (res >> 28 == kTypeStringV2 && (res & kMaxOffset) <= 0xffff)
      return static_cast<int32_t>(res & kMaxOffset);
    return -1;
  }

  int32_t key16(uint32_t node) const {
    const uint32_t position = keys_[nodes_[node].key].position;
    return position < local_key_limit_ ? static_cast<int32_t>(position) : -1;
  }

  // Tables, innermost first, get the smallest type that fits: URES_TABLE16 when every key
  // and value fits in 16 bits (written here, into the 16-bit units), else URES_TABLE with
  // 16-bit keys, else URES_TABLE32.
  void write_16bit_units(uint32_t table) {
    const uint32_t count = nodes_[table].child_count;
    if (count == 0) {
      nodes_[table].res = make_resource(kTypeTable, 0);
      return;
    }
    const uint32_t* children = &children_[nodes_[table].first_child];
    bool keys_fit = count <= 0xffff;
    bool values_fit = true;
    for (uint32_t i = 0; i < count; ++i) {
      if (nodes_[children[i]].is_table) write_16bit_units(children[i]);
      keys_fit = keys_fit && key16(children[i]) >= 0;
      values_fit = values_fit && res16(nodes_[children[i]].res) >= 0;
    }
    max_table_length_ = std::max(max_table_length_, count);
    if (!keys_fit) {
      nodes_[table].table_type = kTypeTable32;
    } else if (!values_fit) {
      nodes_[table].table_type = kTypeTable;
    } else {
      nodes_[table].res = make_resource(kTypeTable16, static_cast<uint32_t>(units_.size()));
      units_ += static_cast<char16_t>(count);
      for (uint32_t i = 0; i < count; ++i) units_ += static_cast<char16_t>(key16(children[i]));
      for (uint32_t i = 0; i < count; ++i)
        units_ += static_cast<char16_t>(res16(nodes_[children[i]].res));
    }
  }

  static uint64_t padded4(uint64_t offset) { return (offset + 3) & ~uint64_t{3}; }

  // Offsets of the tables stored as 32-bit words, innermost first (genrb's preWrite).
  void assign_32bit_offsets(uint32_t table, uint64_t& offset) {
    Node& node = nodes_[table];
    if (node.table_type == kNone) return;  // empty, or a URES_TABLE16
    for (uint32_t i = 0; i < node.child_count; ++i) {
      const uint32_t child = children_[node.first_child + i];
      if (nodes_[child].is_table) assign_32bit_offsets(child, offset);
    }
    node.res = make_resource(node.table_type,
                             static_cast<uint32_t>(std::min<uint64_t>(offset / 4, kMaxOffset)));
    offset += node.table_type == kTypeTable ? 2 + uint64_t{node.child_count} * 6
                                            : 4 + uint64_t{node.child_count} * 8;
    offset = padded4(offset);
  }

  void write_32bit_tables(uint32_t table, Image& out) const {
    const Node& node = nodes_[table];
    if (node.table_type == kNone) return;
    const uint32_t* children = &children_[node.first_child];
    for (uint32_t i = 0; i < node.child_count; ++i)
      if (nodes_[children[i]].is_table) write_32bit_tables(children[i], out);
    if (node.table_type == kTypeTable) {
      append_u16(out, static_cast<uint16_t>(node.child_count));
      for (uint32_t i = 0; i < node.child_count; ++i)
        append_u16(out, static_cast<uint16_t>(key16(children[i])));
      if (node.child_count % 2 == 0) append_u16(out, 0xaaaa);  // 4-align the values
    } else {
      append_u32(out, node.child_count);
      for (uint32_t i = 0; i < node.child_count; ++i)
        append_u32(out, keys_[nodes_[children[i]].key].position);
    }
    for (uint32_t i = 0; i < node.child_count; ++i) append_u32(out, nodes_[children[i]].res);
  }

  const ResourceBundle& bundle_;
  std::vector<Node> nodes_;  // [0] is the root table
  std::vector<uint32_t> children_;
  std::vector<Key> keys_;  // in source order
  std::string key_bytes_;  // from kKeysBottom, padded
  uint32_t keys_top_ = kKeysBottom;
  uint32_t local_key_limit_ = 0;
  std::u16string pool_;  // the UTF-16 of every string item
  std::vector<UniqueString> strings_;
  Units units_;
  uint32_t max_table_length_ = 0;
};

}  // namespace

std::optional<std::string> res_binary(const ResourceBundle& bundle, std::string* error) {
  Image image;
  if (!ResWriter(bundle).write(image, error)) return std::nullopt;
  return std::move(image.bytes());
}

bool write_res_binary(const ResourceBundle& bundle, const std::filesystem::path& path,
                      std::string* error) {
  return write_file_with(
      path,
      [&](int fd, std::string* write_error) {
        Image image(fd, path.string());
        return ResWriter(bundle).write(image, write_error) && image.finish(write_error);
      },
      error);
}

}  // namespace l10nc
