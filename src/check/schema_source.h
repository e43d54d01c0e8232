// check/schema_source — the JSON Schemas embedded at build time.
//
// cmake/embed_schemas.cmake turns schemas/<name>.schema.json into a string in
// the binary, so the schema a user reads in schemas/ (and that editors load
// through `# yaml-language-server: $schema=`) is byte for byte the one scip
// validates against. `scip schema NAME` prints it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scip::check {

// The document types, one per file in schemas/: "plan", "indicators", "findings".
const std::vector<std::string>& document_types();

// The schema text of a document type; empty for any other name.
std::string_view embedded_schema(std::string_view name);

}  // namespace scip::check
