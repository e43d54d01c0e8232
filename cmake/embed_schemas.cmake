# Writes OUT: a C++ file with one raw string per schema file in FILES, looked up
# by the file's stem ("plan", "indicators"). Run by the build, not by hand.
set(body "// Generated from schemas/*.json by cmake/embed_schemas.cmake. Do not edit.\n#include <string_view>\n#include \"check/schema_source.h\"\nnamespace scip::check {\nstd::string_view embedded_schema(std::string_view name) {\n")
foreach(f IN LISTS FILES)
  file(READ ${f} content)
  get_filename_component(n ${f} NAME)
  string(REGEX REPLACE "\\.schema\\.json$" "" n ${n})
  string(APPEND body "  if (name == \"${n}\") return R\"scip_schema(${content})scip_schema\";\n")
endforeach()
string(APPEND body "  return {};\n}\n}  // namespace scip::check\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
