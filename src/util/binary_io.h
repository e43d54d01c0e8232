// util/binary_io — a byte buffer written and read back field by field.
//
// What the check cache stores its entries in: fixed-width little-endian
// integers, doubles as their bits, strings with a length before them. The
// reader never reads past the end: a short or damaged buffer makes ok()
// false and every later read return zero or empty, so a truncated cache
// file is a miss, not a crash.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace scip::util {

class BinaryWriter {
 public:
  void u8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) { raw(&v, 4); }
  void i32(int32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f64(double v) { raw(&v, 8); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  void raw_bytes(std::string_view s) { buf_.append(s); }  // no length before them
  const std::string& bytes() const { return buf_; }

 private:
  void raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  std::string buf_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : rest_(bytes) {}
  uint8_t u8() {
    uint8_t v = 0;
    raw(&v, 1);
    return v;
  }
  uint32_t u32() {
    uint32_t v = 0;
    raw(&v, 4);
    return v;
  }
  int32_t i32() {
    int32_t v = 0;
    raw(&v, 4);
    return v;
  }
  uint64_t u64() {
    uint64_t v = 0;
    raw(&v, 8);
    return v;
  }
  double f64() {
    double v = 0;
    raw(&v, 8);
    return v;
  }
  // A count of items that follow, each at least one byte long: a count larger
  // than what is left is damage (0, and ok() false), never a huge allocation.
  uint32_t count() {
    uint32_t n = u32();
    return need(n) ? n : 0;
  }
  // A string, in the bytes being read (valid while they are): what a
  // caller that keeps its own copy, or none, reads without a std::string.
  std::string_view view() {
    uint32_t n = u32();
    if (!need(n)) return {};
    std::string_view s = rest_.substr(0, n);
    rest_.remove_prefix(n);
    return s;
  }
  std::string str() { return std::string(view()); }
  bool ok() const { return ok_; }
  bool at_end() const { return rest_.empty(); }
  // What was read is not what its writer writes: the reader is spent.
  void fail() {
    ok_ = false;
    rest_ = {};
  }

 private:
  // Whether n more bytes are there; if not, the reader is spent.
  bool need(size_t n) {
    if (n <= rest_.size()) return true;
    fail();
    return false;
  }
  void raw(void* p, size_t n) {
    if (!need(n)) return;
    std::memcpy(p, rest_.data(), n);
    rest_.remove_prefix(n);
  }
  std::string_view rest_;
  bool ok_ = true;
};

}  // namespace scip::util
