// util/xlsx_book — see xlsx_book.h.
#include "util/xlsx_book.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "util/text.h"

namespace scip::util {

XlsxBook::XlsxBook() {
  std::string dir = std::filesystem::temp_directory_path().string();
  std::string pattern = dir + "/scip-XXXXXX.xlsx";
  int fd = mkstemps(pattern.data(), 5);
  if (fd < 0) throw std::runtime_error("cannot make a temporary file in " + dir);
  close(fd);
  path_ = pattern;
  wb_ = workbook_new(path_.c_str());
  if (!wb_) {
    std::remove(path_.c_str());
    throw std::runtime_error("cannot start a workbook");
  }
}

XlsxBook::~XlsxBook() {
  if (wb_) workbook_close(wb_);  // (an abandoned workbook: written, then removed)
  std::remove(path_.c_str());
}

lxw_worksheet* XlsxBook::add_sheet(std::string_view name) {
  std::string clean;
  for (char c : name)
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) clean.push_back(c);
  // 31 characters at most, cut at a code point
  size_t chars = 0, cut = clean.size();
  for (size_t i = 0; i < clean.size(); ++i)
    if ((static_cast<unsigned char>(clean[i]) & 0xC0) != 0x80 && chars++ == 31) {
      cut = i;
      break;
    }
  clean.resize(cut);
  lxw_worksheet* ws = workbook_add_worksheet(wb_, clean.c_str());
  if (!ws) throw std::runtime_error("cannot add sheet " + clean);
  return ws;
}

lxw_format* XlsxBook::format() { return workbook_add_format(wb_); }

lxw_format* XlsxBook::header() {
  if (!header_) {
    header_ = format();
    format_set_bold(header_);
    format_set_bg_color(header_, 0xD9E1F2);
  }
  return header_;
}

lxw_format* XlsxBook::title() {
  if (!title_) {
    title_ = format();
    format_set_bold(title_);
    format_set_font_size(title_, 14);
  }
  return title_;
}

lxw_format* XlsxBook::wrapped() {
  if (!wrapped_) {
    wrapped_ = format();
    format_set_text_wrap(wrapped_);
    format_set_align(wrapped_, LXW_ALIGN_VERTICAL_TOP);
  }
  return wrapped_;
}

lxw_format* XlsxBook::fill(uint32_t rgb) {
  lxw_format* f = format();
  format_set_bg_color(f, rgb);
  return f;
}

void XlsxBook::finish(std::ostream& out) {
  lxw_error e = workbook_close(wb_);
  wb_ = nullptr;
  if (e != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(e));
  std::ifstream in(path_, std::ios::binary);
  out << in.rdbuf();
  if (!in || !out) throw std::runtime_error("cannot copy the workbook");
}

double XlsxBook::width_of(std::string_view text) { return static_cast<double>(display_width(text)) + 2; }

}  // namespace scip::util
