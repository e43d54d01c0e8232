// check/checker — `scip check` without the command line: a corpus in,
// diagnostics out.
//
// The files of a run form one corpus. Each file is read, parsed, typed,
// validated against its schema and checked on its own, on all cores at once
// (yaml-cpp is slow, so parsing in parallel is what makes a national corpus
// fast; each file is parsed exactly once). Then the corpus rules run over the
// per-file results, and the diagnostics are sorted by file (in walk order),
// line and column, so the output is the same whatever the thread timing.
//
// With a cache folder (--cache), a YAML file whose bytes were checked before
// is not parsed again: its own result is read back (check/result_cache.h);
// the corpus rules and the CSVs always run.
//
// CSV files are submissions: they are checked after the YAML files, against
// the corpus those make (regions, indicators, plan periods), again one file
// per core, each read as a stream (check/rules_submission.cpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "plan/document.h"
#include "plan/corpus.h"
#include "plan/model.h"
#include "submission/figure.h"

namespace scip::check {

// One YAML file after its own checks. Its document keeps only the text and
// the positions that the corpus rules report at (check/corpus_site.h).
struct CheckedFile {
  plan::Document doc;
  std::optional<plan::Plan> plan;
  std::optional<plan::Catalog> catalog;
  std::optional<plan::Findings> findings;
  std::optional<plan::Ledger> ledger;
  std::optional<plan::Rubric> rubric;
};

struct CheckResult {
  std::vector<std::unique_ptr<CheckedFile>> files;  // in walk order (YAML files)
  std::unique_ptr<plan::Corpus> corpus;                   // regions and indicators of the plans and catalogs
  submission::FigureSet figures;  // the good rows of the CSV files
  std::vector<Diagnostic> diagnostics;              // sorted
  std::vector<std::string> checked_files;           // the files reported on: the paths' files, not the context's
  bool unreadable = false;                          // some path could not be read (exit 2)
  std::string cache_error;                          // the first entry the cache could not write
  size_t cache_hits = 0;                            // YAML files whose result came from the cache
};

struct CheckOptions {
  i18n::Lang lang = i18n::Lang::en;
  unsigned threads = 0;  // 0: one per core
  std::optional<util::Date> as_of;  // submissions after it are errors; default today
  // YAML files are read whole: a larger one is refused (file-too-large)
  // rather than take seconds and memory. 0: no limit. CSVs are streamed.
  uint64_t max_file_size = kDefaultMaxFileSize;
  static constexpr uint64_t kDefaultMaxFileSize = 8u << 20;
  // Per-file results are kept in this folder (check/result_cache.h); empty: no cache.
  std::string cache_dir;
  // Files under these paths are read as part of the corpus (plans that are
  // parents, the catalog, the plans a submission is measured against) but
  // their own diagnostics are not reported: how a pre-commit hook checks the
  // changed files with the whole repository as context. A file both given and
  // under the context (under another spelling too) is read once, as given.
  std::vector<std::string> context;
  // Whether a plan keeps its prose (plan::release_prose) once its own rules
  // ran and its result is cached: false for a command that prints none of it
  // (check, progress), true for those that show tasks' titles and texts.
  bool keep_prose = true;
  // Whether each YAML file keeps the positions the corpus rules report at
  // (plan::Document::kept_pos) once those rules ran: false for progress,
  // which says nothing more about the plans and reads the figures next.
  bool keep_positions = true;
  // Whether a refused submission row whose region and indicator were read is
  // kept (submission::Rejected::figures), for the targets it concerns to say
  // so: false for check, which reports the row and nothing more.
  bool keep_refused = true;
};

CheckResult check_paths(const std::vector<std::string>& paths, const CheckOptions& opts);

// Whether a file is read as a CSV submission (*.csv) rather than as YAML.
bool is_submission(const std::string& path);

// The text of a checked YAML file as the checker read it (decoded, keyboard
// slips repaired, without a BOM), for the excerpt under a diagnostic: kept
// for a file given in memory, read again from disk otherwise — nullopt when
// its bytes changed since the check (or it cannot be read): no excerpt rather
// than the wrong line.
std::optional<std::string> source_text(const plan::Document& doc, i18n::Lang lang);

// The same on files given as (name, bytes) pairs, without touching the disk:
// what the unit tests use.
CheckResult check_sources(const std::vector<std::pair<std::string, std::string>>& sources, const CheckOptions& opts);

}  // namespace scip::check
