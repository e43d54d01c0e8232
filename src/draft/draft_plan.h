// draft/draft_plan — a plan drafted from a document, before it is written out.
//
// `scip import` reads a document (draft/source_text, draft/outline), then
// builds this: the plan's header from the title lines, its actions and
// projects (headings ending in 行动 / 工程, at the level where a document lists
// them), their numbered tasks, who leads and supports (draft/responsibility),
// the targets in their sentences (draft/target_finder), the goals of its
// 目标 section and the milestones of its 进度安排. Every item keeps the place
// it came from (`source`, `line`); every guess is a Remark on the item, which
// draft/draft_writer writes as a `# TODO` comment beside it and `--report`
// lists. Parts that are none of these (guiding ideas, 保障措施) are listed as
// not encoded, never silently dropped.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "draft/outline.h"
#include "draft/target_finder.h"
#include "i18n/messages.h"
#include "plan/model.h"

namespace scip::draft {

struct Remark {
  int line = 0;
  std::string text;  // in the user's language
};

struct DraftTarget {
  FoundTarget found;
  std::string id, indicator, source;
  int line = 0;
  std::vector<Remark> remarks;
};

struct DraftTask {
  std::string id, title, text, source;
  int line = 0;
  std::vector<std::string> lead, support;  // department ids
  std::vector<DraftTarget> targets;
  std::vector<Remark> remarks;
};

struct DraftAction {
  std::string id, kind, title, text, source;
  int line = 0;
  std::vector<std::string> lead, support;
  bool support_all = false;
  std::vector<DraftTask> tasks;
  std::vector<DraftTarget> targets;
  std::vector<Remark> remarks;
};

struct DraftGoal {
  std::string id, text, source;
  int line = 0;
  std::vector<DraftTarget> targets;
};

struct DraftMilestone {
  std::string id, title, source;
  int line = 0, from = 0, by = 0;
};

struct Draft {
  std::string id, title, issuer, document, issued;
  std::string region_code, region_name, region_level;
  int start = 0, end = 0, fyp = 0;
  std::vector<std::pair<std::string, std::string>> departments;  // id, name
  std::vector<DraftGoal> goals;
  std::vector<DraftAction> actions;
  std::vector<DraftMilestone> milestones;
  std::vector<Remark> header_remarks;  // title, region, period, id
  std::vector<Remark> skipped;         // parts not encoded, paragraphs not read
  int paragraphs = 0;
  int without_lead = 0;  // actions with no lead on them or on any task
};

struct DraftOptions {
  i18n::Lang lang = i18n::Lang::en;
  const plan::Catalog* catalog = nullptr;  // indicators to match targets against
  std::string source;                       // the document's path, for `source:`
  std::string region;                       // a GB/T 2260 code given by the user; empty: from the title
};

Draft draft_plan(const std::vector<Paragraph>& paragraphs, const DraftOptions& opts);

}  // namespace scip::draft
