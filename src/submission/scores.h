// submission/scores — the scores entered by hand for a rubric (自评分, 审核分).
//
// A 评分细则 has items no figure decides (组织机构健全, 召开专题会议): a region
// enters its own score (自评分) and the assessing office its audited one
// (审核分), in a sheet an office keeps in Excel or WPS: one row per region and
// item, with columns 地区 / region, 项目 / item (the rubric item's id or
// name), 自评分 / self, 审核分 / audit; title rows above the header allowed, as
// in submissions. `scip check` recognises such a sheet by its 自评分 or 审核分
// column and leaves it alone (it is not a submission of figures); `scip
// score --scores FILE` reads it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/csv_reader.h"

namespace scip::submission {

// Whether a record is the header of a scores sheet (it has a 自评分 / 审核分 column).
bool is_scores_header(const util::CsvRecord& rec);

struct ManualScore {
  std::string region, item;  // as written
  std::optional<double> self, audit;
  std::string where;         // file:line, or book.xlsx:Sheet!row
};

struct ScoresProblem {
  std::string where;  // file:line
  std::string id;     // message id: scores.problem.not-a-score, scores.problem.incomplete-row
  std::string value;  // the cell, for not-a-score
};

struct ScoresRead {
  std::vector<ManualScore> scores;
  std::vector<ScoresProblem> problems;  // rows that cannot be read
  std::string error;                    // why the file could not be read (a library's words), or
  bool no_header = false;               // it has no header with 自评分 / 审核分
};

// The scores of a CSV (any encoding decode.h detects) or a workbook's first sheet.
ScoresRead read_scores(const std::string& path);

}  // namespace scip::submission
