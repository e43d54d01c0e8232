// util/word_tokens — see word_tokens.h.
#include "util/word_tokens.h"

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include <memory>

#include "util/text.h"

namespace scip::util {

namespace {

bool is_digit_token(std::string_view t) {
  if (t.empty()) return false;
  bool digit = false;
  for (char c : t) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',') return false;
  }
  return digit;
}

// One break iterator per thread: opening one loads ICU's dictionaries.
struct Breaker {
  UBreakIterator* it = nullptr;
  Breaker() {
    UErrorCode err = U_ZERO_ERROR;
    it = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &err);
    if (U_FAILURE(err)) it = nullptr;
  }
  ~Breaker() {
    if (it) ubrk_close(it);
  }
};

std::vector<std::string> by_characters(std::string_view s) {
  std::vector<std::string> out;
  for (char32_t cp : decode_utf8(s)) {
    std::string c;
    append_utf8(c, cp);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<std::string> valid_word_tokens(std::string_view s) {
  std::vector<std::string> raw;
  if (s.empty()) return raw;
  thread_local Breaker breaker;
  std::u32string cps = decode_utf8(s);
  std::u16string u16;
  std::vector<size_t> cp_at;  // UTF-16 index -> code point index
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c >= 0x10000) {
      u16.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      cp_at.push_back(i);
      u16.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      u16.push_back(static_cast<char16_t>(c));
    }
    cp_at.push_back(i);
  }
  cp_at.push_back(cps.size());
  UErrorCode err = U_ZERO_ERROR;
  if (breaker.it) ubrk_setText(breaker.it, reinterpret_cast<const UChar*>(u16.data()), static_cast<int32_t>(u16.size()), &err);
  if (!breaker.it || U_FAILURE(err)) return by_characters(s);
  int32_t start = ubrk_first(breaker.it);
  for (int32_t end = ubrk_next(breaker.it); end != UBRK_DONE; start = end, end = ubrk_next(breaker.it))
    raw.push_back(encode_utf8(std::u32string_view(cps).substr(cp_at[start], cp_at[end] - cp_at[start])));

  // A number keeps its percent sign (ASCII or full-width): 90%.
  std::vector<std::string> out;
  for (auto& t : raw) {
    if ((t == "%" || t == "％") && !out.empty() && is_digit_token(out.back())) out.back() += t;
    else out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<std::string> word_tokens(std::string_view s) {
  // Bytes that are not UTF-8 (never in a checked plan, but the function
  // takes any string) are tokens of their own, so the tokens always join
  // back into exactly `s`.
  std::vector<std::string> out;
  while (auto bad = find_invalid_utf8(s)) {
    for (auto& t : valid_word_tokens(s.substr(0, *bad))) out.push_back(std::move(t));
    out.emplace_back(s.substr(*bad, 1));
    s.remove_prefix(*bad + 1);
  }
  for (auto& t : valid_word_tokens(s)) out.push_back(std::move(t));
  return out;
}

}  // namespace scip::util
