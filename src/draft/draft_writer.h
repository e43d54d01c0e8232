// draft/draft_writer — a Draft as the YAML a person reviews, and as a report.
//
// The YAML has the shape of the hand-encoded plans in plans/ (the header, the
// departments by id, goals, actions with their tasks and targets, milestones),
// `source:` on every item, and each guess of draft/draft_plan as a `# TODO`
// comment on the line of the item it concerns; a header comment says where
// the draft came from. The report (`scip import --report`) counts what was
// found and lists every guess and every part not encoded, with its line in the
// document, so that a reviewer can work down it.
#pragma once

#include <ostream>
#include <string>

#include "draft/draft_plan.h"
#include "i18n/messages.h"

namespace scip::draft {

std::string draft_yaml(const Draft& d, const std::string& document, i18n::Lang lang);

void write_draft_report(std::ostream& out, const Draft& d, const std::string& document, i18n::Lang lang);

}  // namespace scip::draft
