// check/structure — from a loaded document to structural diagnostics.
//
// Decides what a YAML file is (a plan, an indicator catalog, an inspection's
// findings, a task ledger, a scoring rubric, or not a scip
// document at all), reports the problems found while reading the YAML, and
// validates the document against its embedded schema, turning each schema
// issue into a diagnostic with the position of the offending key or value
// and a hint where one helps. Semantic rules (rules_plan.h) come after.
#pragma once

#include "check/diagnostic.h"
#include "plan/document.h"

namespace scip::check {

enum class DocKind { none, plan, indicators, findings, ledger, rubric };

// Reports YAML and typing problems, classifies the document and validates it
// against its schema. Returns the kind (none when it is not a scip document
// or cannot be used).
DocKind check_structure(plan::Document& doc, Diagnostics& out);

}  // namespace scip::check
