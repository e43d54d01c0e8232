# Writes OUT: a C++ file with one raw string per schema file in FILES, looked up
# by the file's stem ("plan", "indicators", "findings"), and the list of those
# names (the document types). Run by the build, not by hand.
set(names "")
foreach(f IN LISTS FILES)
  get_filename_component(n ${f} NAME)
  string(REGEX REPLACE "\\.schema\\.json$" "" n ${n})
  string(APPEND names "\"${n}\", ")
endforeach()
set(body "// Generated from schemas/*.json by cmake/embed_schemas.cmake. Do not edit.\n#include <string_view>\n#include \"check/schema_source.h\"\nnamespace scip::check {\nconst std::vector<std::string>& document_types() {\n  static const std::vector<std::string> kTypes = {${names}};\n  return kTypes;\n}\nstd::string_view embedded_schema(std::string_view name) {\n")
foreach(f IN LISTS FILES)
  file(READ ${f} content)
  get_filename_component(n ${f} NAME)
  string(REGEX REPLACE "\\.schema\\.json$" "" n ${n})
  string(APPEND body "  if (name == \"${n}\") return R\"scip_schema(${content})scip_schema\";\n")
endforeach()
string(APPEND body "  return {};\n}\n}  // namespace scip::check\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
