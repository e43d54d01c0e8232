// util/xlsx_book — writing an .xlsx workbook to a stream (libxlsxwriter).
//
// libxlsxwriter writes to a file name. A report goes to standard output or
// through `-o`'s atomic temporary file, so the workbook is written to a
// temporary file of its own and then copied to the stream, and the temporary
// file is removed whatever happens. Cells take numbers as numbers (a user can
// sort and sum them) and text as text; text that looks like a formula is
// still text (libxlsxwriter's write_string never makes a formula).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace scip::util {

class XlsxBook {
 public:
  XlsxBook();  // throws std::runtime_error when no temporary file can be made
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  lxw_workbook* workbook() { return wb_; }
  // A sheet name Excel accepts: at most 31 characters, none of []:*?/\ .
  lxw_worksheet* add_sheet(std::string_view name);
  lxw_format* format();
  // The house style, made once per book: a bold header row on light blue, a
  // large bold title, long text wrapped at the top of its cell, and a plain
  // fill (traffic lights, cells to fill in).
  lxw_format* header();
  lxw_format* title();
  lxw_format* wrapped();
  lxw_format* fill(uint32_t rgb);
  // Closes the workbook and copies its bytes to `out`; throws std::runtime_error.
  void finish(std::ostream& out);

  // Column width (in characters) that fits `text`: a CJK character counts two.
  static double width_of(std::string_view text);

 private:
  std::string path_;
  lxw_workbook* wb_ = nullptr;
  lxw_format *header_ = nullptr, *title_ = nullptr, *wrapped_ = nullptr;
};

}  // namespace scip::util
