// Unit tests for util/text.
#include <doctest/doctest.h>

#include "util/text.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace scip::util;

TEST_CASE("display width counts CJK characters as two columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("中卫市") == 6);
  CHECK(display_width("市科协 cast") == 11);
  CHECK(display_width("１２２８") == 8);  // full-width digits
  CHECK(pad_right("中", 4) == "中  ");
  CHECK(pad_left("7", 3) == "  7");
}

TEST_CASE("consume_prefix takes a prefix off only when it is there") {
  std::string_view s = "不少于1.3万";
  CHECK(consume_prefix(s, "不少于"));
  CHECK(s == "1.3万");
  CHECK_FALSE(consume_prefix(s, "约"));
  CHECK(s == "1.3万");
  CHECK(consume_prefix(s, ""));  // the empty prefix is always there, and takes nothing
  CHECK(s == "1.3万");
  std::string_view short_text = "约";
  CHECK_FALSE(consume_prefix(short_text, "约5"));
  CHECK(short_text == "约");
}

TEST_CASE("code points, not bytes") {
  CHECK(codepoint_count("青少年") == 3);
  CHECK(codepoint_count("a中b") == 3);
  CHECK(decode_utf8("中").size() == 1);
  CHECK(encode_utf8(decode_utf8("科普 2025")) == "科普 2025");
}

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK_FALSE(find_invalid_utf8("中卫市 ok").has_value());
  CHECK(find_invalid_utf8("ab\xD6\xD0").value() == 2);   // GBK 中
  CHECK(find_invalid_utf8("\xC0\xAF").value() == 0);     // overlong
  CHECK(find_invalid_utf8("\xED\xA0\x80").value() == 0); // surrogate
  CHECK(find_invalid_utf8("abc\xE4\xB8").value() == 3);  // truncated
}

TEST_CASE("utf8_length: the bytes a lead byte begins, one for a byte that begins none") {
  CHECK(utf8_length('a') == 1);
  CHECK(utf8_length(0x80) == 1);  // a continuation byte
  CHECK(utf8_length(0xBF) == 1);
  CHECK(utf8_length(0xC2) == 2);  // é
  CHECK(utf8_length(0xDF) == 2);
  CHECK(utf8_length(0xE4) == 3);  // 中
  CHECK(utf8_length(0xEF) == 3);
  CHECK(utf8_length(0xF0) == 4);  // 𠀀
  CHECK(utf8_length(0xF7) == 4);
  CHECK(utf8_length(0xF8) == 1);  // no UTF-8 sequence begins with these
  CHECK(utf8_length(0xFF) == 1);
  // The decoder steps by the same lengths: each character is one code point.
  for (std::string_view ch : {"a", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\xA0\x80\x80"}) {
    CHECK(utf8_length(static_cast<unsigned char>(ch[0])) == ch.size());
    CHECK(codepoint_count(ch) == 1);
  }
  CHECK(find_invalid_utf8("ab\xF8\x80\x80\x80\x80").value() == 2);
}

TEST_CASE("edit distance and did-you-mean") {
  CHECK(edit_distance("taregts", "targets") == 2);
  CHECK(edit_distance("计划", "规划") == 1);
  std::vector<std::string> keys = {"id", "title", "targets", "tasks"};
  CHECK(did_you_mean("taregts", keys).value() == "targets");
  CHECK_FALSE(did_you_mean("zzzzzz", keys).has_value());
  std::vector<std::string> depts = {"edu", "cast", "sci"};
  CHECK(did_you_mean("edu2", depts).value() == "edu");
  CHECK_FALSE(did_you_mean("edu", depts).has_value());  // an exact match is not a suggestion
  // Passing over candidates by length alone changes nothing: the nearest
  // within a third of the longer length, ties to the first.
  std::vector<std::string> names = {"市农业农村局农业农村局", "市教育局", "市教育厅", "市科协"};
  CHECK(did_you_mean("市教育", names).value() == "市教育局");  // 1 away, first of two at 1
  CHECK(did_you_mean("市教局", names).value() == "市教育局");
  CHECK_FALSE(did_you_mean("教", names).has_value());  // every name at least 2 longer: past the limit of 1
  std::vector<std::string> longer_first = {"abcdefghij", "abcd"};
  CHECK(did_you_mean("abcx", longer_first).value() == "abcd");
}

TEST_CASE("control characters are neutralised") {
  CHECK(neutralize_controls("ok\x1b[2J") == "ok\\x1b[2J");
  CHECK(neutralize_controls("a\tb") == "a\tb");
  CHECK(neutralize_controls("a\nb") == "a\\nb");
  CHECK(neutralize_controls("\x7f") == "\\x7f");
  CHECK(neutralize_controls("\xC2\x9B") == "\\x9b");  // C1 CSI
  CHECK(neutralize_controls("\xFF") == "\\xff");      // invalid byte
  CHECK(neutralize_controls("中卫市") == "中卫市");
}

TEST_CASE("has_controls says exactly when neutralize_controls changes a text") {
  // Pieces with what each becomes; random texts of them become the pieces'
  // results in a row (no piece forms a valid sequence with its neighbour).
  const std::vector<std::pair<std::string, std::string>> pieces = {
      {"a", "a"}, {"中", "中"}, {"\t", "\t"}, {" ", " "}, {"\xC2\xA0", "\xC2\xA0"} /* no-break space */,
      {"\x1b", "\\x1b"}, {"\x7f", "\\x7f"}, {"\xC2\x85", "\\x85"}, {"\xFF", "\\xff"}, {"\n", "\\n"},
      {"\r", "\\r"}, {"\x01", "\\x01"}, {"\xE2\x80\xAE", "\xE2\x80\xAE"} /* a right-to-left override: not C0 or C1 */};
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    std::string text, shown;
    for (int n = static_cast<int>(rng() % 6); n > 0; --n) {
      const auto& [piece, becomes] = pieces[rng() % pieces.size()];
      text += piece;
      shown += becomes;
    }
    CAPTURE(text);
    CHECK(neutralize_controls(text) == shown);
    CHECK(has_controls(text) == (shown != text));
  }
  CHECK(has_controls("\xC2"));        // cut short
  CHECK(has_controls("\xE4\xB8"));    // cut short
  CHECK(has_controls("\xC0\xAF"));    // overlong
  CHECK_FALSE(has_controls(""));
}

TEST_CASE("trim") {
  CHECK(trim("  a b \r\n") == "a b");
  CHECK(trim("") == "");
}

TEST_CASE("invalid UTF-8 after long ASCII runs is found at its exact offset") {
  // The scan skips ASCII eight bytes at a time: the bad byte may fall at any
  // place of a word, or in the tail shorter than a word.
  for (size_t n = 0; n < 20; ++n) {
    std::string s(n, 'a');
    CHECK_FALSE(find_invalid_utf8(s).has_value());
    CHECK(find_invalid_utf8(s + "\xFF" + std::string(9, 'b')).value() == n);
    CHECK(find_invalid_utf8(s + "中" + std::string(n, 'c') + "\xE4\xB8").value() == 2 * n + 3);  // cut 中
  }
}

TEST_CASE("folding full width: in place, with the result of the one-string form") {
  CHECK(fold_width("　１２２８％ ") == "1228%");
  CHECK(fold_width(" 中卫市 ") == "中卫市");
  CHECK(fold_width("\xC2\xA0" "5\xE2\x88\x92" "3") == "5-3");  // no-break space, minus sign
  CHECK(fold_width("ab\xFF" "c") == "ab\xEF\xBF\xBD" "c");      // a malformed byte becomes U+FFFD, as before
  std::string out = "left over from the last cell, longer than the next";
  fold_width_into("Ｑ３", out);
  CHECK(out == "Q3");
  fold_width_into("  ", out);
  CHECK(out.empty());
  // What needs folding after a run of ASCII read eight bytes at a time, after
  // Chinese with nothing to fold, or cut off at the end.
  CHECK(fold_width("region-code-0123456７") == "region-code-01234567");
  CHECK(fold_width("elderly-digital-training\xFF") == "elderly-digital-training\xEF\xBF\xBD");
  CHECK(fold_width("更正合成数据，科普") == "更正合成数据,科普");
  CHECK(fold_width("人次") == "人次");
  CHECK(fold_width("12345678人\xE4\xB8") == "12345678人\xEF\xBF\xBD\xEF\xBF\xBD");  // each byte of the cut sequence
  CHECK(fold_width("abcdefgh\xE4") == "abcdefgh\xEF\xBF\xBD");
}
