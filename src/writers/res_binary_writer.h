#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "writers/resource_tree.h"

namespace l10nc {

// The binary .res image of a bundle, laid out as ICU 72's genrb writes it (formatVersion 2,
// see ICU's uresdata.h): the same bytes genrb makes from our genrb source of the bundle, in
// one pass and in O(n log n) whatever the order of the keys. Returns nullopt with *error set
// for a key ICU cannot store (not invariant ASCII, empty, duplicated in its table) or a
// bundle beyond the format's 28-bit offsets.
std::optional<std::string> res_binary(const ResourceBundle& bundle, std::string* error);
// The same image written to `path` as it is made, a block at a time: a large bundle's image
// (its strings in UTF-16) is never held whole, which lowers the peak of a compile writing
// several at once. False with *error set as above, or when the file cannot be written (then it
// may hold part of the image).
bool write_res_binary(const ResourceBundle& bundle, const std::filesystem::path& path,
                      std::string* error);

}  // namespace l10nc
