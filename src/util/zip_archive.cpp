// util/zip_archive — see zip_archive.h.
#include "util/zip_archive.h"

#include <zip.h>

#include <memory>
#include <vector>

namespace scip::util {

namespace {

struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using ZipFile = std::unique_ptr<zip_file_t, FileCloser>;

}  // namespace

ZipArchive::ZipArchive(const std::string& path) : path_(path) {
  int err = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!zip_) {
    zip_error_t e;
    zip_error_init_with_code(&e, err);
    std::string why = zip_error_strerror(&e);
    zip_error_fini(&e);
    throw ZipError(why);
  }
}

ZipArchive::~ZipArchive() {
  if (zip_) zip_discard(zip_);
}

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

std::string ZipArchive::read(const std::string& name, uint64_t limit) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_, name.c_str(), 0, &st) != 0) throw ZipError("no part " + name);
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) throw ZipError("part " + name + " is too large");
  std::string out;
  stream(name, [&](std::string_view b) {
    if (out.size() + b.size() > limit) throw ZipError("part " + name + " is too large");
    out.append(b);
  });
  return out;
}

void ZipArchive::stream(const std::string& name, const std::function<void(std::string_view)>& block) const {
  ZipFile f(zip_fopen(zip_, name.c_str(), 0));
  if (!f) throw ZipError("cannot open part " + name + ": " + zip_strerror(zip_));
  std::vector<char> buf(64 * 1024);
  while (true) {
    zip_int64_t n = zip_fread(f.get(), buf.data(), buf.size());
    if (n < 0) throw ZipError("cannot read part " + name + ": " + zip_file_strerror(f.get()));
    if (n == 0) return;
    block(std::string_view(buf.data(), static_cast<size_t>(n)));
  }
}

}  // namespace scip::util
