// check/corpus_site — the places in a plan, a catalog or findings where the
// rules that look across files report.
//
// The check cache keeps of each document only the positions those rules may
// ask for (a national corpus's documents are 1.3 GB whole), so the list of
// positions kept and the positions asked for must never drift apart. Both
// come from here: check_corpus sees a document only as a SitedDocument, which
// gives the position of a Site and nothing else, and site_pointers() lists
// every pointer of every Site through a switch without a default, so a new
// Site without its case is a compile error (-Wswitch, warnings are errors).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "plan/document.h"
#include "plan/model.h"
#include "util/line_index.h"

namespace scip::check {

enum class Site {
  plan_id,           // /id
  plan_parent,       // /parent
  plan_period,       // /period
  plan_region_code,  // /region/code
  continues,         // <action or task>/continues/<index>
  implements,        // <action or task>/implements/<index>
  target_indicator,  // <target>/indicator
  target_unit,       // <target>/unit
  indicator_id,      // <indicator>/id
  indicator_name,    // <indicator>/name
  indicator_alias,   // <indicator>/aliases/<index>
  findings_plan,     // /plan of a findings document
  finding_concerns,  // <finding>/concerns
  ledger_plan,       // /plan of a ledger
  entry_item,        // <entry>/task, or <entry>/milestone when it has no task
  entry_region,      // <entry>/region
  entry_period,      // <entry>/period
  rubric_plan,       // /plan of a rubric
  item_score,        // <item>/score
  count_             // the number of sites: new ones go above
};

// The JSON Pointer of a site. `element` is the pointer of the action, task,
// target or indicator the site belongs to (empty for the plan's own sites),
// `index` the place in a list (continues, implements, aliases).
std::string site_pointer(Site site, std::string_view element = {}, size_t index = 0);

// Every pointer of every site in a plan, a catalog or findings (any may be null).
std::vector<std::string> site_pointers(const plan::Plan* plan, const plan::Catalog* catalog,
                                       const plan::Findings* findings = nullptr, const plan::Ledger* ledger = nullptr,
                                       const plan::Rubric* rubric = nullptr);

// A document as the corpus rules see it: its path and where its sites are.
class SitedDocument {
 public:
  explicit SitedDocument(const plan::Document& doc) : doc_(&doc) {}
  const std::string& path() const { return doc_->path; }
  util::Pos at(Site site, std::string_view element = {}, size_t index = 0) const {
    return doc_->pos(site_pointer(site, element, index));
  }

 private:
  const plan::Document* doc_;
};

}  // namespace scip::check
