// util/files — finding and reading the files a command was given.
//
// Folders are walked recursively (symbolic links to folders are not followed,
// so a link loop cannot trap the walk), files are matched by extension, and
// the result is sorted so every run sees the same order. A path that cannot be
// read is returned as an error with the system's reason, never skipped.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace scip::util {

struct PathError {
  std::string path;
  std::string reason;  // strerror-style, in English (from the OS)
  bool missing = false;
};

struct Walk {
  std::vector<std::string> files;
  std::vector<PathError> errors;
};

// Files under `paths` whose names end in one of `extensions` (".yaml").
// A file named directly is taken whatever its extension.
Walk walk(const std::vector<std::string>& paths, const std::vector<std::string>& extensions);

// The whole file, or the reason it could not be read.
struct ReadResult {
  std::optional<std::string> bytes;
  std::string error;
};
ReadResult read_file(const std::string& path);

}  // namespace scip::util
