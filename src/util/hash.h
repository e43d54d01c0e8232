// util/hash — a fast 128-bit hash of bytes, for content-addressed caches.
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

}  // namespace scip::util
