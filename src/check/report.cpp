// check/report — see report.h.
#include "check/report.h"

#include <fmt/format.h>

#include <cstdlib>
#include <map>
#include <tuple>

#include "check/report_formats.h"
#include "util/hash.h"
#include "util/json_writer.h"
#include "util/text.h"

namespace scip::check {

SeverityCounts count(const std::vector<Diagnostic>& ds) {
  SeverityCounts c;
  for (const auto& d : ds) {
    if (d.severity == Severity::error) ++c.errors;
    else if (d.severity == Severity::warning) ++c.warnings;
    else ++c.notes;
  }
  return c;
}

std::optional<DiagnosticFormat> parse_format(std::string_view name) {
  if (name == "auto") {
    const char* gha = std::getenv("GITHUB_ACTIONS");
    return gha && std::string_view(gha) == "true" ? DiagnosticFormat::github : DiagnosticFormat::text;
  }
  if (name == "text") return DiagnosticFormat::text;
  if (name == "json") return DiagnosticFormat::json;
  if (name == "github") return DiagnosticFormat::github;
  if (name == "sarif") return DiagnosticFormat::sarif;
  if (name == "junit") return DiagnosticFormat::junit;
  if (name == "gitlab") return DiagnosticFormat::gitlab;
  return std::nullopt;
}

std::string omitted_text(const DiagnosticOptions& o, size_t omitted) {
  return i18n::tr(o.lang, "summary.omitted", fmt::arg("n", omitted), fmt::arg("max", o.max_diagnostics));
}

std::string message_with_hint(const Diagnostic& d) {
  std::string cell = cell_of(d), text = d.hint.empty() ? d.message : d.message + " (" + d.hint + ")";
  return cell.empty() ? text : cell + ": " + text;  // formats with lines only: the cell says where
}

std::vector<std::string> fingerprints(const std::vector<const Diagnostic*>& ds) {
  std::map<std::tuple<std::string_view, std::string_view, std::string_view>, int> seen;
  std::vector<std::string> out;
  out.reserve(ds.size());
  for (const Diagnostic* d : ds) {
    int rank = seen[{d->code, d->file, d->message}]++;
    std::string key = d->code + '\0' + d->file + '\0' + d->message + '\0' + std::to_string(rank);
    out.push_back(util::hash128(key).hex());
  }
  return out;
}

namespace {

const char* kReset = "\x1b[0m";
const char* kBold = "\x1b[1m";

const char* severity_color(Severity s) {
  return s == Severity::error ? "\x1b[1;31m" : s == Severity::warning ? "\x1b[1;33m" : "\x1b[1;36m";
}

// A file name can hold anything but '/' and NUL, escape sequences included.
std::string location(const Diagnostic& d) { return place_of(d); }

std::vector<const Diagnostic*> visible(const std::vector<Diagnostic>& ds, const DiagnosticOptions& o) {
  std::vector<const Diagnostic*> v;
  for (const auto& d : ds)
    if (!o.quiet || d.severity == Severity::error) v.push_back(&d);
  return v;
}

std::string summary_line(const DiagnosticOptions& o, const SeverityCounts& c) {
  std::string s = i18n::tr(o.lang, o.files == 1 ? "summary.files.one" : "summary.files", fmt::arg("n", o.files));
  s += i18n::tr(o.lang, c.errors == 1 ? "summary.errors.one" : "summary.errors", fmt::arg("n", c.errors));
  s += i18n::tr(o.lang, c.warnings == 1 ? "summary.warnings.one" : "summary.warnings", fmt::arg("n", c.warnings));
  if (c.notes) s += i18n::tr(o.lang, c.notes == 1 ? "summary.notes.one" : "summary.notes", fmt::arg("n", c.notes));
  return s;
}

void write_text(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o, const SeverityCounts& c) {
  size_t shown = 0;
  for (const Diagnostic* d : ds) {
    if (shown == o.max_diagnostics) break;
    ++shown;
    std::string sev = std::string(severity_name(d->severity));
    if (o.color)
      out << kBold << location(*d) << kReset << ": " << severity_color(d->severity) << sev << "[" << d->code << "]"
          << kReset << ": " << kBold << util::neutralize_controls(d->message) << kReset << "\n";
    else
      out << location(*d) << ": " << sev << "[" << d->code << "]: " << util::neutralize_controls(d->message) << "\n";
    std::string_view line = !d->excerpt.empty() ? std::string_view(d->excerpt)
                            : d->pos.known() && o.source_line ? o.source_line(d->file, d->pos.line)
                                                              : std::string_view{};
    int caret = d->excerpt.empty() ? d->pos.column : d->excerpt_column;
    if (!line.empty()) {
      std::string num = std::to_string(d->pos.line);
      std::string gutter(num.size(), ' ');
      util::ShownLine shown = util::show_line(line, static_cast<size_t>(std::max(caret, 1)));
      out << " " << num << " | " << shown.text << "\n";
      // The caret goes under the column: count the display width of what precedes it.
      std::u32string cps = util::decode_utf8(shown.text);
      std::string pad;
      for (size_t i = 0; i + 1 < shown.column && i < cps.size(); ++i)
        pad += cps[i] == '\t' ? std::string("\t") : std::string(static_cast<size_t>(util::char_width(cps[i])), ' ');
      out << " " << gutter << " | " << pad << (o.color ? severity_color(d->severity) : "") << "^"
          << (o.color ? kReset : "") << "\n";
    }
    if (!d->hint.empty()) out << "  = " << i18n::tr(o.lang, "label.hint") << ": " << util::neutralize_controls(d->hint) << "\n";
  }
  if (ds.size() > shown)
    out << omitted_text(o, ds.size() - shown) << "\n";
  out << summary_line(o, c) << "\n";
}

void write_json(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o,
                const SeverityCounts& c) {
  util::JsonWriter w(out);
  w.begin_object().key("diagnostics").begin_array(true);
  size_t shown = 0;
  for (const Diagnostic* d : ds) {
    if (shown == o.max_diagnostics) break;
    ++shown;
    w.begin_object().field("file", d->file).field("line", d->pos.line).field("column", d->pos.column);
    if (!d->sheet.empty()) w.field("sheet", d->sheet).field("cell", cell_of(*d));
    w.field("severity", severity_name(d->severity)).field("code", d->code).field("message", d->message);
    w.field("hint", d->hint).end_object();
  }
  w.end_array().key("summary").begin_object();
  w.field("files", o.files).field("errors", c.errors).field("warnings", c.warnings).field("notes", c.notes);
  w.field("omitted", ds.size() - shown).end_object().end_object();
  out << "\n";
}

// GitHub's workflow commands escape %, CR and LF in messages, and also : and ,
// in property values. Other control characters are neutralised first: the
// log is shown in a terminal-like view too.
std::string gh_escape(std::string_view raw, bool property) {
  std::string s = util::neutralize_controls(raw), out;
  for (char ch : s) {
    if (ch == '%') out += "%25";
    else if (ch == '\r') out += "%0D";
    else if (ch == '\n') out += "%0A";
    else if (property && ch == ':') out += "%3A";
    else if (property && ch == ',') out += "%2C";
    else out.push_back(ch);
  }
  return out;
}

void write_github(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o, const SeverityCounts& c) {
  size_t shown = 0;
  for (Severity sev : {Severity::error, Severity::warning, Severity::note})
    for (const Diagnostic* d : ds) {
      if (d->severity != sev || shown == o.max_diagnostics) continue;
      ++shown;
      const char* cmd = sev == Severity::error ? "error" : sev == Severity::warning ? "warning" : "notice";
      out << "::" << cmd << " file=" << gh_escape(d->file, true);
      if (d->pos.known()) out << ",line=" << d->pos.line << ",col=" << d->pos.column;
      out << ",title=" << gh_escape(d->code, true) << "::"
          << gh_escape(message_with_hint(*d), false) << "\n";
    }
  if (ds.size() > shown)
    out << omitted_text(o, ds.size() - shown) << "\n";
  out << summary_line(o, c) << "\n";
}

}  // namespace

void write_report(std::ostream& out, const std::vector<Diagnostic>& ds, const DiagnosticOptions& o) {
  SeverityCounts c = count(ds);
  std::vector<const Diagnostic*> v = visible(ds, o);
  switch (o.format) {
    case DiagnosticFormat::text: write_text(out, v, o, c); break;
    case DiagnosticFormat::json: write_json(out, v, o, c); break;
    case DiagnosticFormat::github: write_github(out, v, o, c); break;
    case DiagnosticFormat::sarif: write_sarif(out, v, o); break;
    case DiagnosticFormat::junit: write_junit(out, v, o); break;
    case DiagnosticFormat::gitlab: write_gitlab(out, v, o); break;
  }
}

}  // namespace scip::check
