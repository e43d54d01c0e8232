// util/xml_sax — see xml_sax.h.
#include "util/xml_sax.h"

#include "util/zip_archive.h"

namespace scip::util {

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string xml_attr(const XML_Char** atts, std::string_view name) {
  for (size_t i = 0; atts[i]; i += 2)
    if (local_name(atts[i]) == name) return atts[i + 1];
  return {};
}

template <class F>
void SaxPass::guard(F&& f) {
  if (error_) return;
  try {
    f(*this);
  } catch (...) {
    error_ = std::current_exception();
    XML_StopParser(parser_, XML_FALSE);
  }
}

void SaxPass::fail(const std::string& part) {
  if (error_) std::rethrow_exception(error_);
  throw XmlError(part + ": " + XML_ErrorString(XML_GetErrorCode(parser_)) + " at line " +
                 std::to_string(XML_GetCurrentLineNumber(parser_)));
}

void SaxPass::run(const ZipArchive& zip, const std::string& part) {
  XML_Parser p = XML_ParserCreate("UTF-8");
  if (!p) throw XmlError("out of memory");
  parser_ = p;
  error_ = nullptr;
  XML_SetUserData(p, this);
  XML_SetElementHandler(
      p, [](void* self, const XML_Char* n, const XML_Char** a) { static_cast<SaxPass*>(self)->guard([&](SaxPass& s) { s.start(local_name(n), a); }); },
      [](void* self, const XML_Char* n) { static_cast<SaxPass*>(self)->guard([&](SaxPass& s) { s.end(local_name(n)); }); });
  XML_SetCharacterDataHandler(p, [](void* self, const XML_Char* t, int len) {
    static_cast<SaxPass*>(self)->guard([&](SaxPass& s) { s.text(std::string_view(t, static_cast<size_t>(len))); });
  });
  try {
    zip.stream(part, [&](std::string_view b) {
      if (XML_Parse(p, b.data(), static_cast<int>(b.size()), 0) == XML_STATUS_ERROR) fail(part);
    });
    if (XML_Parse(p, nullptr, 0, 1) == XML_STATUS_ERROR) fail(part);
  } catch (...) {
    XML_ParserFree(p);
    parser_ = nullptr;
    throw;
  }
  XML_ParserFree(p);
  parser_ = nullptr;
}

}  // namespace scip::util
