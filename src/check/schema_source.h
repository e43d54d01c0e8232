// check/schema_source — the JSON Schemas embedded at build time.
//
// cmake/embed_schemas.cmake turns schemas/<name>.schema.json into a string in
// the binary, so the schema a user reads in schemas/ (and that editors load
// through `# yaml-language-server: $schema=`) is byte for byte the one scip
// validates against. `scip schema NAME` prints it.
#pragma once

#include <string_view>

namespace scip::check {

// The schema text for "plan" or "indicators"; empty for any other name.
std::string_view embedded_schema(std::string_view name);

}  // namespace scip::check
