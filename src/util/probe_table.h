// util/probe_table — the open addressing util's flat tables share.
//
// Two tables of util hold millions of look-ups in a national run:
// `KeyIndex` (a figure's 64-bit key to its place, per submission row) and
// the shards of `InternedString`'s table (a text to its one entry, per value
// of a decoded model). A node-based map allocates per key; both are instead a
// power-of-two array of slots, probed linearly from a home slot that the
// key's hash picks, grown by doubling, kept under a bound on how full they
// get. This template is that once: probing, placing, growing, and removing
// without tombstones (the entries after a removed one that may move back
// over its slot do so). Each table says, in a traits type, what a slot is,
// whether it is taken, which hash it was placed by, and where that hash's
// home is among 2^bits slots, and how full the array may get:
//
//   struct Traits {
//     using Slot = ...;                        // default-constructed: empty
//     using Hash = ...;                        // an unsigned integer
//     static bool taken(const Slot&);
//     static Hash hash(const Slot&);           // what it was placed by
//     static size_t home(Hash, int bits);      // in [0, 2^bits)
//     static constexpr size_t kFullNum, kFullDen;  // at most num/den of the slots taken
//   };
//
// The array type is a parameter: KeyIndex's can reach millions of slots and
// is a util::BigVector.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "util/release.h"

namespace scip::util {

template <class Traits, class Array = std::vector<typename Traits::Slot>>
class ProbeTable {
 public:
  using Slot = typename Traits::Slot;
  using Hash = typename Traits::Hash;

  // The taken slot, probed from h's home, that `match` accepts, or null.
  template <class Match>
  Slot* find(Hash h, Match match) {
    if (slots_.empty()) return nullptr;
    for (size_t i = Traits::home(h, bits_); Traits::taken(slots_[i]); i = next(i))
      if (match(slots_[i])) return &slots_[i];
    return nullptr;
  }
  template <class Match>
  const Slot* find(Hash h, Match match) const {
    return const_cast<ProbeTable*>(this)->find(h, match);
  }

  // The slot that `match` accepts, or a slot filled now with make() (which
  // must hold h): (the slot, whether it was filled now). The table grows
  // first when one more would make it too full, so if make() throws,
  // nothing is taken. The pointer is valid until the next insertion or
  // removal.
  template <class Match, class Make>
  std::pair<Slot*, bool> find_or_insert(Hash h, Match match, Make make) {
    if ((taken_ + 1) * Traits::kFullDen > slots_.size() * Traits::kFullNum) grow();
    for (size_t i = Traits::home(h, bits_);; i = next(i)) {
      Slot& s = slots_[i];
      if (!Traits::taken(s)) {
        s = make();
        ++taken_;
        return {&s, true};
      }
      if (match(s)) return {&s, false};
    }
  }

  // Empties a taken slot of this table: each later slot of the run that
  // may not sit before its home (its home is not in (hole, it]) moves back
  // into the hole, and its old slot becomes the hole.
  void erase(Slot* slot) {
    size_t hole = static_cast<size_t>(slot - slots_.data());
    for (size_t j = next(hole); Traits::taken(slots_[j]); j = next(j)) {
      size_t home = Traits::home(Traits::hash(slots_[j]), bits_);
      bool stays = hole < j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (stays) continue;
      slots_[hole] = std::move(slots_[j]);
      hole = j;
    }
    slots_[hole] = Slot{};
    --taken_;
  }

  size_t size() const { return taken_; }

  // Empties the table; its slots are kept for the next use unless there
  // are more than `kept_slots` of them.
  void clear(size_t kept_slots) {
    taken_ = 0;
    if (slots_.size() > kept_slots) {
      release(slots_);
      bits_ = 0;
    } else {
      std::fill(slots_.begin(), slots_.end(), Slot{});
    }
  }

 private:
  size_t next(size_t i) const { return (i + 1) & (slots_.size() - 1); }

  // Twice the slots (16 at first), each taken one placed again by its hash.
  void grow() {
    Array old(slots_.empty() ? 16 : slots_.size() * 2);
    old.swap(slots_);
    bits_ = 0;
    while (size_t{1} << bits_ < slots_.size()) ++bits_;
    for (Slot& s : old) {
      if (!Traits::taken(s)) continue;
      size_t i = Traits::home(Traits::hash(s), bits_);
      while (Traits::taken(slots_[i])) i = next(i);
      slots_[i] = std::move(s);
    }
  }

  Array slots_;
  size_t taken_ = 0;
  int bits_ = 0;  // log2 of the slots, once there are slots
};

}  // namespace scip::util
