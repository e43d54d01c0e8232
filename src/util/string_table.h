// util/string_table — strings to small values, filled by inserting and then
// looked up: the keys one after another in one string, the values in one
// array, and a util::ProbeTable of (hash, index) that finds them.
//
// A YAML document keeps the position of each of its values and keys by JSON
// Pointer ("/actions/3/tasks/1/targets/0/value"): about 1,500 of them in a
// plan of 30 KB, all made while the document is built, most never asked
// for. As a std::unordered_map<std::string, Pos> each was a node and, past
// fifteen characters, a heap block for its key: two tables of them (values
// and keys), made and freed for every file of a national corpus. Here a
// table is four heap blocks however many keys it holds.
//
// Keys are never removed; a key inserted again keeps its first value.
// util::release gives the memory back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/probe_table.h"

namespace scip::util {

template <class V>
class StringTable {
 public:
  // The value of `k`, after inserting `v` under it unless k is there already:
  // (the value, whether it was inserted now). Valid until the next insertion.
  std::pair<V*, bool> try_emplace(std::string_view k, V v) {
    size_t h = hash_of(k);
    auto [slot, fresh] = slots_.find_or_insert(
        h, [&](const Slot& s) { return s.hash == h && key(s.index) == k; },
        [&] { return Slot{h, append(k, std::move(v))}; });
    return {&values_[slot->index], fresh};
  }

  // The value of `k`, or null.
  const V* find(std::string_view k) const {
    size_t h = hash_of(k);
    const Slot* slot = slots_.find(h, [&](const Slot& s) { return s.hash == h && key(s.index) == k; });
    return slot ? &values_[slot->index] : nullptr;
  }

  size_t size() const { return values_.size(); }

  void swap(StringTable& o) noexcept {
    keys_.swap(o.keys_);
    ends_.swap(o.ends_);
    values_.swap(o.values_);
    std::swap(slots_, o.slots_);
  }

 private:
  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  struct Slot {
    size_t hash = 0;
    uint32_t index = kNone;
  };
  struct Probe {
    using Slot = StringTable::Slot;
    using Hash = size_t;
    static bool taken(const Slot& s) { return s.index != kNone; }
    static size_t hash(const Slot& s) { return s.hash; }
    static size_t home(size_t h, int bits) { return h & ((size_t{1} << bits) - 1); }
    static constexpr size_t kFullNum = 1;
    static constexpr size_t kFullDen = 2;
  };

  static size_t hash_of(std::string_view k) { return std::hash<std::string_view>{}(k); }

  std::string_view key(uint32_t i) const {
    size_t from = i ? ends_[i - 1] : 0;
    return std::string_view(keys_).substr(from, ends_[i] - from);
  }

  uint32_t append(std::string_view k, V v) {
    if (keys_.size() + k.size() > kNone || values_.size() >= kNone) throw std::length_error("StringTable: over 4 GiB");
    keys_ += k;
    ends_.push_back(static_cast<uint32_t>(keys_.size()));
    values_.push_back(std::move(v));
    return static_cast<uint32_t>(values_.size() - 1);
  }

  std::string keys_;            // every key, in the order inserted
  std::vector<uint32_t> ends_;  // where each key ends in keys_
  std::vector<V> values_;
  ProbeTable<Probe> slots_;
};

}  // namespace scip::util
