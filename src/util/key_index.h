// util/key_index — 64-bit keys to 32-bit numbers, in one flat table.
//
// Reading a submission file asks, for every row, whether its figure (region,
// indicator, period, packed in 64 bits) was seen before in the file; the
// parts rule sums a million (parent region, indicator, period) groups. A
// std::unordered_map allocates a node per key: three million allocations in
// a national run, and the faults of their pages. Here keys and their
// numbers sit side by side in one array (util::BigVector), probed linearly
// (util::ProbeTable) from the key's Fibonacci hash and kept at most half
// full: one allocation per doubling, and a lookup is usually one cache line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "util/big_array.h"
#include "util/hash.h"
#include "util/probe_table.h"

namespace scip::util {

class KeyIndex {
 public:
  // The number stored for `key`, or `number` stored for it now: (a pointer
  // to the stored number, whether it was stored now). The pointer is valid
  // until the next insertion.
  std::pair<uint32_t*, bool> try_emplace(uint64_t key, uint32_t number);
  const uint32_t* find(uint64_t key) const;  // null: not stored
  size_t size() const { return table_.size(); }
  // Empties the index. Its slots are kept for the next use (a thread reads
  // file after file) unless there are more than kKeptSlots of them.
  void clear() { table_.clear(kKeptSlots); }
  static constexpr size_t kKeptSlots = size_t{1} << 20;

 private:
  struct Pair {
    uint64_t key = 0;
    uint32_t number = 0;
    bool used = false;
  };
  struct Probe {
    using Slot = Pair;
    using Hash = uint64_t;
    static bool taken(const Pair& p) { return p.used; }
    static uint64_t hash(const Pair& p) { return p.key; }
    // (util::fibonacci_bits: keys split into groups that each fill a
    // KeyIndex are split by util::mix64, never by these bits.)
    static size_t home(uint64_t key, int bits) { return static_cast<size_t>(fibonacci_bits(key, bits)); }
    static constexpr size_t kFullNum = 1;
    static constexpr size_t kFullDen = 2;
  };
  ProbeTable<Probe, BigVector<Pair>> table_;
};

}  // namespace scip::util
