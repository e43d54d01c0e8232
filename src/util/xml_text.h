// util/xml_text — text made safe inside an XML 1.0 document.
//
// XML 1.0 has no escape for most control characters: a NUL or an ESC in a
// diagnostic (a file name, a quoted cell) would make the whole JUnit report
// unreadable. They become U+FFFD, as does invalid UTF-8; the five markup
// characters become entities. One function serves text and attribute values
// (quotes are escaped in both).
#pragma once

#include <string>
#include <string_view>

namespace scip::util {

std::string xml_escape(std::string_view s);

}  // namespace scip::util
