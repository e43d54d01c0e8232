// util/workbook — see workbook.h: what both readers share.
#include "util/workbook.h"

#include <cmath>

#include "util/date.h"
#include "util/text.h"

namespace scip::util {

bool is_workbook_path(std::string_view path) {
  std::string lower = lower_ascii(std::string(path));
  return ends_with(lower, ".xlsx") || ends_with(lower, ".xls");
}

std::unique_ptr<Workbook> open_workbook(const std::string& path) {
  return ends_with(lower_ascii(path), ".xls") ? open_xls(path) : open_xlsx(path);
}

std::string cell_name(int row, int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

std::pair<int, int> parse_cell_name(std::string_view ref) {
  int column = 0, row = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = column * 26 + (ref[i] - 'A' + 1);
  if (i == 0 || i == ref.size() || column > 16384) return {0, 0};
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 10'000'000) return {0, 0};
    row = row * 10 + (ref[i] - '0');
  }
  return {row, column};
}

std::string serial_date(double serial, bool date1904) {
  long day = static_cast<long>(std::floor(serial));
  Date base{1899, 12, 31};
  if (date1904) base = {1904, 1, 1};
  else if (day >= 60) base = {1899, 12, 30};  // skips the phantom 1900-02-29
  if (!date1904 && day == 60) return "1900-02-28";  // the phantom day itself: the nearest real one
  return date_from_days(days_since_epoch(base) + day).str();
}

}  // namespace scip::util
