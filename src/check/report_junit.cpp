// check/report_junit — diagnostics as JUnit XML, what GitLab, Jenkins and
// most CI servers show as a test report.
//
// One <testsuite> per file checked (the file as its name), so a file with no
// problem shows as a passed test and a broken one names itself. Each
// diagnostic is a <testcase> named "code line:column": an error is a
// <failure>; a warning or a note passes and carries its text in
// <system-out>, since it does not fail `scip check` either — a skipped test
// would say the check did not run, which is false. With --strict a warning is
// a <failure>, as it fails the run. A file without diagnostics has one
// passing testcase, "scip check". Text is escaped for XML 1.0
// (util/xml_text.h); tests/junit_xml.sh reads the output back with Python's
// XML parser.
#include <map>

#include "check/report_formats.h"
#include "util/text.h"
#include "util/xml_text.h"

namespace scip::check {

namespace {

bool fails(const Diagnostic& d, const DiagnosticOptions& o) {
  return d.severity == Severity::error || (o.strict && d.severity == Severity::warning);
}

std::string where(const Diagnostic& d) { return place_of(d); }

std::string body(const Diagnostic& d, i18n::Lang lang) {
  std::string s = fmt::format("{}: {}[{}]: {}", where(d), severity_name(d.severity), d.code, d.message);
  if (!d.hint.empty()) s += "\n  = " + i18n::tr(lang, "label.hint") + ": " + d.hint;
  return s;
}

void write_case(std::ostream& out, const Diagnostic& d, const DiagnosticOptions& o) {
  std::string name = !d.sheet.empty() ? fmt::format("{} {}", d.code, cell_of(d))
                     : d.pos.known()  ? fmt::format("{} {}:{}", d.code, d.pos.line, d.pos.column)
                                      : d.code;
  out << "    <testcase name=\"" << util::xml_escape(name) << "\" classname=\"" << util::xml_escape(d.file) << "\"";
  if (d.pos.known()) out << " file=\"" << util::xml_escape(d.file) << "\" line=\"" << d.pos.line << "\"";
  out << ">\n";
  if (fails(d, o))
    out << "      <failure type=\"" << util::xml_escape(d.code) << "\" message=\"" << util::xml_escape(d.message) << "\">"
        << util::xml_escape(body(d, o.lang)) << "</failure>\n";
  else
    out << "      <system-out>" << util::xml_escape(body(d, o.lang)) << "</system-out>\n";
  out << "    </testcase>\n";
}

}  // namespace

void write_junit(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o) {
  size_t shown = std::min(ds.size(), o.max_diagnostics);
  // Files in the order checked, then any file only a diagnostic names.
  std::vector<std::string> files = o.file_names;
  std::map<std::string, std::vector<const Diagnostic*>> by_file;
  for (const auto& f : files) by_file[f];
  for (size_t i = 0; i < shown; ++i) {
    auto [it, added] = by_file.try_emplace(ds[i]->file);
    if (added) files.push_back(ds[i]->file);
    it->second.push_back(ds[i]);
  }
  size_t tests = 0, failures = 0;
  for (const auto& [file, list] : by_file) {
    tests += std::max<size_t>(list.size(), 1);
    for (const Diagnostic* d : list) failures += fails(*d, o);
  }
  bool omitted_fail = false;
  for (size_t i = shown; i < ds.size(); ++i) omitted_fail |= fails(*ds[i], o);
  if (ds.size() > shown) ++tests, failures += omitted_fail;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"scip check\" tests=\"" << tests << "\" failures=\"" << failures << "\" errors=\"0\">\n";
  for (const auto& file : files) {
    const auto& list = by_file[file];
    size_t f = 0;
    for (const Diagnostic* d : list) f += fails(*d, o);
    out << "  <testsuite name=\"" << util::xml_escape(file) << "\" tests=\"" << std::max<size_t>(list.size(), 1)
        << "\" failures=\"" << f << "\" errors=\"0\" skipped=\"0\">\n";
    if (list.empty())
      out << "    <testcase name=\"scip check\" classname=\"" << util::xml_escape(file) << "\"/>\n";
    for (const Diagnostic* d : list) write_case(out, *d, o);
    out << "  </testsuite>\n";
  }
  if (ds.size() > shown) {
    std::string text = omitted_text(o, ds.size() - shown);
    out << "  <testsuite name=\"scip\" tests=\"1\" failures=\"" << omitted_fail << "\" errors=\"0\" skipped=\"0\">\n"
        << "    <testcase name=\"--max-diagnostics\" classname=\"scip\">\n"
        << (omitted_fail ? "      <failure message=\"" + util::xml_escape(text) + "\"/>\n"
                         : "      <system-out>" + util::xml_escape(text) + "</system-out>\n")
        << "    </testcase>\n  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace scip::check
