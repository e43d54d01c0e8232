// Unit tests of util/decode and util/csv_reader: encodings as Excel writes
// them, RFC 4180 quoting, and line numbers that count breaks inside quotes.
#include <doctest/doctest.h>

#include <sstream>

#include "util/csv_reader.h"
#include "util/decode.h"
#include "util/table.h"

using namespace scip::util;

namespace {
// "地区,指标\r\n海东市,1228\r\n" in GBK, as Excel on Chinese Windows saves it.
const std::string kGbk =
    "\xb5\xd8\xc7\xf8,\xd6\xb8\xb1\xea\r\n\xba\xa3\xb6\xab\xca\xd0,1228\r\n";

std::vector<CsvRecord> read(const std::string& bytes, Encoding* enc = nullptr) { return parse_csv(bytes, enc); }
}  // namespace

TEST_CASE("encodings: UTF-8, BOM, GB18030, UTF-16, and neither") {
  Encoding e;
  auto a = read("region,value\n海东市,1\n", &e);
  CHECK(e == Encoding::utf8);
  CHECK(a[1].fields[0] == "海东市");

  auto b = read("\xEF\xBB\xBFregion,value\n", &e);
  CHECK(e == Encoding::utf8_bom);
  CHECK(b[0].fields[0] == "region");  // the BOM is not part of the first name

  auto c = read(kGbk, &e);
  CHECK(e == Encoding::gb18030);
  REQUIRE(c.size() == 2);
  CHECK(c[0].fields[0] == "地区");
  CHECK(c[1].fields[0] == "海东市");
  CHECK(c[1].line == 2);

  std::string utf16("\xFF\xFE", 2);
  for (char ch : std::string("a,b\n")) {
    utf16 += ch;
    utf16 += '\0';
  }
  auto d = read(utf16, &e);
  CHECK(e == Encoding::utf16le);
  CHECK(d[0].fields[1] == "b");

  // Bytes that are neither: the reader stops with the offset.
  StringSource bad(std::string("ok\n\x80\x80\xff"));
  Detection det = detect_encoding(bad);
  CHECK(det.encoding == Encoding::gb18030);
  CHECK(det.first_non_utf8 == 3);
  size_t off = 0;
  CHECK_FALSE(decode_all(bad, det.encoding, &off));
  CHECK(off == 3);
}

TEST_CASE("a character split across read blocks is decoded whole") {
  std::string big(70000, 'a');
  big += "海东市\n";
  StringSource src(big);
  auto text = decode_all(src, Encoding::utf8);
  REQUIRE(text);
  CHECK(text->size() == big.size());
  std::string gbk(65535, 'a');
  gbk += "\xba\xa3";  // 海 split at the 64 KiB block boundary
  StringSource src2(gbk);
  auto t2 = decode_all(src2, Encoding::gb18030);
  REQUIRE(t2);
  CHECK(t2->substr(65535) == "海");
}

TEST_CASE("RFC 4180: quotes, doubled quotes, commas and line breaks inside fields") {
  auto r = parse_csv("a,b,c\r\n\"1,228\",\"say \"\"hi\"\"\",x\r\n\"two\r\nlines\",y,z\r\nlast,1,2\r\n");
  REQUIRE(r.size() == 4);
  CHECK(r[1].fields[0] == "1,228");
  CHECK(r[1].fields[1] == "say \"hi\"");
  CHECK(r[2].fields[0] == "two\nlines");
  CHECK(r[2].line == 3);
  CHECK(r[2].end_line == 4);
  CHECK(r[3].line == 5);  // the break inside quotes counted
  CHECK(r[3].columns == std::vector<int>{1, 6, 8});
}

TEST_CASE("line ends: LF, CRLF, lone CR; blank lines skipped; no final newline") {
  auto r = parse_csv("a,b\rc,d\n\n\ne,f");
  REQUIRE(r.size() == 3);
  CHECK(r[1].fields[0] == "c");
  CHECK(r[1].line == 2);
  CHECK(r[2].line == 5);
  CHECK(r[2].fields[1] == "f");
}

TEST_CASE("empty fields and an unclosed quote") {
  auto r = parse_csv("a,,c,\n");
  REQUIRE(r.size() == 1);
  CHECK(r[0].fields == std::vector<std::string>{"a", "", "c", ""});
  auto u = parse_csv("x,y\n1,\"open\n2,3\n");
  REQUIRE(u.size() == 2);
  CHECK(u[1].unclosed_quote);
  CHECK(u[1].line == 2);
  CHECK(parse_csv("").empty());
}

TEST_CASE("CSV output is safe for spreadsheets") {
  CHECK(csv_cell("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_cell("+行动") == "'+行动");
  CHECK(csv_cell("@市科协") == "'@市科协");
  CHECK(csv_cell("-目标") == "'-目标");
  CHECK(csv_cell("-12.5") == "-12.5");  // a number stays a number
  CHECK(csv_cell("a,b") == "\"a,b\"");
  CHECK(csv_cell("say \"x\"") == "\"say \"\"x\"\"\"");
  CHECK(csv_cell("海东市") == "海东市");
  CHECK(csv_cell("=a,b") == "\"'=a,b\"");      // both: guarded, then quoted
  CHECK(csv_cell(" 前导空格") == "\" 前导空格\"");
  CHECK(csv_cell("a\x1b,b") == "\"a\\x1b,b\"");  // a control shown, then quoted
  CHECK(csv_cell("") == "");
  std::string line = "x,";
  append_csv_cell(line, "say \"x\"");
  CHECK(line == "x,\"say \"\"x\"\"\"");
}

TEST_CASE("numbers and bars for tables") {
  CHECK(format_number(13000) == "13,000");
  CHECK(format_number(1234567.5) == "1,234,567.5");
  CHECK(format_number(0.5) == "0.5");
  CHECK(format_number(-1234) == "-1,234");
  CHECK(format_number(60, 1, true) == "60.0");
  CHECK(format_number(-0.0001) == "0");
  CHECK(percent_bar(0, 4) == "    ");
  CHECK(percent_bar(100, 4) == "████");
  CHECK(percent_bar(150, 4) == "████");
  CHECK(percent_bar(50, 4) == "██  ");
  CHECK(percent_bar(12.5, 2) == "▎ ");
  CHECK(truncate_display("公民具备科学素质的比例", 10) == "公民具备…");
}

TEST_CASE("a terminal table fitted to a width") {
  TextTable t;
  t.header = {"id", "名称", "note", "value"};
  t.right = {false, false, false, true};
  t.rows = {{{"a", ""}, {"公民具备科学素质的比例", ""}, {"long note here", ""}, {"10", ""}},
            {{"b", ""}, {"短", ""}, {"x", ""}, {"2,000", ""}}};
  auto print = [&] {
    std::ostringstream out;
    write_text_table(out, t);
    return out.str();
  };
  // No width: every column at its widest cell.
  CHECK(print() ==
        "id  名称                    note            value\n"
        "--  ----------------------  --------------  -----\n"
        "a   公民具备科学素质的比例  long note here     10\n"
        "b   短                      x               2,000\n");
  t.width = 40;
  t.shrink = 1;
  t.shrink_min = 8;
  t.drop_order = {2, 0};
  // Cutting the name is enough for 40 columns.
  CHECK(print() ==
        "id  名称           note            value\n"
        "--  -------------  --------------  -----\n"
        "a   公民具备科学…  long note here     10\n"
        "b   短             x               2,000\n");
  // For 30 the name is cut to its minimum, the note left out, then the name
  // given back the room.
  t.width = 30;
  CHECK(print() ==
        "id  名称                 value\n"
        "--  -------------------  -----\n"
        "a   公民具备科学素质的…     10\n"
        "b   短                   2,000\n");
  // Narrower: the name cut (ending in …) at the width left.
  t.width = 20;
  CHECK(print() ==
        "id  名称       value\n"
        "--  ---------  -----\n"
        "a   公民具备…     10\n"
        "b   短         2,000\n");
  // Narrower still: the id goes too, and the name has its room back.
  t.width = 16;
  CHECK(print() ==
        "名称       value\n"
        "---------  -----\n"
        "公民具备…     10\n"
        "短         2,000\n");
}

TEST_CASE("lines wrapped by display width") {
  CHECK(wrap_lines("short", 10) == "short");
  CHECK(wrap_lines("one two three four", 10) == "one two\n  three\n  four");
  CHECK(wrap_lines("共 23 个目标：1 已完成，4 正常，4 滞后", 24) == "共 23 个目标：1 已完成，\n  4 正常，4 滞后");
  CHECK(wrap_lines("公民具备科学素质的比例", 8) == "公民具备\n  科学素\n  质的比\n  例");
  CHECK(wrap_lines("a\nb", 0) == "a\nb");
}

// util/workbook: cell names and spreadsheet dates.
#include "util/workbook.h"

TEST_CASE("workbook cell names and day numbers") {
  using namespace scip::util;
  CHECK(cell_name(7, 4) == "D7");
  CHECK(cell_name(1, 26) == "Z1");
  CHECK(cell_name(1, 27) == "AA1");
  CHECK(cell_name(3, 16384) == "XFD3");
  CHECK(parse_cell_name("D7") == std::pair{7, 4});
  CHECK(parse_cell_name("AA10") == std::pair{10, 27});
  CHECK(parse_cell_name("7D") == std::pair{0, 0});
  CHECK(parse_cell_name("D") == std::pair{0, 0});
  CHECK(serial_date(1, false) == "1900-01-01");
  CHECK(serial_date(59, false) == "1900-02-28");
  CHECK(serial_date(61, false) == "1900-03-01");  // after Lotus's phantom 1900-02-29 (day 60)
  CHECK(serial_date(44926, false) == "2022-12-31");
  CHECK(serial_date(44926.75, false) == "2022-12-31");  // a time of day is dropped
  CHECK(serial_date(0, true) == "1904-01-01");
  CHECK(serial_date(43464, true) == "2022-12-31");
  CHECK(is_workbook_path("a/报表.XLSX"));
  CHECK(is_workbook_path("b.xls"));
  CHECK_FALSE(is_workbook_path("c.csv"));
}

TEST_CASE("plain text taken in runs: fields, columns and excerpt as byte by byte, across read blocks") {
  // A field far longer than a decoder block, Chinese text (columns count code
  // points), a quoted field with a comma, and a long first line (excerpt cut at 400 bytes).
  std::string big(200000, 'x');
  std::string csv = "地区,\"指标,说明\"," + big + ",中卫市\n640500,\"a\"\"b\",1.3万,\n";
  auto recs = parse_csv(csv);
  REQUIRE(recs.size() == 2);
  REQUIRE(recs[0].size() == 4);
  CHECK(recs[0].field(0) == "地区");
  CHECK(recs[0].field(1) == "指标,说明");
  CHECK(recs[0].field(2) == big);
  CHECK(recs[0].field(3) == "中卫市");
  CHECK(recs[0].columns == std::vector<int>{1, 4, 12, 200013});
  CHECK(recs[0].first_line.size() == 400);
  CHECK(recs[0].first_line == csv.substr(0, 400));
  CHECK(recs[1].line == 2);
  CHECK(recs[1].field(1) == "a\"b");
  CHECK(recs[1].field(2) == "1.3万");
  CHECK(recs[1].field(3).empty());
  CHECK(recs[1].first_line == "640500,\"a\"\"b\",1.3万,");
}
