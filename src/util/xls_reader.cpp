// util/xls_reader — BIFF8 workbooks (.xls, Excel 97–2003, what WPS and older
// Excel still save), through FreeXL; see workbook.h.
//
// FreeXL converts the workbook's text from its code page (GBK on Chinese
// Windows) to UTF-8 and gives dates as YYYY-MM-DD. It does not tell hidden
// sheets from visible ones, nor a formula from its value: a BIFF8 file
// always stores a formula's last result. Integers and doubles are written
// back as the shortest text that reads as the same number.
#include <freexl.h>

#include <fmt/format.h>

#include "util/workbook.h"

namespace scip::util {

namespace {

class XlsWorkbook : public Workbook {
 public:
  explicit XlsWorkbook(const std::string& path) {
    int ret = freexl_open(path.c_str(), &handle_);
    if (ret != FREEXL_OK) {
      if (handle_) freexl_close(handle_);
      handle_ = nullptr;
      throw WorkbookError(fmt::format("not a readable .xls workbook (FreeXL error {})", ret));
    }
    unsigned int count = 0;
    if (freexl_get_info(handle_, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) count = 0;
    for (unsigned short i = 0; i < count; ++i) {
      const char* name = nullptr;
      freexl_get_worksheet_name(handle_, i, &name);
      info_.push_back({name ? name : fmt::format("Sheet{}", i + 1), false});
    }
  }
  ~XlsWorkbook() override {
    if (handle_) freexl_close(handle_);
  }
  XlsWorkbook(const XlsWorkbook&) = delete;
  XlsWorkbook& operator=(const XlsWorkbook&) = delete;

  const std::vector<WorksheetInfo>& sheets() const override { return info_; }

  void rows(size_t index, const std::function<void(const WorkbookRow&)>& on_row) override {
    if (freexl_select_active_worksheet(handle_, static_cast<unsigned short>(index)) != FREEXL_OK)
      throw WorkbookError("cannot select sheet " + info_.at(index).name);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(handle_, &rows, &columns) != FREEXL_OK)
      throw WorkbookError("cannot read sheet " + info_.at(index).name);
    WorkbookRow row;
    for (unsigned int r = 0; r < rows; ++r) {
      row.row = static_cast<int>(r) + 1;
      row.cells.clear();
      for (unsigned short c = 0; c < columns; ++c) {
        FreeXL_CellValue v;
        if (freexl_get_cell_value(handle_, r, c, &v) != FREEXL_OK) continue;
        std::string text = cell_text(v);
        if (!text.empty()) row.cells.push_back({static_cast<int>(c) + 1, std::move(text), false});
      }
      if (!row.cells.empty()) on_row(row);
    }
  }

 private:
  static std::string cell_text(const FreeXL_CellValue& v) {
    switch (v.type) {
      case FREEXL_CELL_INT:
        return std::to_string(v.value.int_value);
      case FREEXL_CELL_DOUBLE:
        return fmt::format("{}", v.value.double_value);
      case FREEXL_CELL_TEXT:
      case FREEXL_CELL_SST_TEXT:
      case FREEXL_CELL_DATE:
      case FREEXL_CELL_TIME:
        return v.value.text_value ? v.value.text_value : "";
      case FREEXL_CELL_DATETIME:  // "YYYY-MM-DD HH:MM:SS": the day
        return v.value.text_value ? std::string(v.value.text_value).substr(0, 10) : "";
      default:
        return "";
    }
  }

  const void* handle_ = nullptr;
  std::vector<WorksheetInfo> info_;
};

}  // namespace

std::unique_ptr<Workbook> open_xls(const std::string& path) { return std::make_unique<XlsWorkbook>(path); }

}  // namespace scip::util
