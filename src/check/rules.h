// check/rules — the semantic rules, after the schema.
//
// check_plan looks inside one plan (ids, departments, deadlines, targets);
// check_catalog inside one indicator catalog. check_corpus looks across all
// files of a run: plan ids, parent plans, `continues:` lineage and targets
// against the catalog. Corpus rules work only from the per-file models and
// documents, so a future per-file cache can never make them stale.
//
// Every rule reports through Diagnostics with a code from rule_catalog; each
// has a fixture under tests/cli/ that triggers it.
#pragma once

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/corpus_site.h"
#include "check/diagnostic.h"
#include "plan/document.h"
#include "plan/corpus.h"
#include "plan/model.h"
#include "submission/figure.h"
#include "util/decode.h"
#include "util/files.h"
#include "util/text.h"

namespace scip::check {

void check_plan(const plan::Plan& plan, const plan::Document& doc, Diagnostics& out);

// ---- regions against the registry (rules_regions.cpp) ----------------------

// A plan's own region and the regions it lists: codes in force during the
// plan's period, names as the registry has them (called by check_plan).
void check_plan_regions(const plan::Plan& plan, const plan::Document& doc, Diagnostics& out);

struct RegionProblem {
  std::string code, message, hint;
};
// What is wrong with a region code used for the years [from, to]: it never
// existed (region-code-unknown), or it was abolished before (region-code-abolished).
std::optional<RegionProblem> region_code_problem(std::string_view code, int from, int to, i18n::Lang lang);
// A real code that the corpus does not hold: where it is, and which plans
// were checked (region-elsewhere).
std::optional<RegionProblem> region_elsewhere(std::string_view code, int year, const plan::Corpus& corpus,
                                              i18n::Lang lang);
void check_catalog(const plan::Catalog& catalog, const plan::Document& doc, Diagnostics& out);

// The corpus rules see a file's document only through its sites
// (check/corpus_site.h): the positions the check cache keeps.
struct PlanFile {
  const plan::Plan* plan;
  SitedDocument doc;
};
struct CatalogFile {
  const plan::Catalog* catalog;
  SitedDocument doc;
};

void check_corpus(const std::vector<PlanFile>& plans, const std::vector<CatalogFile>& catalogs,
                  Diagnostics& out);

// duplicate-id for the elements of `items` (anything with `id` and `ptr`)
// whose id an earlier one has; `kind` names them ("kind.finding").
template <class Items>
void report_duplicate_ids(const Items& items, std::string_view kind, const plan::Document& doc, Diagnostics& out) {
  std::map<std::string, std::string> seen;
  for (const auto& x : items) {
    auto [it, fresh] = seen.emplace(x.id, x.ptr);
    if (!fresh && !x.id.empty())
      out.add("duplicate-id", doc.path, doc.pos(x.ptr + "/id"),
              out.tr("diag.duplicate-id", fmt::arg("kind", out.tr(kind)), fmt::arg("id", util::quoted(x.id)),
                     fmt::arg("line", doc.pos(it->second + "/id").line)),
              out.tr("hint.duplicate-id"));
  }
}

// ---- findings: an inspection's 问题清单 (rules_findings.cpp) ----------------

// Inside one findings file: dates against the inspection, closure with its
// date, evidence and re-check, the status history, departments, ids.
void check_findings(const plan::Findings& findings, const plan::Document& doc, Diagnostics& out);

struct FindingsFile {
  const plan::Findings* findings;
  SitedDocument doc;
};
// Across files: the regions of findings (the registry, and the plans'
// regions), and what `concerns:` names in the plan `plan:` names.
void check_findings_corpus(const std::vector<FindingsFile>& findings, const std::vector<PlanFile>& plans, Diagnostics& out);

// ---- task ledgers (rules_ledger.cpp) ----------------------------------------

// Inside one ledger: periods, an entry repeated, 已完成 with its day.
void check_ledger(const plan::Ledger& ledger, const plan::Document& doc, Diagnostics& out);

struct LedgerFile {
  const plan::Ledger* ledger;
  SitedDocument doc;
};
// Against the plan `plan:` names: the tasks and milestones exist, the periods
// lie in the plan's, the regions are the plan's region or below it.
void check_ledger_corpus(const std::vector<LedgerFile>& ledgers, const std::vector<PlanFile>& plans, Diagnostics& out);

// ---- scoring rubrics (rules_rubric.cpp) -------------------------------------

// Inside one rubric: item ids.
void check_rubric(const plan::Rubric& rubric, const plan::Document& doc, Diagnostics& out);

struct RubricFile {
  const plan::Rubric* rubric;
  SitedDocument doc;
};
// Against the plan: the targets (measured in each region) and milestones the items name.
void check_rubric_corpus(const std::vector<RubricFile>& rubrics, const std::vector<PlanFile>& plans, Diagnostics& out);

// The years of the n-th five-year plan (13 -> 2016..2020); {0,0} if unknown.
std::pair<int, int> fyp_years(int n);

}  // namespace scip::check

// ---- reading files (rules_file.cpp) ----------------------------------------

namespace scip::check {

// A path that gave no file: read-error, or file-too-large.
void report_path_error(Diagnostics& out, const util::PathError& e);

// invalid-encoding when `error_offset` is set, else decoded-encoding (a note)
// when the file was not UTF-8.
void report_encoding(Diagnostics& out, const std::string& path, const util::Detection& det,
                     std::optional<size_t> error_offset);

// A whole YAML file as UTF-8 text with LF or CRLF line ends: UTF-16 and
// GB18030 decoded, lone CRs made LFs, each with a note; nullopt (after an
// invalid-encoding error) when the bytes are none of these encodings.
std::optional<std::string> decode_text(Diagnostics& out, const std::string& path, std::string bytes);

// invisible-character: the first control character (NUL, ESC, C1…) or
// byte-order mark inside `text`, with how many there are.
void report_invisible(Diagnostics& out, const std::string& path, std::string_view text);

// keyboard-slip (rules_slips.cpp): full-width ： ， － ＃ or an ideographic
// space typed where YAML needs : , - # or a space, each reported at its place;
// returns the text with them repaired, to be parsed as meant.
std::string repair_keyboard_slips(Diagnostics& out, const std::string& path, std::string text);

}  // namespace scip::check

// ---- submissions (rules_submission.cpp) -----------------------------------

namespace scip::check {

struct SubmissionFile {
  util::BigVector<submission::Figure> figures;  // one per (region, indicator, period) of this file
  submission::Rejected rejected;            // rows refused by an error
  uint32_t value_column = 0;                // the value's field number (FigureSet::value_columns)
  bool unreadable = false;
  bool has_header = false;                  // a sheet: whether a header row was found (one was read)
};

// One table of submitted figures: a CSV file, or one sheet of a workbook.
struct SubmissionTable {
  std::string path;
  int sheet = -1;          // the sheet's index in its workbook; -1 for a CSV
  std::string sheet_name;  // shown in positions: book.xlsx:Sheet!D7
  bool only_sheet = true;   // the workbook's only visible sheet: a missing header is an error, not a note
  bool first_sheet = true;  // the workbook's first visible sheet (file-wide diagnostics are said there)
};

// Reads one submission table (a CSV from disk, or from `bytes` when given;
// a workbook's sheet from disk), checks every row against the corpus and
// keeps the good rows. Streaming: memory holds one record and one Figure per
// distinct (region, indicator, period).
// `keep_refused`: CheckOptions::keep_refused.
SubmissionFile check_submission(const SubmissionTable& table, const std::string* bytes, uint32_t file_index,
                                const plan::Corpus& corpus, const util::Date& as_of, Diagnostics& out,
                                bool keep_refused = true);
// check_submission keeps, per thread, the memory it reads a file's figures
// into, for the next file; this gives the calling thread's back (the main
// thread reads files too, and lives on after them).
void release_file_buffers();

// The tables of the submission files: each CSV, and each visible sheet of
// each workbook (a hidden sheet is a note; a workbook that cannot be opened,
// an error). `unreadable` is set for a path that is not a readable file.
std::vector<SubmissionTable> submission_tables(const std::vector<std::string>& paths, Diagnostics& out,
                                               bool& unreadable);

// A diagnostic at a kept figure's value: its file, and in a workbook its sheet.
Diagnostic& add_at_figure(Diagnostics& out, const submission::FigureSet& set, std::string_view code,
                          const submission::Figure& f, std::string message, std::string hint = {});

// Joins the files' reports (in walk order) into one set; the same key in two
// files is reported like the same key twice in one. The repeated keys are
// found on `threads` threads (0: one per core).
void merge_submissions(std::vector<SubmissionFile>& files, const std::vector<std::string>& paths,
                       const plan::Corpus& corpus, submission::FigureSet& out, Diagnostics& diags,
                       unsigned threads = 0);

// The rules below run on `threads` threads (0: one per core), each thread
// taking a stretch of at least `fewest` series (periods) or figures
// (plausible): fewer are not worth a thread. Whatever the threads and the
// stretches, the diagnostics, their order and the figures kept are those of
// one pass; tests make the stretches small.
inline constexpr size_t kFewestPerThread = size_t{1} << 15;

// The figures of each region and indicator side by side in time
// (rules_periods.cpp): for a flow, a figure within another's period is marked
// covered (period-covered); for a level, two figures ending the same day must agree
// (conflicting-level). Refused figures are removed from `set`.
void check_periods(submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out, unsigned threads = 0,
                   size_t fewest = kFewestPerThread);

// Each kept figure against the largest target for its indicator in its region
// or a region above it (rules_plausible.cpp): more than ten times that whole
// target is a warning (implausible-value) with both numbers.
void check_plausible(const submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out,
                     unsigned threads = 0, size_t fewest = kFewestPerThread);

// A region's own figure against the total of the regions directly under it,
// same indicator and period (rules_parts.cpp): a warning (parts-disagree)
// with both numbers when they differ by more than 1% (or exceed it, when not
// every region under it reported). Never for rates. The parts are summed in
// passes of about `figures_per_pass` figures each, on `threads` threads (0:
// one per core) (the diagnostics are the same whatever they are; tests make
// the passes small).
inline constexpr size_t kPartsFiguresPerPass = size_t{1} << 20;
void check_parts(const submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out,
                 size_t figures_per_pass = kPartsFiguresPerPass, unsigned threads = 0);

}  // namespace scip::check
