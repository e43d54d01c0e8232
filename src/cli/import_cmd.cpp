// cli/import_cmd — `scip import DOCUMENT [-o plan.yaml] [--report]`.
//
// Reads the document (a .docx through util/docx_text; any other file as text,
// UTF-8 or GB18030, util/decode), turns it into paragraphs and a draft
// (draft/source_text, draft/draft_plan), and writes the draft as YAML
// (draft/draft_writer) to standard output or -o FILE, which it never writes
// over unless --force. Targets are matched against the indicator catalog of
// --catalog (default: the catalogs under plans/, when that folder exists).
// A one-line summary goes to standard error; --report lists every guess.
//
// Exit codes: 0 drafted; 1 drafted, but incomplete: no action, project or
// task was found, no region (give --region), or an action without a lead
// department (scip check would report it); 2 usage errors, a document
// that cannot be read, an -o FILE that exists, a --region the registry lacks.
#include "cli/import_cmd.h"

#include <filesystem>
#include <iostream>

#include "draft/draft_plan.h"
#include "draft/draft_writer.h"
#include "draft/source_text.h"
#include "region/registry.h"
#include "util/decode.h"
#include "util/docx_text.h"
#include "util/text.h"

namespace scip::cli {

namespace {

namespace fs = std::filesystem;

// The document's lines (a .docx: its paragraphs), or nullopt with `error` set.
std::optional<std::vector<std::string>> document_lines(const std::string& path, uint64_t max_size, std::string& error) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    error = ec.message();
    return std::nullopt;
  }
  if (max_size && size > max_size) {
    error = fmt::format("{} bytes, more than --max-file-size {}", size, max_size);
    return std::nullopt;
  }
  if (util::ends_with(util::lower_ascii(path), ".docx")) {
    try {
      return util::docx_paragraphs(path);
    } catch (const util::DocxError& e) {
      error = e.what();
      return std::nullopt;
    }
  }
  auto src = util::open_file_source(path, error);
  if (!src) return std::nullopt;
  util::Detection det = util::detect_encoding(*src);
  size_t bad = 0;
  auto text = util::decode_all(*src, det.encoding, &bad);
  if (!text) {
    error = fmt::format("byte {} is not {}", bad, util::encoding_name(det.encoding));
    return std::nullopt;
  }
  std::vector<std::string> lines;
  size_t from = 0;
  while (from <= text->size()) {
    size_t nl = text->find('\n', from);
    lines.push_back(text->substr(from, nl == std::string::npos ? std::string::npos : nl - from));
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
  return lines;
}

// The indicator catalog to match targets against: from --catalog, or plans/.
std::optional<plan::Catalog> load_catalog(const ImportCmdOptions& o, i18n::Lang lang) {
  std::string where = o.catalog;
  std::error_code ec;
  if (where.empty() && fs::is_directory("plans", ec)) where = "plans";
  if (where.empty()) return std::nullopt;
  check::CheckOptions copts;
  copts.lang = lang;
  copts.max_file_size = o.max_file_size;
  check::CheckResult r = check::check_paths({where}, copts);
  plan::Catalog all;
  for (const auto& f : r.files)
    if (f->catalog) all.indicators.insert(all.indicators.end(), f->catalog->indicators.begin(), f->catalog->indicators.end());
  if (all.indicators.empty()) return std::nullopt;
  return all;
}

size_t count_remarks(const draft::Draft& d) {
  size_t n = d.header_remarks.size();
  auto targets = [&](const std::vector<draft::DraftTarget>& ts) {
    for (const auto& t : ts) n += t.remarks.size();
  };
  for (const auto& g : d.goals) targets(g.targets);
  for (const auto& a : d.actions) {
    n += a.remarks.size();
    targets(a.targets);
    for (const auto& t : a.tasks) {
      n += t.remarks.size();
      targets(t.targets);
    }
  }
  return n;
}

}  // namespace

CLI::App* setup_import(CLI::App& app, ImportCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("import", i18n::tr(lang, "help.import"));
  cmd->add_option("document", o.document, i18n::tr(lang, "help.import.document"))->required()->type_name("DOCUMENT");
  cmd->add_flag("--report", o.report, i18n::tr(lang, "help.import.report"));
  cmd->add_option("--region", o.region, i18n::tr(lang, "help.import.region"))->type_name("CODE");
  cmd->add_option("--catalog", o.catalog, i18n::tr(lang, "help.import.catalog"))->type_name("PATH");
  cmd->add_flag("--force", o.force, i18n::tr(lang, "help.import.force"));
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.import.examples"));
  return cmd;
}

int run_import(const ImportCmdOptions& o, const GlobalOptions& g, i18n::Lang lang) {
  std::error_code ec;
  if (!g.output.empty() && fs::exists(g.output, ec) && !o.force) {
    std::cerr << "scip: " << i18n::tr(lang, "import.error.exists", fmt::arg("path", g.output)) << "\n";
    return kUsage;
  }
  const region::Record* given = o.region.empty() ? nullptr : region::Registry::builtin().find(o.region);
  if (!o.region.empty() && !given) {
    std::cerr << "scip: " << i18n::tr(lang, "init.error.region", fmt::arg("value", o.region)) << "\n";
    return kUsage;
  }
  std::string error;
  auto lines = document_lines(o.document, o.max_file_size, error);
  if (!lines) {
    std::cerr << "scip: " << i18n::tr(lang, "import.error.read", fmt::arg("path", o.document), fmt::arg("reason", error)) << "\n";
    return kUsage;
  }
  auto catalog = load_catalog(o, lang);
  draft::DraftOptions dopts;
  dopts.lang = lang;
  dopts.catalog = catalog ? &*catalog : nullptr;
  dopts.source = o.document;
  if (given) dopts.region = given->code;
  draft::Draft d = draft::draft_plan(draft::paragraphs_of(*lines), dopts);
  std::cout << draft::draft_yaml(d, o.document, lang);
  if (o.report) draft::write_draft_report(std::cerr, d, o.document, lang);
  else
    std::cerr << "scip: " << i18n::tr(lang, "import.summary", fmt::arg("document", o.document), fmt::arg("todo", count_remarks(d)))
              << "\n";
  bool empty = d.actions.empty();
  if (empty) std::cerr << "scip: " << i18n::tr(lang, "import.error.empty", fmt::arg("document", o.document)) << "\n";
  if (d.region_code.empty()) std::cerr << "scip: " << i18n::tr(lang, "import.error.no-region", fmt::arg("document", o.document)) << "\n";
  if (d.without_lead)
    std::cerr << "scip: "
              << i18n::tr(lang, "import.error.no-lead", fmt::arg("document", o.document), fmt::arg("count", d.without_lead)) << "\n";
  return empty || d.region_code.empty() || d.without_lead ? kFound : kOk;
}

}  // namespace scip::cli
