// util/compact_string — a string that costs one pointer, and nothing when empty.
//
// A plan's targets, tasks and actions carry prose (text, title, source) and
// members most of them leave out (per, accumulate, a baseline's pointer).
// As std::string each is 32 bytes inside the struct whether it is set or
// not, and after the check lets the prose go (plan::release_prose) those
// bytes are all that is left of it: at national scale (92,000 targets,
// 122,000 tasks) that is most of the structs' size. A CompactString is one
// pointer: null when empty, else a heap block holding the length, the bytes
// and a terminating NUL (a string longer than 4 GiB is refused, never cut).
// A set value therefore costs about what a long std::string costs, and an
// empty one 8 bytes instead of 32.
//
// It is an immutable value: built from a string_view, replaced whole, read
// as a std::string_view (it converts to one implicitly, so comparing,
// formatting and passing it to a string_view parameter read as with a
// std::string). Code that needs a std::string asks for one with str().
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace scip::util {

class CompactString {
 public:
  CompactString() = default;
  CompactString(std::string_view s) : p_(make(s)) {}  // NOLINT: implicit, as std::string from a literal
  CompactString(const char* s) : CompactString(std::string_view(s)) {}
  CompactString(const std::string& s) : CompactString(std::string_view(s)) {}
  CompactString(const CompactString& o) : p_(make(o.view())) {}
  CompactString(CompactString&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  CompactString& operator=(const CompactString& o) {
    if (this != &o) CompactString(o).swap(*this);
    return *this;
  }
  CompactString& operator=(CompactString&& o) noexcept {
    CompactString(std::move(o)).swap(*this);
    return *this;
  }
  CompactString& operator=(std::string_view s) {
    CompactString(s).swap(*this);
    return *this;
  }
  CompactString& operator=(const std::string& s) { return *this = std::string_view(s); }
  CompactString& operator=(const char* s) { return *this = std::string_view(s); }
  ~CompactString() { delete[] p_; }

  size_t size() const {
    if (!p_) return 0;
    uint32_t n;
    std::memcpy(&n, p_, sizeof n);
    return n;
  }
  bool empty() const { return p_ == nullptr; }
  const char* data() const { return p_ ? p_ + sizeof(uint32_t) : ""; }
  const char* c_str() const { return data(); }
  char operator[](size_t i) const { return data()[i]; }
  std::string_view view() const { return {data(), size()}; }
  operator std::string_view() const { return view(); }  // NOLINT: read as a string_view
  std::string str() const { return std::string(view()); }
  void clear() { CompactString().swap(*this); }
  void swap(CompactString& o) noexcept { std::swap(p_, o.p_); }

  friend bool operator==(const CompactString& a, const CompactString& b) { return a.view() == b.view(); }
  friend bool operator==(const CompactString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const CompactString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const CompactString& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const CompactString& a, const CompactString& b) {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const CompactString& a, std::string_view b) { return a.view() <=> b; }
  friend std::strong_ordering operator<=>(const CompactString& a, const std::string& b) {
    return a.view() <=> std::string_view(b);
  }

 private:
  // A block of the length (4 bytes, unaligned), the bytes and a NUL; null
  // for the empty string. Lengths past 4 GiB are not plan prose.
  static char* make(std::string_view s) {
    if (s.empty()) return nullptr;
    if (s.size() > UINT32_MAX) throw std::length_error("CompactString: longer than 4 GiB");
    auto n = static_cast<uint32_t>(s.size());
    char* p = new char[sizeof n + s.size() + 1];
    std::memcpy(p, &n, sizeof n);
    std::memcpy(p + sizeof n, s.data(), s.size());
    p[sizeof n + s.size()] = '\0';
    return p;
  }
  char* p_ = nullptr;
};

static_assert(sizeof(CompactString) == sizeof(char*));

// Concatenation builds one std::string: the left operand copied, the right
// appended (no temporary copy of either).
inline std::string operator+(std::string_view a, const CompactString& b) {
  std::string r(a);
  r.append(b.view());
  return r;
}
inline std::string operator+(const CompactString& a, std::string_view b) {
  std::string r(a.view());
  r.append(b);
  return r;
}
inline std::string operator+(const std::string& a, const CompactString& b) { return std::string_view(a) + b; }
inline std::string operator+(const CompactString& a, const std::string& b) { return a + std::string_view(b); }
inline std::string operator+(const char* a, const CompactString& b) { return std::string_view(a) + b; }
inline std::string operator+(const CompactString& a, const char* b) { return a + std::string_view(b); }

}  // namespace scip::util

template <>
struct fmt::formatter<scip::util::CompactString> : fmt::formatter<std::string_view> {
  auto format(const scip::util::CompactString& s, format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(s.view(), ctx);
  }
};
