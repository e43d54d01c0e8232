// util/optional_double — a number or none, in the eight bytes of the number.
//
// std::optional<double> takes sixteen bytes: the number and a flag, padded.
// A progress row holds eight of them and a national table ninety thousand
// rows, so the table's peak carried six megabytes of flags and padding. Here
// "none" is one bit pattern of the double that no arithmetic and no parser
// makes (a signalling NaN with a payload), told apart by its bits, never by
// comparing numbers. Every double given to it is kept as a value, NaN and the
// infinities included; the one pattern that means none, if ever given, is
// kept as an ordinary NaN: a value, never turned into none in silence.
//
// It reads like std::optional<double> (bool, *, value(), value_or, reset,
// ==) and converts to and from it, so the code that reads rows is unchanged.
#pragma once

#include <bit>
#include <cstdint>
#include <optional>

namespace scip::util {

class OptionalDouble {
 public:
  constexpr OptionalDouble() = default;
  constexpr OptionalDouble(std::nullopt_t) {}
  constexpr OptionalDouble(double v) : bits_(std::bit_cast<uint64_t>(v)) {
    if (bits_ == kNone) bits_ = kQuietNaN;
  }
  constexpr OptionalDouble(const std::optional<double>& v) : OptionalDouble(v ? OptionalDouble(*v) : OptionalDouble()) {}

  constexpr bool has_value() const { return bits_ != kNone; }
  constexpr explicit operator bool() const { return has_value(); }
  constexpr double operator*() const { return std::bit_cast<double>(bits_); }  // a value: has_value() first
  double value() const {
    if (!has_value()) throw std::bad_optional_access();
    return **this;
  }
  constexpr double value_or(double otherwise) const { return has_value() ? **this : otherwise; }
  constexpr void reset() { bits_ = kNone; }
  constexpr operator std::optional<double>() const { return has_value() ? std::optional<double>(**this) : std::nullopt; }

  // As std::optional: none equals none; a value equals an equal value.
  friend constexpr bool operator==(const OptionalDouble& a, const OptionalDouble& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  friend constexpr bool operator==(const OptionalDouble& a, double b) { return a.has_value() && *a == b; }

 private:
  static constexpr uint64_t kNone = 0x7FF4'5C19'0000'0000ull;      // exponent all ones, quiet bit clear: signalling
  static constexpr uint64_t kQuietNaN = 0x7FF8'0000'0000'0000ull;  // a quiet NaN
  uint64_t bits_ = kNone;
};
static_assert(sizeof(OptionalDouble) == sizeof(double));

}  // namespace scip::util
