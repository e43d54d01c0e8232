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
// std::string). Code that needs a std::string asks for one with str(). What
// it shares with InternedString is util/string_value.h.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "util/string_value.h"

namespace scip::util {

class CompactString : public StringValue<CompactString> {
 public:
  CompactString() = default;
  CompactString(std::string_view s) : p_(make(s)) {}  // NOLINT: implicit, as std::string from a literal
  CompactString(const char* s) : CompactString(std::string_view(s)) {}
  CompactString(const std::string& s) : CompactString(std::string_view(s)) {}
  CompactString(const CompactString& o) : StringValue(), p_(make(o.view())) {}
  CompactString(CompactString&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  CompactString& operator=(const CompactString& o) {
    if (this != &o) CompactString(o).swap(*this);
    return *this;
  }
  CompactString& operator=(CompactString&& o) noexcept {
    CompactString(std::move(o)).swap(*this);
    return *this;
  }
  using StringValue::operator=;  // from text
  ~CompactString() { delete[] p_; }

  bool empty() const { return p_ == nullptr; }
  std::string_view view() const {
    if (!p_) return "";
    uint32_t n;
    std::memcpy(&n, p_, sizeof n);
    return {p_ + sizeof n, n};
  }
  void swap(CompactString& o) noexcept { std::swap(p_, o.p_); }

  friend bool operator==(const CompactString& a, const CompactString& b) { return a.view() == b.view(); }

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

}  // namespace scip::util

template <>
struct fmt::formatter<scip::util::CompactString> : scip::util::StringValueFormatter<scip::util::CompactString> {};
