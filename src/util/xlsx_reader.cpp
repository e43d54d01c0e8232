// util/xlsx_reader — Office Open XML workbooks (.xlsx), see workbook.h.
//
// The parts read: xl/workbook.xml (sheet names, order, visibility, the date
// system) and its relationships (which part each sheet is), xl/styles.xml
// (which cell styles are dates), xl/sharedStrings.xml (kept in memory: cells
// refer to them by index), then each worksheet streamed through expat, one
// row handed on at a time. Element and attribute names are compared without
// their namespace prefix (`x:c` is `c`), as writers differ.
#include <cstdlib>
#include <exception>
#include <map>
#include <optional>
#include <set>

#include "util/number.h"
#include "util/text.h"
#include "util/workbook.h"
#include "util/xml_sax.h"
#include "util/zip_archive.h"

namespace scip::util {

namespace {

// How a cell's number is shown, where that changes what it says: as a date
// (the number is a day count), or as digits with words around them that
// the number alone does not say: a percent (0.885 in 0.0% shows as 88.5%),
// thousands (2500 in #,##0,"千" as 3千: a trailing comma divides by 1,000),
// words written into the format (1.3 in 0.0"万" as 1.3万, 900 in "约"0 as
// 约900). A number is read as it shows, with its stored digits moved (never
// the rounded ones shown): what a CSV saved from the sheet would say.
struct NumberShape {
  bool date = false;
  int places = 0;             // the decimal point moved: +2 for %, −3 for each trailing comma
  std::string before, after;  // the format's words before and after the digits
  bool plain() const { return !date && places == 0 && before.empty() && after.empty(); }
};

// The built-in formats' ids: the dates, and 9 (0%) and 10 (0.00%).
NumberShape builtin_shape(int id) {
  NumberShape shape;
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) shape.date = true;
  else if (id == 9 || id == 10) {
    shape.places = 2;
    shape.after = "%";
  }
  return shape;
}

// A custom code is a date with y, m, d outside quotes and brackets ([Red],
// [$-804]) that are not elapsed times.
bool date_code(std::string_view code) {
  bool quoted = false, bracket = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == '[') bracket = true;
    else if (c == ']') bracket = false;
    else if (c == '\\') ++i;
    else if (!bracket && (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'm' || c == 'M')) return true;
  }
  return false;
}

// Otherwise its first section (up to a ;, the one for positive numbers: a
// negative one is read the same way, its sign in front) gives the words and
// the places. Words between digits (the 0!.0,"万" that shows 12345 as 1.2万)
// are a display of the stored number, which is then read as it is.
NumberShape custom_shape(std::string_view code) {
  NumberShape shape;
  if (date_code(code)) {
    shape.date = true;
    return shape;
  }
  bool digits = false, words_after_digits = false;
  auto placeholder = [](char c) { return c == '0' || c == '#' || c == '?'; };
  for (size_t i = 0; i < code.size() && code[i] != ';'; ++i) {
    char c = code[i];
    std::string word;
    if (c == '"') {
      size_t end = std::min(code.find('"', i + 1), code.size());
      word = code.substr(i + 1, end - i - 1);
      i = end;
    } else if (c == '\\' || c == '!') {  // one character (of UTF-8's one to four bytes), as it is
      unsigned char lead = i + 1 < code.size() ? static_cast<unsigned char>(code[i + 1]) : 0;
      size_t n = lead == 0 ? 0 : util::utf8_length(lead);
      word = code.substr(i + 1, n);
      i += std::min(n, code.size() - i - 1);
    } else if (c == '[') {
      i = std::min(code.find(']', i), code.size());
    } else if (c == '_' || c == '*') {  // a space as wide as the next character; the next one repeated
      ++i;
    } else if (placeholder(c)) {
      if (words_after_digits) return {};
      digits = true;
    } else if (c == ',' && digits && !(i + 1 < code.size() && (placeholder(code[i + 1]) || code[i + 1] == ','))) {
      for (size_t k = i; k > 0 && code[k] == ','; --k) shape.places -= 3;  // the run of trailing commas
    } else if (c == '%') {
      shape.places += 2;
      word = "%";
    }
    word = std::string(trim(word));
    if (word.empty()) continue;
    (digits ? shape.after : shape.before) += word;
    words_after_digits = words_after_digits || digits;
  }
  return shape;
}

class WorkbookPart : public SaxPass {
 public:
  struct Sheet {
    std::string name, rel;
    bool hidden = false;
  };
  std::vector<Sheet> sheets;
  bool date1904 = false;
  void start(std::string_view n, const XML_Char** a) override {
    if (n == "workbookPr") {
      std::string v = xml_attr(a, "date1904");
      date1904 = v == "1" || v == "true";
    } else if (n == "sheet") {
      std::string state = xml_attr(a, "state");
      sheets.push_back({xml_attr(a, "name"), xml_attr(a, "id"), state == "hidden" || state == "veryHidden"});
    }
  }
  void end(std::string_view) override {}
};

class RelsPart : public SaxPass {
 public:
  std::map<std::string, std::string> targets;
  std::string shared_strings, styles;  // the targets of those types
  void start(std::string_view n, const XML_Char** a) override {
    if (n != "Relationship") return;
    std::string target = xml_attr(a, "Target"), type = xml_attr(a, "Type");
    targets[xml_attr(a, "Id")] = target;
    if (type.ends_with("/sharedStrings")) shared_strings = target;
    if (type.ends_with("/styles")) styles = target;
  }
  void end(std::string_view) override {}
};

class StylesPart : public SaxPass {
 public:
  std::vector<NumberShape> shapes;  // by cell style index (the c element's s)
  void start(std::string_view n, const XML_Char** a) override {
    if (n == "numFmt") custom_[std::atoi(xml_attr(a, "numFmtId").c_str())] = custom_shape(xml_attr(a, "formatCode"));
    else if (n == "cellXfs") in_xfs_ = true;
    else if (n == "xf" && in_xfs_) {
      int id = std::atoi(xml_attr(a, "numFmtId").c_str());
      auto it = custom_.find(id);
      shapes.push_back(it != custom_.end() ? it->second : builtin_shape(id));
    }
  }
  void end(std::string_view n) override {
    if (n == "cellXfs") in_xfs_ = false;
  }

 private:
  std::map<int, NumberShape> custom_;
  bool in_xfs_ = false;
};

// Shared strings: the text of each <si>, its runs joined; <rPh> (phonetic
// guides) left out.
class StringsPart : public SaxPass {
 public:
  std::vector<std::string> strings;
  void start(std::string_view n, const XML_Char**) override {
    if (n == "si") strings.emplace_back();
    else if (n == "rPh") ++phonetic_;
    else if (n == "t") in_t_ = true;
  }
  void end(std::string_view n) override {
    if (n == "rPh") --phonetic_;
    else if (n == "t") in_t_ = false;
  }
  void text(std::string_view s) override {
    if (in_t_ && !phonetic_ && !strings.empty()) strings.back().append(s);
  }

 private:
  bool in_t_ = false;
  int phonetic_ = 0;
};

// A worksheet: rows of cells, each handed on when its </row> closes.
class SheetPart : public SaxPass {
 public:
  SheetPart(const std::vector<std::string>& strings, const std::vector<NumberShape>& shapes, bool date1904,
            const std::function<void(const WorkbookRow&)>& on_row)
      : strings_(strings), shapes_(shapes), date1904_(date1904), on_row_(on_row) {}

  void start(std::string_view n, const XML_Char** a) override {
    if (n == "row") {
      std::string r = xml_attr(a, "r");
      row_.row = r.empty() ? row_.row + 1 : std::atoi(r.c_str());
      row_.cells.clear();
      column_ = 0;
    } else if (n == "c") {
      auto [r, c] = parse_cell_name(xml_attr(a, "r"));
      column_ = c ? c : column_ + 1;
      type_ = xml_attr(a, "t");
      std::string s = xml_attr(a, "s");
      size_t style = s.empty() ? 0 : static_cast<size_t>(std::atoi(s.c_str()));
      shape_ = style < shapes_.size() ? &shapes_[style] : nullptr;
      value_.clear();
      has_value_ = has_formula_ = false;
    } else if (n == "v") {
      in_ = In::v;
      has_value_ = true;
    } else if (n == "f") {
      has_formula_ = true;
    } else if (n == "rPh") {
      ++phonetic_;
    } else if (n == "t" && type_ == "inlineStr") {
      in_ = In::t;
      has_value_ = true;
    }
  }
  void end(std::string_view n) override {
    if (n == "v" || n == "t") in_ = In::none;
    else if (n == "rPh") --phonetic_;
    else if (n == "c") cell();
    else if (n == "row" && !row_.cells.empty()) on_row_(row_);
  }
  void text(std::string_view s) override {
    if (in_ != In::none && !phonetic_) value_.append(s);
  }

 private:
  void cell() {
    WorkbookCell c;
    c.column = column_;
    if (!has_value_) {
      if (!has_formula_) return;  // a styled empty cell
      c.formula_without_value = true;
    } else if (type_ == "s") {
      size_t i = static_cast<size_t>(std::atoll(value_.c_str()));
      if (i >= strings_.size()) throw WorkbookError("a cell refers to shared string " + value_ + ", which does not exist");
      c.text = strings_[i];
    } else if (type_ == "b") {
      c.text = value_ == "1" ? "是" : "否";
    } else if ((type_.empty() || type_ == "n") && shape_ && shape_->date && !value_.empty()) {
      char* end = nullptr;
      double serial = std::strtod(value_.c_str(), &end);
      c.text = end && *end == '\0' && serial >= 0 && serial < 2958466 ? serial_date(serial, date1904_) : value_;
    } else if (type_.empty() || type_ == "n") {
      c.text = shown_number();
    } else {
      c.text = value_;  // a number as written, text (str, inlineStr), an error (#DIV/0!)
    }
    if (c.text.empty() && !c.formula_without_value) return;
    row_.cells.push_back(std::move(c));
  }

  // A number as the sheet shows it (NumberShape): 0.885 in a 0.0% cell is
  // 88.5%, 1.3 in 0.0"万" is 1.3万; 1.5E-3 is 0.0015.
  std::string shown_number() const {
    bool plain = !shape_ || shape_->plain();
    if (plain && value_.find_first_of("Ee") == std::string::npos) return value_;  // the usual cell, as it is
    auto digits = shift_decimal_point(value_, plain ? 0 : shape_->places);
    if (!digits) return value_;
    return plain ? *digits : shape_->before + *digits + shape_->after;
  }

  const std::vector<std::string>& strings_;
  const std::vector<NumberShape>& shapes_;
  bool date1904_;
  const std::function<void(const WorkbookRow&)>& on_row_;
  WorkbookRow row_;
  int column_ = 0, phonetic_ = 0;
  std::string type_, value_;
  const NumberShape* shape_ = nullptr;
  bool has_value_ = false, has_formula_ = false;
  enum class In { none, v, t } in_ = In::none;
};

// A relationship target, relative to xl/ or absolute (/xl/worksheets/…).
std::string part_path(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

class XlsxWorkbook : public Workbook {
 public:
  explicit XlsxWorkbook(const std::string& path) try : zip_(path) {
    WorkbookPart wb;
    wb.run(zip_, "xl/workbook.xml");
    RelsPart rels;
    rels.run(zip_, "xl/_rels/workbook.xml.rels");
    date1904_ = wb.date1904;
    strings_part_ = part_path(rels.shared_strings.empty() ? "sharedStrings.xml" : rels.shared_strings);
    styles_part_ = part_path(rels.styles.empty() ? "styles.xml" : rels.styles);
    for (const auto& s : wb.sheets) {
      auto it = rels.targets.find(s.rel);
      if (it == rels.targets.end()) throw WorkbookError("sheet " + s.name + " has no part");
      info_.push_back({s.name, s.hidden});
      parts_.push_back(part_path(it->second));
    }
  } catch (const ZipError& e) {
    throw WorkbookError(e.what());
  } catch (const XmlError& e) {
    throw WorkbookError(e.what());
  }

  const std::vector<WorksheetInfo>& sheets() const override { return info_; }

  void rows(size_t index, const std::function<void(const WorkbookRow&)>& on_row) override {
    try {
      load_shared();
      SheetPart sheet(strings_.strings, styles_.shapes, date1904_, on_row);
      sheet.run(zip_, parts_.at(index));
    } catch (const ZipError& e) {
      throw WorkbookError(e.what());
    } catch (const XmlError& e) {
      throw WorkbookError(e.what());
    }
  }

 private:
  void load_shared() {
    if (loaded_) return;
    loaded_ = true;
    if (zip_.has(styles_part_)) styles_.run(zip_, styles_part_);
    if (zip_.has(strings_part_)) strings_.run(zip_, strings_part_);
  }

  ZipArchive zip_;
  std::vector<WorksheetInfo> info_;
  std::vector<std::string> parts_;
  std::string strings_part_, styles_part_;
  bool date1904_ = false, loaded_ = false;
  StylesPart styles_;
  StringsPart strings_;
};

}  // namespace

std::unique_ptr<Workbook> open_xlsx(const std::string& path) { return std::make_unique<XlsxWorkbook>(path); }

}  // namespace scip::util
