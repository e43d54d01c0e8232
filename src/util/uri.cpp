// util/uri — see uri.h.
#include "util/uri.h"

namespace scip::util {

std::string path_to_uri(std::string_view path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  bool absolute = !path.empty() && (path[0] == '/' || path[0] == '\\');
  if (absolute) out = "file://";
  for (unsigned char c : path) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~';
    if (unreserved || c == '/') out.push_back(static_cast<char>(c));
    else if (c == '\\') out.push_back('/');
    else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

}  // namespace scip::util
