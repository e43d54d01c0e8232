// util/files — see files.h.
#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

namespace scip::util {

namespace fs = std::filesystem;

namespace {
// A path that fs::status could not find, or could not look at (a link loop).
PathError status_error(const std::string& path, const std::error_code& ec) {
  bool missing = !ec || ec == std::errc::no_such_file_or_directory;
  return {path, missing ? PathProblem::missing : PathProblem::os_error,
          missing ? "No such file or directory" : ec.message()};
}

bool has_ext(const fs::path& p, const std::vector<std::string>& exts) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(exts.begin(), exts.end(), e) != exts.end();
}
}  // namespace

Walk walk(const std::vector<std::string>& paths, const std::vector<std::string>& extensions) {
  Walk out;
  std::set<std::string> seen;
  for (const auto& arg : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (!fs::exists(st)) {
      out.errors.push_back(status_error(arg, ec));
      continue;
    }
    if (!fs::is_directory(st)) {
      if (seen.insert(arg).second) out.files.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      out.errors.push_back({arg, PathProblem::os_error, ec.message()});
      continue;
    }
    size_t errors_before = out.errors.size();
    for (; it != end; it.increment(ec)) {
      if (ec) {
        out.errors.push_back({it->path().string(), PathProblem::os_error, ec.message()});
        break;
      }
      const fs::directory_entry& e = *it;
      std::error_code ec2;
      if (e.is_directory(ec2)) {
        // Hidden folders (.git, .cache) and build trees are not plan folders.
        std::string name = e.path().filename().string();
        if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
        continue;
      }
      // Hidden files (.pre-commit-config.yaml, .gitlab-ci.yml) are a tool's
      // settings, never a plan; named directly they are read.
      // (Office's lock file of an open workbook, ~$book.xlsx, is not a file of the user's.)
      std::string name = e.path().filename().string();
      if (!has_ext(e.path(), extensions) || name.starts_with('.') || name.starts_with("~$")) continue;
      std::string path = e.path().lexically_normal().string();
      // A wanted name that is not a file: say so rather than block on a FIFO
      // or pass over a broken link in silence. (What the directory listing
      // already says is a regular file needs no stat of its own: at
      // national scale that was a system call for each of 3,000 plans.)
      std::error_code ec3;
      if (e.is_regular_file(ec3)) found.push_back(std::move(path));
      else if (auto problem = regular_file_problem(path)) out.errors.push_back(*problem);
      else found.push_back(std::move(path));
    }
    if (found.empty() && out.errors.size() == errors_before)
      out.errors.push_back({arg, PathProblem::no_files, {}});
    for (auto& f : found)
      if (seen.insert(f).second) out.files.push_back(std::move(f));
  }
  // One order whatever the order of the arguments: the output of a run, and
  // which of two duplicates is "first", depend on the files only.
  std::sort(out.files.begin(), out.files.end());
  return out;
}

std::optional<PathError> regular_file_problem(const std::string& path, uint64_t max_size) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);  // follows links: a loop is ELOOP here
  if (ec || !fs::exists(st)) return status_error(path, ec);
  if (fs::is_directory(st)) return PathError{path, PathProblem::os_error, "Is a directory"};
  if (!fs::is_regular_file(st)) return PathError{path, PathProblem::not_regular, {}};
  if (max_size > 0) {
    uint64_t size = fs::file_size(path, ec);
    if (!ec && size > max_size) return PathError{path, PathProblem::too_large, {}, size, max_size};
  }
  return std::nullopt;
}

ReadResult read_file(const std::string& path, uint64_t max_size) {
  ReadResult r;
  if ((r.error = regular_file_problem(path, max_size))) return r;
  // One read() into a string of the file's size (the usual case: nothing
  // changes it meanwhile), then on until end of file whatever the size said.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    r.error = PathError{path, PathProblem::os_error, std::strerror(errno)};
    return r;
  }
  struct stat st {};
  std::string bytes;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) bytes.resize(static_cast<size_t>(st.st_size));
  size_t have = 0;
  char more[4096];
  for (;;) {
    bool full = have == bytes.size();  // the size was reached: is there more?
    ssize_t n = full ? ::read(fd, more, sizeof more) : ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.error = PathError{path, PathProblem::os_error, std::strerror(errno)};
      ::close(fd);
      return r;
    }
    if (n == 0) break;
    if (full) bytes.append(more, static_cast<size_t>(n));
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  bytes.resize(have);
  r.bytes = std::move(bytes);
  return r;
}

std::optional<FileStamp> file_stamp(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  auto ns = [](const struct timespec& t) { return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; };
  return FileStamp{static_cast<uint64_t>(st.st_size), static_cast<uint64_t>(st.st_ino), ns(st.st_mtim), ns(st.st_ctim),
                   static_cast<uint64_t>(st.st_dev)};
}

int64_t now_ns() {
  struct timespec ts {};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

ReadOnlyFile::ReadOnlyFile(const std::string& path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) return;
  struct stat st {};
  if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) size_ = static_cast<uint64_t>(st.st_size);
}

bool ReadOnlyFile::read_at(uint64_t offset, size_t size, std::string& out) const {
  out.resize(size);
  size_t have = 0;
  while (fd_ >= 0 && have < size) {
    ssize_t n = ::pread(fd_, out.data() + have, size - have, static_cast<off_t>(offset + have));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    have += static_cast<size_t>(n);
  }
  return have == size;
}

ReadOnlyFile::~ReadOnlyFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool append_to_file(const std::string& path, std::string_view bytes, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  ssize_t n = ::write(fd, bytes.data(), bytes.size());
  if (n < 0) error = std::strerror(errno);
  else if (static_cast<size_t>(n) != bytes.size()) error = "short write (disk full?)";
  if (::close(fd) != 0 && error.empty()) error = std::strerror(errno);
  return error.empty();
}

}  // namespace scip::util
