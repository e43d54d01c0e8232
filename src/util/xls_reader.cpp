// util/xls_reader — BIFF8 workbooks (.xls, Excel 97–2003, what WPS and older
// Excel still save), through FreeXL; see workbook.h.
//
// FreeXL converts the workbook's text from its code page (GBK on Chinese
// Windows) to UTF-8 and gives dates as YYYY-MM-DD. It does not tell a
// formula from its value (a BIFF8 file always stores a formula's last
// result), nor hidden sheets from visible ones: for that, the file's bytes are
// searched for each sheet's BOUNDSHEET record (type 0x85: position, state,
// type, then the name), whose state byte says hidden. A record not found (it
// may straddle two sectors of the container) leaves the sheet visible and
// `visibility_known` false, which the caller says. Integers and doubles are
// written back as the shortest text that reads as the same number.
#include <freexl.h>

#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "util/number.h"
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
      info_.push_back({name ? name : fmt::format("Sheet{}", i + 1), false, true});
    }
    find_hidden(path);
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
        if (!text.empty()) row.cells.push_back({static_cast<int>(c) + 1, std::move(text), false, v.type == FREEXL_CELL_DOUBLE});
      }
      if (!row.cells.empty()) on_row(row);
    }
  }

 private:
  // The BOUNDSHEET records, found by their names (see the top of the file).
  void find_hidden(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (auto& sheet : info_) {
      std::u16string name = utf8_to_utf16(sheet.name);
      bool found = false;
      for (bool wide : {true, false}) {
        std::string tail;
        tail.push_back(static_cast<char>(name.size()));
        tail.push_back(wide ? 1 : 0);
        bool fits = true;
        for (char16_t c : name) {
          if (!wide && c > 0xFF) fits = false;
          tail.push_back(static_cast<char>(c & 0xFF));
          if (wide) tail.push_back(static_cast<char>(c >> 8));
        }
        if (!fits || name.size() > 255) continue;
        size_t length = 6 + tail.size();  // position (4), state, type, then the name
        for (size_t at = bytes.find(tail); at != std::string::npos && !found; at = bytes.find(tail, at + 1)) {
          if (at < 10 || static_cast<unsigned char>(bytes[at - 10]) != 0x85 || bytes[at - 9] != 0 ||
              (static_cast<unsigned char>(bytes[at - 8]) | static_cast<unsigned char>(bytes[at - 7]) << 8) != static_cast<int>(length))
            continue;
          found = true;
          sheet.hidden = (bytes[at - 2] & 0x03) != 0;
        }
        if (found) break;
      }
      sheet.visibility_known = found;
    }
  }

  static std::u16string utf8_to_utf16(std::string_view s) {
    std::u16string out;
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      char32_t cp = c;
      size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (n > 1) cp = c & (0x3F >> (n - 1));
      for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      i += n;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
        out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
      } else {
        out.push_back(static_cast<char16_t>(cp));
      }
    }
    return out;
  }

  static std::string cell_text(const FreeXL_CellValue& v) {
    switch (v.type) {
      case FREEXL_CELL_INT:
        return std::to_string(v.value.int_value);
      case FREEXL_CELL_DOUBLE: {  // the shortest digits that read back the same, without an exponent (1e-05: 0.00001)
        std::string shortest = fmt::format("{}", v.value.double_value);
        return shift_decimal_point(shortest, 0).value_or(shortest);
      }
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
