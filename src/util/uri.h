// util/uri — file paths as URI references (RFC 3986), for SARIF.
//
// A relative path stays relative ("plans/中卫市.yaml" → "plans/%E4%B8%AD…"):
// code scanning resolves it against the repository root. Every byte outside
// the unreserved set and '/' is percent-encoded, so spaces, '#', '?' and
// Chinese names survive. A backslash is taken as a separator.
#pragma once

#include <string>
#include <string_view>

namespace scip::util {

std::string path_to_uri(std::string_view path);

}  // namespace scip::util
