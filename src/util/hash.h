// util/hash — a fast 128-bit hash of bytes, for content-addressed caches;
// and two ways of spreading a 64-bit key, for tables and for splitting keys.
//
// Not cryptographic: it tells files apart, it does not resist an attacker
// who writes files to collide (the check cache keys on it; someone who can
// write the plans can change the results anyway). Two 64-bit lanes, each
// fed 8 bytes at a time through a 64×64→128 multiply, run near memory speed,
// so hashing a national corpus (100 MB) costs a few tens of milliseconds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace scip::util {

struct Hash128 {
  uint64_t lo = 0, hi = 0;
  bool operator==(const Hash128&) const = default;
  std::string hex() const;  // 32 lowercase hex digits
};

Hash128 hash128(std::string_view bytes, uint64_t seed = 0);

// For unordered containers keyed by a hash: its low lane is already well mixed.
struct Hash128Hasher {
  size_t operator()(const Hash128& h) const { return static_cast<size_t>(h.lo); }
};

// Fibonacci hashing: the top `bits` (1..63) of key × 2^64/φ, so every bit of
// a packed key moves the result. util::KeyIndex homes its keys by these bits.
// So never split keys by fibonacci_bits into groups that each fill one such
// table: a group's keys then share their top bits, all home in one stretch
// of the table and linear probing runs the length of it. Split by mix64.
inline uint64_t fibonacci_bits(uint64_t key, int bits) { return (key * 0x9E3779B97F4A7C15ull) >> (64 - bits); }

// A 64-bit mix independent of fibonacci_bits (splitmix64's finalizer): every
// bit of the result depends on every bit of the key, so any of its bits can
// pick a group of keys that then go into a table homed by fibonacci_bits.
inline uint64_t mix64(uint64_t key) {
  key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ull;
  key = (key ^ (key >> 27)) * 0x94D049BB133111EBull;
  return key ^ (key >> 31);
}

}  // namespace scip::util
