// util/string_value — what an immutable one-pointer string is read and
// replaced with, written once for CompactString and InternedString.
//
// Both are a pointer to bytes kept elsewhere, read as a std::string_view and
// replaced whole. They differ only in where the bytes live (a block of
// their own, a shared table entry) and so in how they are made, copied and
// compared with each other. The rest — reading (size, data, c_str, []),
// the std::string and string_view views, assigning from text, comparing
// with other text, concatenating into a std::string — is this base, which
// asks the string D for `view()` (the bytes, NUL-terminated) and for a
// constructor from std::string_view and `swap` (CRTP).
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace scip::util {

template <class D>
class StringValue {
 public:
  size_t size() const { return self().view().size(); }
  const char* data() const { return self().view().data(); }
  const char* c_str() const { return data(); }
  char operator[](size_t i) const { return data()[i]; }
  operator std::string_view() const { return self().view(); }  // NOLINT: read as a string_view
  std::string str() const { return std::string(self().view()); }
  void clear() { D().swap(self()); }

  D& operator=(std::string_view s) {
    D(s).swap(self());
    return self();
  }
  D& operator=(const std::string& s) { return *this = std::string_view(s); }
  D& operator=(const char* s) { return *this = std::string_view(s); }

  friend bool operator==(const D& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const D& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const D& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const D& a, const D& b) { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const D& a, std::string_view b) { return a.view() <=> b; }
  friend std::strong_ordering operator<=>(const D& a, const std::string& b) {
    return a.view() <=> std::string_view(b);
  }

  // Concatenation builds one std::string: the left operand copied, the
  // right appended (no temporary copy of either).
  friend std::string operator+(std::string_view a, const D& b) {
    std::string r(a);
    r.append(b.view());
    return r;
  }
  friend std::string operator+(const D& a, std::string_view b) {
    std::string r(a.view());
    r.append(b);
    return r;
  }
  friend std::string operator+(const std::string& a, const D& b) { return std::string_view(a) + b; }
  friend std::string operator+(const D& a, const std::string& b) { return a + std::string_view(b); }
  friend std::string operator+(const char* a, const D& b) { return std::string_view(a) + b; }
  friend std::string operator+(const D& a, const char* b) { return a + std::string_view(b); }

 protected:
  StringValue() = default;

 private:
  D& self() { return static_cast<D&>(*this); }
  const D& self() const { return static_cast<const D&>(*this); }
};

// What fmt::formatter<D> is for a StringValue D: the string_view formatter
// (width, fill, precision) applied to its text. Each type names it in one
// line; a partial specialization for every StringValue would compete with
// fmt's own for types convertible to std::string_view.
template <class D>
struct StringValueFormatter : fmt::formatter<std::string_view> {
  auto format(const D& s, fmt::format_context& ctx) const { return fmt::formatter<std::string_view>::format(s.view(), ctx); }
};

}  // namespace scip::util
