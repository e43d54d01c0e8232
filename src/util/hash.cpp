// util/hash — see hash.h.
#include "util/hash.h"

#include <cstring>

namespace scip::util {

namespace {

__extension__ typedef unsigned __int128 u128;

uint64_t mix(uint64_t a, uint64_t b) {
  u128 r = static_cast<u128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

uint64_t load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

constexpr uint64_t kP0 = 0xa0761d6478bd642fULL, kP1 = 0xe7037ed1a0b428dbULL, kP2 = 0x8ebc6af09c88c6e3ULL,
                   kP3 = 0x589965cc75374cc3ULL;

}  // namespace

std::string Hash128::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s(32, '0');
  for (int i = 0; i < 16; ++i) {
    uint64_t v = i < 8 ? hi : lo;
    auto byte = static_cast<unsigned>((v >> (8 * (7 - i % 8))) & 0xff);
    s[2 * i] = kDigits[byte >> 4];
    s[2 * i + 1] = kDigits[byte & 15];
  }
  return s;
}

Hash128 hash128(std::string_view bytes, uint64_t seed) {
  const char* p = bytes.data();
  size_t n = bytes.size();
  uint64_t a = seed ^ kP0, b = seed ^ kP1;
  for (; n >= 16; p += 16, n -= 16) {
    uint64_t w0 = load8(p), w1 = load8(p + 8);
    a = mix(a ^ w0, kP2 ^ w1);
    b = mix(b ^ w1, kP3 ^ w0) + a;
  }
  char tail[16] = {};
  std::memcpy(tail, p, n);
  a = mix(a ^ load8(tail), kP2 ^ bytes.size());
  b = mix(b ^ load8(tail + 8), kP3 ^ n) + a;
  return {mix(a ^ kP1, b ^ kP0), mix(b ^ kP2, a ^ kP3)};
}

}  // namespace scip::util
