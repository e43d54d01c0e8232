// util/packed_strings — a short list of short strings kept in one std::string.
//
// A plan's actions and tasks each name their lead and supporting departments,
// the tasks they continue and those they implement: four lists of two or three
// ids of a few letters. As std::vector<std::string> each list that is not
// empty is a heap block of 32 bytes per id (and the allocator's header).
// Here the items are written one after another into one string, each after
// its length (a varint, so any byte may be in an item): `lead: [edu, cast]` is
// 9 bytes and stays inside the string's own 32, with no heap block at all. At
// national scale (122,000 tasks, 30,000 actions) that is about 10 MB less.
//
// The list is read forward, item by item, as std::string_view. size() and
// operator[] walk it: these lists are short, and the code that reads them goes
// through them in order. It is a value type: copied, compared, and stored by
// the check cache as its bytes (`bytes()`, `from_bytes`).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

namespace scip::util {

class PackedStrings {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    iterator() = default;
    std::string_view operator*() const { return {at_ + head_, size_}; }
    iterator& operator++();
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    friend class PackedStrings;
    iterator(const char* at, const char* end);
    void decode();
    const char* at_ = nullptr;   // the item's length
    const char* end_ = nullptr;  // the list's end
    size_t head_ = 0;            // bytes of the length
    size_t size_ = 0;            // bytes of the item
  };

  PackedStrings() = default;
  PackedStrings(std::initializer_list<std::string_view> items);

  void push_back(std::string_view item);
  void clear() { bytes_.clear(); }

  bool empty() const { return bytes_.empty(); }
  size_t size() const;
  iterator begin() const { return {bytes_.data(), bytes_.data() + bytes_.size()}; }
  iterator end() const { return {bytes_.data() + bytes_.size(), bytes_.data() + bytes_.size()}; }
  std::string_view front() const { return *begin(); }
  std::string_view operator[](size_t i) const;  // i < size()
  bool contains(std::string_view item) const;

  // The encoded form, for storing; from_bytes returns false (and leaves the
  // list empty) when `bytes` is not a whole encoding.
  const std::string& bytes() const { return bytes_; }
  bool from_bytes(std::string bytes);

  bool operator==(const PackedStrings&) const = default;

 private:
  std::string bytes_;
};

}  // namespace scip::util
