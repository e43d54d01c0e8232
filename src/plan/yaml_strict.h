// plan/yaml_strict — the YAML rules yaml-cpp 0.7 does not enforce.
//
// yaml-cpp accepts some documents the YAML 1.2 specification rejects, and
// reads them as something the author did not write: `key:\n  value\nstray`
// becomes key: "value stray"; `[ a, , b ]` quietly loses an entry; a line of a
// quoted string back at the left margin is joined into the string. A plan
// read that way says something else than its file, in silence. This scanner
// walks the raw text once, line by line, and finds the first such place:
//
//   - a line that continues a value (a plain or quoted scalar, a flow
//     collection) but is not indented more than the key or `-` that owns it;
//   - in a flow collection, an empty entry (`[ , a ]`, `[ a, , b ]`) or a
//     plain `-` (`[-]`);
//   - a comment with no space before it after a quoted scalar, a flow
//     indicator or a block scalar header (`"v"#c`, `]#c`, `>#c`);
//   - an unknown escape in a double-quoted scalar (`\'`);
//   - a directive (`%YAML`) with no document after it;
//   - empty lines at the start of a block scalar with more spaces than its
//     first line of text.
//
// It runs after yaml-cpp has parsed the text without error, so it may assume
// the text is otherwise well-formed. The YAML test suite's `error` cases
// (tests/yaml_conformance.py) keep it honest in both directions.
#pragma once

#include <optional>
#include <string_view>

#include "util/line_index.h"

namespace scip::plan {

struct StrictProblem {
  util::Pos pos;
  std::string_view message_id;  // "yaml.strict.…" in the message table
};

std::optional<StrictProblem> strict_yaml_problem(std::string_view text, const util::LineIndex& index);

}  // namespace scip::plan
