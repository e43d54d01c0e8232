// util/files — see files.h.
#include "util/files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

namespace scip::util {

namespace fs = std::filesystem;

namespace {
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
    if (ec || !fs::exists(st)) {
      out.errors.push_back({arg, ec ? ec.message() : "No such file or directory", true});
      continue;
    }
    if (!fs::is_directory(st)) {
      if (seen.insert(arg).second) out.files.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      out.errors.push_back({arg, ec.message(), false});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        out.errors.push_back({it->path().string(), ec.message(), false});
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
      if (has_ext(e.path(), extensions)) found.push_back(e.path().lexically_normal().string());
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found)
      if (seen.insert(f).second) out.files.push_back(std::move(f));
  }
  return out;
}

ReadResult read_file(const std::string& path) {
  ReadResult r;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    r.error = "Is a directory";
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    r.error = std::strerror(errno);
    return r;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    r.error = std::strerror(errno);
    return r;
  }
  r.bytes = std::move(bytes);
  return r;
}

}  // namespace scip::util
