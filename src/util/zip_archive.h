// util/zip_archive — reading the entries of a ZIP file (libzip).
//
// Office Open XML files (.xlsx, .docx) are ZIP archives of XML parts. This
// reads a small part whole (the workbook, its relationships, its styles and
// shared strings) and streams a large one in blocks (a worksheet, so memory
// does not grow with the sheet). A part larger than the limit when inflated
// is refused rather than read: a "zip bomb" is 1 KB that inflates to 10 GB.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

struct zip;

namespace scip::util {

class ZipError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ZipArchive {
 public:
  explicit ZipArchive(const std::string& path);  // throws ZipError
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // The whole entry; throws ZipError when it is missing, broken or inflates
  // to more than `limit` bytes.
  std::string read(const std::string& name, uint64_t limit = 512ull << 20) const;
  // The entry in blocks of up to 64 KB, in order.
  void stream(const std::string& name, const std::function<void(std::string_view)>& block) const;

 private:
  struct zip* zip_ = nullptr;
  std::string path_;
};

}  // namespace scip::util
