// util/text — Unicode-aware helpers for text that users wrote.
//
// Plans are Chinese prose; every length, column and distance that a user sees
// counts Unicode code points (or terminal columns), never bytes. This file
// holds the few primitives the rest of scip needs for that: UTF-8 decoding,
// display width (a CJK character takes two terminal columns), edit distance
// for did-you-mean hints, and neutralising control characters so that text
// from an input file can never drive the terminal.
//
// Generic code: nothing here knows about plans.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

// Decodes UTF-8 into code points; an invalid byte becomes U+FFFD.
std::u32string decode_utf8(std::string_view s);
std::string encode_utf8(std::u32string_view s);
void append_utf8(std::string& out, char32_t cp);

// Bytes in the UTF-8 sequence that `lead` begins: 1 for ASCII, 2 to 4 for a
// lead byte, and 1 for a byte no sequence begins with (a continuation byte,
// 0xF8 and above), which a reader steps over one byte at a time.
constexpr size_t utf8_length(unsigned char lead) {
  return lead >= 0xC0 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF8 ? 4 : 1;
}

// Byte offset of the first invalid UTF-8 sequence, or nullopt if s is valid.
std::optional<size_t> find_invalid_utf8(std::string_view s);

size_t codepoint_count(std::string_view s);

// Terminal columns of one code point / of a string (East Asian Wide and
// Fullwidth count 2, combining marks 0).
int char_width(char32_t cp);
int display_width(std::string_view s);

// Pads s with spaces on the right (or left) to `width` terminal columns.
std::string pad_right(std::string_view s, int width);
std::string pad_left(std::string_view s, int width);

// Replaces control characters (C0 except tab, DEL, C1, and the escape that
// starts terminal sequences) with visible escapes such as "\x1b", so text from
// input files cannot move the cursor or change colours.
std::string neutralize_controls(std::string_view s);
// Whether neutralize_controls changes `s`: invalid UTF-8, or a control
// character other than tab. One pass over the bytes.
bool has_controls(std::string_view s);

// A value from an input file as a message quotes it: in double quotes, with
// control characters neutralised ("640500"). Every diagnostic quotes through
// this, so a value reads the same whichever file kind it came from.
std::string quoted(std::string_view s);

// A source line made fit to print under a diagnostic: control characters
// neutralised as above, and a line wider than `width` display columns (a
// minified file, a 10 MB CSV field) cut to a window around `column` with "…"
// at each cut. `column` is 1-based in code points of `line`; the result's
// column is where that character now stands in `text`.
struct ShownLine {
  std::string text;
  size_t column = 1;
};
ShownLine show_line(std::string_view line, size_t column, int width = 160);

// Levenshtein distance on code points.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo
// (distance at most a third of the longer length, at least 1; ties go to the
// first candidate in order).
std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string> candidates);

// Full-width digits, letters and signs to ASCII, ideographic and no-break
// spaces to spaces, then trimmed: "　１２２８％ " -> "1228%".
std::string fold_width(std::string_view text);
// The same into `out` (its capacity kept: a reader folds millions of cells).
void fold_width_into(std::string_view text, std::string& out);

// A hash for unordered maps keyed by std::string that are looked up by
// std::string_view without a copy (with std::equal_to<>).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// A-Z to a-z; other bytes unchanged.
std::string lower_ascii(std::string s);

// ASCII trim of spaces, tabs, CR and LF.
std::string_view trim(std::string_view s);

bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// Takes `prefix` off the front of `s` when `s` starts with it; whether it did.
bool consume_prefix(std::string_view& s, std::string_view prefix);

}  // namespace scip::util
