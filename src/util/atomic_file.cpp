// util/atomic_file — see atomic_file.h.
#include "util/atomic_file.h"

#include <ext/stdio_filebuf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace scip::util {

struct AtomicFile::Impl {
  int fd = -1;
  std::unique_ptr<__gnu_cxx::stdio_filebuf<char>> buf;
  std::unique_ptr<std::ostream> out;
};

AtomicFile::AtomicFile(std::string path, Sync sync)
    : path_(std::move(path)), impl_(std::make_unique<Impl>()), sync_(sync) {
  // "report.csv" -> "report.csv.tmp-XXXXXX" in the same folder.
  tmp_ = path_ + ".tmp-XXXXXX";
  std::vector<char> name(tmp_.begin(), tmp_.end());
  name.push_back('\0');
  impl_->fd = mkstemp(name.data());
  if (impl_->fd < 0) {
    error_ = std::strerror(errno);
    tmp_.clear();
    return;
  }
  tmp_ = name.data();
  // mkstemp makes the file 0600; an output file gets the usual 0666 & ~umask.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(impl_->fd, 0666 & ~mask);
  impl_->buf = std::make_unique<__gnu_cxx::stdio_filebuf<char>>(impl_->fd, std::ios::out);
  impl_->out = std::make_unique<std::ostream>(impl_->buf.get());
  stream_ = impl_->out.get();
}

AtomicFile::~AtomicFile() {
  if (done_ || tmp_.empty()) return;
  if (impl_->buf) impl_->buf->close();
  std::remove(tmp_.c_str());
}

bool AtomicFile::commit() {
  if (!ok() || done_) return false;
  done_ = true;
  stream_->flush();
  bool good = static_cast<bool>(*stream_);
  int saved = errno;
  if (good && sync_ == Sync::yes && fsync(impl_->fd) != 0) {
    good = false;
    saved = errno;
  }
  if (!impl_->buf->close()) {  // closes the fd
    good = false;
    if (saved == 0) saved = errno;
  }
  if (good && std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    good = false;
    saved = errno;
  }
  if (!good) {
    error_ = std::strerror(saved ? saved : EIO);
    std::remove(tmp_.c_str());
  }
  return good;
}

}  // namespace scip::util
