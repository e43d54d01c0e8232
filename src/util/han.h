// util/han — Chinese characters, punctuation and numerals in UTF-32 text.
//
// What a reader of Chinese prose needs below the level of words: whether a
// code point is a Han character or CJK punctuation (to tell a space a PDF put
// between two characters from a space between two English words), the value
// of a number written in Chinese numerals (十四 = 14, 两 = 2, 一百二十 = 120),
// and the closing bracket that matches an opening one, whether full-width
// （） or ASCII () (a department named 各县（区）人民政府 inside a
// bracketed list of departments).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scip::util {

bool is_cjk(char32_t c);         // a Han ideograph
bool is_cjk_punct(char32_t c);   // CJK or full-width punctuation: 。，、；：“”（）《》…
bool is_digit(char32_t c);       // ASCII 0-9
bool is_cn_numeral(char32_t c);  // 零一二两三四五六七八九十百千

// The value of a whole run of Chinese numerals (up to 9999), or nullopt.
std::optional<int> cn_numeral_value(std::u32string_view s);

// The index of the bracket closing the one at `open` (（ or ( closed by ） or
// ), nested ones counted), or npos.
size_t matching_paren(std::u32string_view s, size_t open);

// s without leading and trailing spaces (ASCII, ideographic, no-break).
std::u32string trim32(std::u32string_view s);

// `s` with every ASCII ( ) in Chinese text made full-width （ ）, as the
// titles of official documents write them.
std::u32string fullwidth_parens(std::u32string_view s);

}  // namespace scip::util
