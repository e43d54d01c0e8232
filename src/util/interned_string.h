// util/interned_string — a string value that many copies share: one pointer.
//
// The same few values fill most of a national corpus's plans: the department
// lists of 140,000 tasks (`lead: [edu, cast]`) and the indicator ids, units
// and operators of 90,000 targets. Each one a std::string is 32 bytes in its
// struct (and a heap block when longer than 15), however often the value
// repeats. An InternedString is one pointer to an entry of a process-wide
// table that holds each distinct value once, with a count of the
// InternedStrings that point to it: the last one to let go removes it, so a
// long run over changing input (a fuzzer, a test binary) does not grow the
// table without end.
//
// It is an immutable value read as a std::string_view, like CompactString:
// built from a string_view (which looks the value up, under the lock of its
// shard of the table), copied by counting one more (an atomic increment),
// replaced whole (what it shares with CompactString is
// util/string_value.h). The empty string is the null pointer and never in the
// table. Two InternedStrings are equal when they point to the same entry, so
// comparing them is a pointer comparison; against other strings it compares
// the text.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "util/string_value.h"

namespace scip::util {

class InternedString : public StringValue<InternedString> {
 public:
  struct Entry;  // the count, the length, the bytes and a NUL (interned_string.cpp)

  InternedString() = default;
  InternedString(std::string_view s) : e_(acquire(s)) {}  // NOLINT: implicit, as std::string from a literal
  InternedString(const char* s) : InternedString(std::string_view(s)) {}
  InternedString(const std::string& s) : InternedString(std::string_view(s)) {}
  InternedString(const InternedString& o) : StringValue(), e_(o.e_) { share(e_); }
  InternedString(InternedString&& o) noexcept : e_(std::exchange(o.e_, nullptr)) {}
  InternedString& operator=(const InternedString& o) {
    InternedString(o).swap(*this);
    return *this;
  }
  InternedString& operator=(InternedString&& o) noexcept {
    InternedString(std::move(o)).swap(*this);
    return *this;
  }
  using StringValue::operator=;  // from text
  ~InternedString() { release(e_); }

  bool empty() const { return e_ == nullptr; }
  std::string_view view() const { return e_ ? text(e_) : std::string_view(""); }
  void swap(InternedString& o) noexcept { std::swap(e_, o.e_); }

  // Distinct values in the table now (for the tests).
  static size_t table_size();

  // One entry per value: the same entry is the same text.
  friend bool operator==(const InternedString& a, const InternedString& b) { return a.e_ == b.e_; }

 private:
  static const Entry* acquire(std::string_view s);
  static void share(const Entry* e);
  static void release(const Entry* e);
  static std::string_view text(const Entry* e);
  const Entry* e_ = nullptr;
};

static_assert(sizeof(InternedString) == sizeof(void*));

}  // namespace scip::util

template <>
struct fmt::formatter<scip::util::InternedString> : scip::util::StringValueFormatter<scip::util::InternedString> {};
