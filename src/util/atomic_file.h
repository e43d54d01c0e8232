// util/atomic_file — writing an output file so that it is either the whole
// new content or untouched.
//
// `scip progress -o report.csv` may be stopped half-way (Ctrl-C, a full disk,
// an error found late). Writing straight into report.csv would leave it
// truncated, and last week's good report lost. So the output goes to a
// temporary file beside the target (same folder, so the same file system),
// is flushed and fsync'ed, and only then renamed over the target, which POSIX
// makes atomic. Anything short of commit() removes the temporary file and
// leaves the target as it was.
//
// The check cache writes its entries the same way, without the fsync: an
// entry lost or torn by a power cut is a cache miss (entries carry their key
// and are read to the last byte), and thousands of syncs would slow a first
// run of a national corpus for no gain.
#pragma once

#include <memory>
#include <ostream>
#include <string>

namespace scip::util {

class AtomicFile {
 public:
  enum class Sync { yes, no };  // whether commit() fsyncs before renaming

  // Creates the temporary file; check ok() / error().
  explicit AtomicFile(std::string path, Sync sync = Sync::yes);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }  // strerror-style, English
  std::ostream& stream() { return *stream_; }

  // Flushes, syncs and renames into place; false (and error()) on failure,
  // in which case the target is untouched.
  bool commit();

 private:
  struct Impl;
  std::string path_, tmp_;
  std::string error_;
  std::unique_ptr<Impl> impl_;
  std::ostream* stream_ = nullptr;
  bool done_ = false;
  Sync sync_;
};

}  // namespace scip::util
