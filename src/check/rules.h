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

#include <vector>

#include "check/diagnostic.h"
#include "plan/document.h"
#include "plan/corpus.h"
#include "plan/model.h"
#include "plan/submission.h"

namespace scip {

void check_plan(const Plan& plan, const Document& doc, Diagnostics& out);
void check_catalog(const Catalog& catalog, const Document& doc, Diagnostics& out);

struct PlanFile {
  const Plan* plan;
  const Document* doc;
};
struct CatalogFile {
  const Catalog* catalog;
  const Document* doc;
};

void check_corpus(const std::vector<PlanFile>& plans, const std::vector<CatalogFile>& catalogs,
                  Diagnostics& out);

// The years of the n-th five-year plan (13 -> 2016..2020); {0,0} if unknown.
std::pair<int, int> fyp_years(int n);

}  // namespace scip

// ---- submissions (rules_submission.cpp) -----------------------------------

namespace scip {

struct SubmissionFile {
  std::vector<Report> reports;  // one per (region, indicator, period) of this file
  bool unreadable = false;
};

// Reads one CSV submission (from disk, or from `bytes` when given), checks
// every row against the corpus and keeps the good rows. Streaming: memory
// holds one record and one Report per distinct (region, indicator, period).
SubmissionFile check_submission(const std::string& path, const std::string* bytes, uint32_t file_index,
                                const Corpus& corpus, const util::Date& as_of, Diagnostics& out);

// Joins the files' reports (in walk order) into one set; the same key in two
// files is reported like the same key twice in one.
void merge_submissions(std::vector<SubmissionFile>& files, const std::vector<std::string>& paths,
                       const Corpus& corpus, SubmissionSet& out, Diagnostics& diags);

}  // namespace scip
