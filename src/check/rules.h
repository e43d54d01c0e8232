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
#include "plan/model.h"

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

// Whether `unit` is `base` or a 万/亿/千 scale of it (万人 for 人).
bool unit_compatible(const std::string& unit, const std::string& base);

}  // namespace scip
