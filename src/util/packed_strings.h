// util/packed_strings — a short list of short strings kept in one string.
//
// A plan's actions and tasks each name their lead and supporting departments,
// the tasks they continue and those they implement: four lists of two or three
// ids of a few letters. As std::vector<std::string> each list that is not
// empty is a heap block of 32 bytes per id (and the allocator's header).
// Here the items are written one after another into one string, each after
// its length (a varint, so any byte may be in an item): `lead: [edu, cast]` is
// 9 bytes. That string is an InternedString (util/interned_string.h): the
// same list on many tasks is kept once, and each list is one pointer (null
// when empty). At national scale (140,000 tasks, 30,000 actions, four lists
// each) that is about 15 MB less than one std::string per list.
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

#include "util/interned_string.h"

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
  // Appends `item`, encoded, to `bytes`: how a reader that has a whole list
  // builds it, and then interns it once (from_bytes) rather than once per
  // item as push_back does.
  static void append_item(std::string& bytes, std::string_view item);
  void clear() { bytes_.clear(); }

  bool empty() const { return bytes_.empty(); }
  size_t size() const;
  iterator begin() const {
    std::string_view b = bytes_;
    return {b.data(), b.data() + b.size()};
  }
  iterator end() const {
    std::string_view b = bytes_;
    return {b.data() + b.size(), b.data() + b.size()};
  }
  std::string_view front() const { return *begin(); }
  std::string_view operator[](size_t i) const;  // i < size()
  bool contains(std::string_view item) const;

  // The encoded form, for storing; from_bytes returns false (and leaves the
  // list empty) when `bytes` is not a whole encoding.
  std::string_view bytes() const { return bytes_; }
  bool from_bytes(std::string_view bytes);
  bool from_interned(const InternedString& bytes);  // the same, already interned: shared, not looked up again

  bool operator==(const PackedStrings&) const = default;

 private:
  InternedString bytes_;
};

}  // namespace scip::util
