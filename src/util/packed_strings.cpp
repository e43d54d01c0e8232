// util/packed_strings — see packed_strings.h.
#include "util/packed_strings.h"

#include <algorithm>
#include <stdexcept>

namespace scip::util {

namespace {

// The length of the item at `p` (a varint: seven bits a byte, low first) and
// the bytes it takes. Returns false when the bytes before `end` are not a
// whole length followed by that many bytes.
bool read_length(const char* p, const char* end, size_t& head, size_t& size) {
  size = 0;
  head = 0;
  for (int shift = 0; p + head < end && shift < 63; shift += 7) {
    auto byte = static_cast<unsigned char>(p[head++]);
    size |= static_cast<size_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return size <= static_cast<size_t>(end - p) - head;
  }
  return false;
}

// Whether `bytes` is a whole encoding: items, each after its length.
bool whole_encoding(std::string_view bytes) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  size_t head = 0, size = 0;
  for (; p < end; p += head + size)
    if (!read_length(p, end, head, size)) return false;
  return true;
}

// `to` takes `bytes` (text, or an interned value shared as it is) when they
// are a whole encoding; otherwise it is left empty.
template <class Bytes>
bool assign_whole(InternedString& to, const Bytes& bytes) {
  if (!whole_encoding(bytes)) {
    to.clear();
    return false;
  }
  to = bytes;
  return true;
}

}  // namespace

PackedStrings::iterator::iterator(const char* at, const char* end) : at_(at), end_(end) { decode(); }

void PackedStrings::iterator::decode() {
  if (at_ == end_) return;
  // A PackedStrings only ever holds whole encodings (push_back, from_bytes).
  if (!read_length(at_, end_, head_, size_)) throw std::logic_error("PackedStrings: a damaged encoding");
}

PackedStrings::iterator& PackedStrings::iterator::operator++() {
  at_ += head_ + size_;
  decode();
  return *this;
}

PackedStrings::PackedStrings(std::initializer_list<std::string_view> items) {
  std::string bytes;
  for (auto item : items) append_item(bytes, item);
  bytes_ = bytes;
}

void PackedStrings::append_item(std::string& bytes, std::string_view item) {
  size_t n = item.size();
  do {
    auto byte = static_cast<unsigned char>(n & 0x7f);
    n >>= 7;
    bytes.push_back(static_cast<char>(n ? byte | 0x80 : byte));
  } while (n);
  bytes.append(item);
}

void PackedStrings::push_back(std::string_view item) {
  std::string bytes(bytes_.view());
  append_item(bytes, item);
  bytes_ = bytes;
}

size_t PackedStrings::size() const { return static_cast<size_t>(std::distance(begin(), end())); }

std::string_view PackedStrings::operator[](size_t i) const { return *std::next(begin(), static_cast<std::ptrdiff_t>(i)); }

bool PackedStrings::contains(std::string_view item) const { return std::find(begin(), end(), item) != end(); }

bool PackedStrings::from_bytes(std::string_view bytes) { return assign_whole(bytes_, bytes); }
bool PackedStrings::from_interned(const InternedString& bytes) { return assign_whole(bytes_, bytes); }

}  // namespace scip::util
