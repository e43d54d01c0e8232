// inspection/scorecard — see scorecard.h.
#include "inspection/scorecard.h"

#include <fmt/format.h>

#include <algorithm>

#include "progress/report.h"
#include "region/registry.h"
#include "util/table.h"

namespace scip::inspection {

namespace {

using i18n::tr;


ItemScore by_target(const plan::RubricItem& item, int region, const ScoreInputs& in, i18n::Lang L) {
  ItemScore s{.item = &item};
  double points = item.points.value_or(0);
  const progress::Row* row = nullptr;
  for (const auto& r : in.progress->rows)
    if (r.target && r.target->id == item.ref && r.region == region) row = &r;
  if (!row) {
    s.how = tr(L, "score.how.no-row", fmt::arg("target", item.ref));
    return s;
  }
  if (row->refused_rows) {  // its figure may be short of them (or be one): not scored, rather than scored low
    s.how = tr(L, "score.how.refused", fmt::arg("target", item.ref), fmt::arg("n", row->refused_rows));
    return s;
  }
  if (row->status == progress::Status::no_data) {
    s.score = 0;
    s.how = tr(L, "score.how.no-report", fmt::arg("target", item.ref));
    return s;
  }
  if (!row->percent) {  // a rate or a level: no share of the way, but met or not
    bool met = row->status == progress::Status::achieved || row->status == progress::Status::done ||
               (row->actual && row->target_value && row->target && progress::meets(row->target->op, *row->actual, *row->target_value));
    if (met) {
      s.score = points;
      s.how = tr(L, "score.how.target-met", fmt::arg("target", item.ref), fmt::arg("points", score_number(points)));
    } else if (row->actual && row->deadline < in.as_of) {
      s.score = 0;
      s.how = tr(L, "score.how.target-missed", fmt::arg("target", item.ref));
    } else {
      s.how = tr(L, "score.how.rate-open", fmt::arg("target", item.ref), fmt::arg("status", progress::status_text(row->status, L)));
    }
    return s;
  }
  double share = std::clamp(*row->percent, 0.0, 100.0);
  s.score = points * share / 100;
  s.how = tr(L, "score.how.target", fmt::arg("target", item.ref), fmt::arg("percent", util::format_number(*row->percent, 1)),
             fmt::arg("share", util::format_number(share, 1)), fmt::arg("points", score_number(points)), fmt::arg("score", score_number(*s.score)));
  return s;
}

ItemScore by_milestone(const plan::RubricItem& item, const std::string& code, const ScoreInputs& in, i18n::Lang L) {
  ItemScore s{.item = &item};
  double points = item.points.value_or(0), late = item.late.value_or(0.5);
  const MilestoneState* m = nullptr;
  const plan::Milestone* plan_m = nullptr;
  for (const auto& x : in.plan->milestones)
    if (x.id == item.ref) plan_m = &x;
  if (in.tasks)
    for (const auto& x : in.tasks->milestones)
      if (x.milestone->id == item.ref && x.region_code == code) m = &x;
  util::Date by = plan_m && plan_m->by ? plan_m->by->end() : util::Date{in.plan->end, 12, 31};
  std::string state = m ? m->state : by < in.as_of ? "overdue" : "pending";
  if (state == "pending") {
    s.how = tr(L, "score.how.milestone-pending", fmt::arg("milestone", item.ref), fmt::arg("by", by.str()));
    return s;
  }
  s.score = state == "done" ? points : state == "done-late" ? points * late : 0;
  s.how = tr(L, "score.how.milestone-" + state, fmt::arg("milestone", item.ref), fmt::arg("by", by.str()),
             fmt::arg("date", m && m->done_on ? m->done_on->str() : ""), fmt::arg("late", score_number(late)), fmt::arg("points", score_number(points)),
             fmt::arg("score", score_number(*s.score)));
  return s;
}

ItemScore by_findings(const plan::RubricItem& item, const std::string& code, const ScoreInputs& in, i18n::Lang L) {
  ItemScore s{.item = &item};
  if (!in.findings) {
    s.how = tr(L, "score.how.no-findings");
    return s;
  }
  int overdue = 0, open = 0;
  for (const auto& g : in.findings->groups)
    if (g.key == code) {
      overdue = g.overdue;
      open = g.open;
    }
  double points = item.points.value_or(0), per_overdue = item.per_overdue.value_or(0), per_open = item.per_open.value_or(0);
  double raw = points - per_overdue * overdue - per_open * open;
  s.score = std::max(0.0, raw);
  s.how = tr(L, raw < 0 ? "score.how.findings-floor" : "score.how.findings", fmt::arg("points", score_number(points)),
             fmt::arg("per_overdue", score_number(per_overdue)), fmt::arg("overdue", overdue), fmt::arg("per_open", score_number(per_open)),
             fmt::arg("open", open), fmt::arg("raw", score_number(raw)), fmt::arg("score", score_number(*s.score)));
  return s;
}

// The manual score of (region, item): the item by id or name, the region by code or name.
ItemScore by_hand(const plan::RubricItem& item, const RegionScore& r, const ScoreInputs& in, i18n::Lang L, std::vector<bool>& used) {
  ItemScore s{.item = &item};
  const region::Registry& reg = region::Registry::builtin();
  if (in.manual)
    for (size_t i = 0; i < in.manual->size(); ++i) {
      const auto& m = (*in.manual)[i];
      const region::Record* rec = reg.find(m.region);
      bool region_ok = m.region == r.code || m.region == r.name || (rec && rec->code == r.code);
      if (!region_ok || (m.item != item.id && m.item != item.name)) continue;
      used[i] = true;
      double points = item.points.value_or(0);
      std::optional<double> given = m.audit ? m.audit : m.self;
      if (!given) continue;
      if (*given < 0 || *given > points + 1e-9) {  // refused, not cut to fit: the sheet is wrong
        s.how = tr(L, "score.how.out-of-range", fmt::arg("score", score_number(*given)), fmt::arg("points", score_number(points)), fmt::arg("where", m.where));
        return s;
      }
      s.score = *given;
      s.self_assessed = !m.audit;
      s.how = tr(L, m.audit ? "score.how.audit" : "score.how.self", fmt::arg("score", score_number(*given)), fmt::arg("where", m.where));
      return s;
    }
  s.how = tr(L, "score.how.no-manual");
  return s;
}

}  // namespace

std::string score_number(double v) { return util::format_number(v, 2); }

Scorecard score_regions(const ScoreInputs& in, i18n::Lang L) {
  Scorecard card;
  card.rubric_id = in.rubric->id;
  card.rubric_title = in.rubric->title;
  card.plan_id = in.plan->id;
  card.as_of = in.as_of;
  for (const auto& item : in.rubric->items) card.max_points += item.points.value_or(0);
  std::vector<bool> used(in.manual ? in.manual->size() : 0, false);
  for (int region : in.corpus->subregions(in.plan)) {
    const auto& rg = in.corpus->regions.at(region);
    RegionScore r{.code = rg.code, .name = rg.name};
    for (const auto& item : in.rubric->items) {
      ItemScore s = item.method == "target"      ? by_target(item, region, in, L)
                    : item.method == "milestone" ? by_milestone(item, rg.code, in, L)
                    : item.method == "findings"  ? by_findings(item, rg.code, in, L)
                                                 : by_hand(item, r, in, L, used);
      if (s.score) r.total += *s.score;
      else ++r.unscored;
      r.items.push_back(std::move(s));
    }
    card.regions.push_back(std::move(r));
  }
  std::stable_sort(card.regions.begin(), card.regions.end(), [](const RegionScore& a, const RegionScore& b) {
    return a.total > b.total + 1e-9;
  });
  for (size_t i = 0; i < card.regions.size(); ++i)
    card.regions[i].rank = i > 0 && std::abs(card.regions[i].total - card.regions[i - 1].total) < 1e-9 ? card.regions[i - 1].rank
                                                                                                        : static_cast<int>(i) + 1;
  if (in.manual)
    for (size_t i = 0; i < used.size(); ++i)
      if (!used[i]) card.unused_scores.push_back((*in.manual)[i].where + ": " + (*in.manual)[i].region + " / " + (*in.manual)[i].item);
  return card;
}

}  // namespace scip::inspection
