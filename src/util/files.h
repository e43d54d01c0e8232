// util/files — finding and reading the files a command was given.
//
// Folders are walked recursively (symbolic links to folders are not followed,
// so a link loop cannot trap the walk), files are matched by extension, and
// the result is sorted by path so every run sees the same order, whatever the
// order of the arguments. A path that cannot be
// read is returned as an error with the system's reason, never skipped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

// Why a path gives no file to read. `reason` is the system's words (strerror,
// English) for os_error and missing; the caller words the others.
enum class PathProblem {
  os_error,     // open or read failed: permissions, a link loop, EIO…
  missing,      // does not exist
  not_regular,  // a FIFO, socket or device: reading it could block forever
  too_large,    // larger than the caller's limit (size and limit below)
  no_files,     // a folder without one file of the wanted extensions
};

struct PathError {
  std::string path;
  PathProblem problem = PathProblem::os_error;
  std::string reason;
  uint64_t size = 0, limit = 0;  // too_large
};

struct Walk {
  std::vector<std::string> files;
  std::vector<PathError> errors;
};

// Files under `paths` whose names end in one of `extensions` (".yaml").
// A file named directly is taken whatever its extension; in a folder, hidden
// files and folders (a name starting with '.') are passed over. Only regular files
// are taken: a FIFO, socket, device or broken link met with a wanted
// extension, and a folder named without any wanted file in it, are errors.
Walk walk(const std::vector<std::string>& paths, const std::vector<std::string>& extensions);

// Whether `path` can be read as a regular file of at most `max_size` bytes
// (0: any size), without opening it.
std::optional<PathError> regular_file_problem(const std::string& path, uint64_t max_size = 0);

// The whole file, or why it could not be read.
struct ReadResult {
  std::optional<std::string> bytes;
  std::optional<PathError> error;
};
ReadResult read_file(const std::string& path, uint64_t max_size = 0);

// What stat(2) says of a regular file that changes when its bytes do: its
// size, device and inode, modification time and status-change time (nanoseconds since
// the epoch; the latter cannot be set back, as `touch -d` or `cp -p` set the
// former). nullopt for anything but a regular file. A cache compares stamps
// to skip reading a file that has not changed.
struct FileStamp {
  uint64_t size = 0, inode = 0;
  int64_t mtime_ns = 0, ctime_ns = 0;
  uint64_t device = 0;  // (an inode number is unique on its device only)
  bool operator==(const FileStamp&) const = default;
};
std::optional<FileStamp> file_stamp(const std::string& path);
int64_t now_ns();  // the wall clock, as a FileStamp's times count

// A regular file opened for reading parts of it by offset, with its size
// as it was when it was opened (what others append afterwards is not
// counted). Size 0 when the file is missing, empty or not a regular file:
// the caller treats that as no file. A file replaced by renaming
// (util/atomic_file) is still read as it was: the descriptor holds it.
// (Not mapped: a reader that looks at a few bytes of every 30 KB of a
// mapping has the kernel map in the pages around each, and the whole file
// counts in the process's memory.)
class ReadOnlyFile {
 public:
  explicit ReadOnlyFile(const std::string& path);
  ~ReadOnlyFile();
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
  uint64_t size() const { return size_; }
  // Copies `size` bytes from `offset` into `out` with pread(2), from the
  // file as it is now. False when the file is shorter now or cannot be read.
  bool read_at(uint64_t offset, size_t size, std::string& out) const;

 private:
  uint64_t size_ = 0;
  int fd_ = -1;
};

// Appends `bytes` to the file at `path` (created if missing) in one write(2),
// so that two processes appending at once do not interleave within it. False,
// and the system's reason in `error`, when it could not; a short write leaves
// a partial tail, which a reader of the file must recognise.
bool append_to_file(const std::string& path, std::string_view bytes, std::string& error);

}  // namespace scip::util
