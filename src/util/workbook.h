// util/workbook — the rows of a spreadsheet workbook (.xlsx, .xls), cell by cell.
//
// Submissions arrive as workbooks saved by Excel, WPS or LibreOffice. A
// workbook is read as what its cells show as text: shared and inline strings
// (rich-text runs joined, phonetic guides left out), numbers as written in
// the file (so 0.1 stays 0.1), a number in a date format as the date
// (YYYY-MM-DD, from the 1900 or the 1904 system), a formula as its cached
// result. A formula with no cached result (a file written by a program that
// does not compute) is marked, never read as an empty cell or a zero.
//
// Sheets come in the workbook's order (workbook.xml and its relationships,
// not the part names), with their names and whether they are hidden. Rows
// are streamed one at a time; only cells with content are given. Nothing
// here knows what the cells mean (submission/ does).
#pragma once

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

class WorkbookError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WorkbookCell {
  int column = 0;  // 1-based: A is 1
  std::string text;
  bool formula_without_value = false;
  // A number whose format the file does not give (an .xls read with FreeXL,
  // which tells dates only): 0.88 may be shown as 88%.
  bool number_format_unknown = false;
};

struct WorkbookRow {
  int row = 0;  // 1-based, as the spreadsheet shows it
  std::vector<WorkbookCell> cells;  // in column order, only those with content
};

struct WorksheetInfo {
  std::string name;
  bool hidden = false;
  bool visibility_known = true;  // false: an .xls sheet whose visibility could not be read (read as visible)
};

class Workbook {
 public:
  virtual ~Workbook() = default;
  virtual const std::vector<WorksheetInfo>& sheets() const = 0;
  // Calls on_row for each row of sheet `index` that has a cell, in order.
  virtual void rows(size_t index, const std::function<void(const WorkbookRow&)>& on_row) = 0;
};

// .xlsx (Office Open XML) or .xls (BIFF8), by the name's extension; throws
// WorkbookError with the reason when the file cannot be read as one.
std::unique_ptr<Workbook> open_workbook(const std::string& path);
std::unique_ptr<Workbook> open_xlsx(const std::string& path);
std::unique_ptr<Workbook> open_xls(const std::string& path);
bool is_workbook_path(std::string_view path);

// (7, 4) -> "D7"; column 27 is AA.
std::string cell_name(int row, int column);
// "D7" -> {7, 4}; {0, 0} when `ref` is not a cell reference.
std::pair<int, int> parse_cell_name(std::string_view ref);

// A spreadsheet day number as a date: 1900 system (day 1 is 1900-01-01, with
// Lotus's phantom 1900-02-29 as day 60) or 1904 system (day 0 is 1904-01-01).
std::string serial_date(double serial, bool date1904);

}  // namespace scip::util
