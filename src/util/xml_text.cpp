// util/xml_text — see xml_text.h.
#include "util/xml_text.h"

#include "util/text.h"

namespace scip::util {

namespace {
// The characters XML 1.0 allows (production [2] Char of the specification).
bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}
}  // namespace

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : decode_utf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // A literal CR or LF in an attribute is normalised to a space by parsers.
      case '\r': out += "&#13;"; break;
      case '\n': out += "&#10;"; break;
      default: append_utf8(out, xml_char(c) ? c : char32_t{0xFFFD});
    }
  }
  return out;
}

}  // namespace scip::util
