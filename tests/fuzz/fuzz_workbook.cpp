// fuzz_workbook — libFuzzer target: any bytes as an .xlsx workbook. Covers
// util/zip_archive (libzip), the expat passes of util/xlsx_reader (workbook,
// relationships, styles, shared strings, sheets) and the cell conversions:
// every sheet's rows are read. A broken workbook must be a WorkbookError,
// never a crash, a hang or unbounded memory. (libzip reads from a path, so
// each input is written to a temporary file first.)
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "util/workbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::string path = [] {
    std::string p = "/tmp/scip-fuzz-XXXXXX.xlsx";
    int fd = mkstemps(p.data(), 5);
    if (fd >= 0) close(fd);
    return p;
  }();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  try {
    auto wb = scip::util::open_xlsx(path);
    size_t cells = 0;
    for (size_t i = 0; i < wb->sheets().size(); ++i)
      wb->rows(i, [&](const scip::util::WorkbookRow& r) { cells += r.cells.size(); });
    (void)cells;
  } catch (const scip::util::WorkbookError&) {
  }
  return 0;
}
