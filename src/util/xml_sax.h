// util/xml_sax — one streaming pass over an XML part of a ZIP archive (expat).
//
// The Office Open XML readers (xlsx_reader for workbooks, docx_text for Word
// documents) each walk a few parts of a ZIP file: a subclass says what to do
// at each start tag, end tag and run of text. Element and attribute names are
// compared without their namespace prefix (`w:p` is `p`), as writers differ.
// A handler may throw: expat is C code, so the exception is kept, the parse
// stopped, and the exception thrown again from run(). A part that is not
// well-formed XML throws XmlError with expat's reason and the line.
#pragma once

#include <expat.h>

#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>

namespace scip::util {

class ZipArchive;

class XmlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The element or attribute name without its namespace prefix.
std::string_view local_name(const XML_Char* name);
// The value of the attribute `name` (without prefix), or "".
std::string xml_attr(const XML_Char** atts, std::string_view name);

class SaxPass {
 public:
  virtual ~SaxPass() = default;
  virtual void start(std::string_view name, const XML_Char** atts) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}

  // Streams `part` of `zip` through the handlers.
  void run(const ZipArchive& zip, const std::string& part);

 private:
  template <class F>
  void guard(F&& f);
  [[noreturn]] void fail(const std::string& part);
  XML_Parser parser_ = nullptr;
  std::exception_ptr error_;
};

}  // namespace scip::util
