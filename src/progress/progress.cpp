// progress/progress — see progress.h.
#include "progress/progress.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "submission/series_index.h"
#include "util/number.h"
#include "util/parallel.h"
#include "util/release.h"

namespace scip::progress {

namespace {

constexpr double kEps = 1e-9;

struct StatusName {
  Status s;
  std::string_view code;
};
constexpr StatusName kNames[] = {
    {Status::achieved, "achieved"}, {Status::on_track, "on-track"}, {Status::behind, "behind"},
    {Status::off_track, "off-track"}, {Status::deteriorating, "deteriorating"}, {Status::overdue, "overdue"},
    {Status::no_data, "no-data"}, {Status::done, "done"}, {Status::pending, "pending"},
    {Status::not_measurable, "not-measurable"}, {Status::contribution, "contribution"}};

long days(const util::Date& d) { return util::days_since_epoch(d); }

class Builder {
 public:
  Builder(const plan::Corpus& c, const submission::FigureSet& s, const Options& o) : corpus_(c), subs_(s), opts_(o) {
    index_series();
    index_refused();
  }

  // Indexes the regions that reported each indicator of the plan's targets
  // by every ancestor of theirs (reporting_under), so that plan_rows, which
  // asks for them at each row, only reads and may run on several threads.
  void index_under(const plan::Plan& p) {
    plan::for_each_target_in(p, [&](const plan::Target& t, const plan::Action*, const plan::Task*) {
      int indicator = t.indicator.empty() ? -1 : corpus_.indicators.find_id(t.indicator);
      auto reported = reporting_.find(indicator);
      if (reported == reporting_.end()) return;
      auto [index, fresh] = under_index_.try_emplace(indicator);
      if (fresh)
        for (int r : reported->second)
          for (int a : corpus_.ancestor_ids(r)) index->second[a].push_back(r);
    });
  }

  // The rows of the plan's targets; only reads the builder (index_under
  // first).
  void plan_rows(const plan::Plan& p, std::vector<Row>& out) const {
    plan::for_each_target_in(p, [&](const plan::Target& t, const plan::Action* a, const plan::Task* k) { target_rows(p, t, a, k, out); });
  }

  // How many rows plan_rows gives at most: a national table is reserved at
  // once rather than grown by doubling (which held 94 MB and its previous
  // 47 MB at once).
  size_t row_bound(const plan::Plan& p) const {
    size_t n = 0;
    plan::for_each_target_in(p, [&](const plan::Target& t, const plan::Action*, const plan::Task*) {
      n += measured_regions(p, t).regions.size();
    });
    return n;
  }

 private:
  // Where a target is measured: (region, its allocation) for the plan's
  // region, or each region under it; then each region the target is
  // allocated to (指标分解), against its share; with --region of a region
  // under the plan's and no share of its own, that region's contribution.
  // Only regions known, and only --region's when it is given.
  struct Measured {
    std::vector<std::pair<int, std::optional<double>>> regions;
    int contributor = -1;
  };
  Measured measured_regions(const plan::Plan& p, const plan::Target& t) const {
    Measured m;
    std::vector<std::pair<int, std::optional<double>>> all;
    if (t.each_region) {
      for (int r : corpus_.subregions(&p)) all.push_back({r, std::nullopt});
    } else {
      all.push_back({corpus_.regions.find_code(p.region.code), std::nullopt});
    }
    for (const auto& [code, share] : t.allocations) all.push_back({corpus_.regions.find_code(code), share});
    bool allocated = std::any_of(t.allocations.begin(), t.allocations.end(), [&](const auto& a) { return a.first == opts_.region; });
    if (!opts_.region.empty() && !t.each_region && !allocated && plan::region_under(opts_.region, p.region.code)) {
      m.contributor = corpus_.regions.find_code(opts_.region);
      all.push_back({m.contributor, std::nullopt});
    }
    for (const auto& r : all) {
      if (r.first < 0) continue;
      if (!opts_.region.empty() && corpus_.regions.at(r.first).code != opts_.region) continue;
      m.regions.push_back(r);
    }
    return m;
  }

  void target_rows(const plan::Plan& p, const plan::Target& t, const plan::Action* a, const plan::Task* k, std::vector<Row>& out) const {
    Measured m = measured_regions(p, t);
    int contributor = m.contributor;
    for (const auto& [region, allocation] : m.regions) {
      Row row;
      row.plan = &p;
      row.target = &t;
      row.action = a;
      row.region = region;
      row.allocation = allocation;
      row.contribution = region == contributor;
      row.task = k;
      measure(row);
      // Targets with nothing to measure by are listed with --all; one with
      // figures that cannot be judged (a rate without a baseline) always is.
      if (row.status != Status::not_measurable || opts_.all || !row.inputs.empty()) out.push_back(std::move(row));
    }
  }

  // The reports for the row's indicator: the region's own; or, when it has
  // none, those of the highest levels below it that reported, added up
  // (rolled up) unless the indicator is a rate. The reports below that the
  // region's own replace are put in `shadowed`, to be listed, not dropped.
  std::vector<uint32_t> candidates(Row& row, std::vector<uint32_t>& shadowed) const {
    std::vector<int> below = highest_below(row.indicator, row.region);
    if (std::span<const uint32_t> own = series(row.region, row.indicator); !own.empty()) {
      for (int r : below) append(shadowed, series(r, row.indicator));
      return {own.begin(), own.end()};
    }
    if (below.empty()) return {};
    if (plan::is_rate(corpus_.indicators.at(row.indicator))) {
      row.rollup_refused = true;
      return {};
    }
    std::vector<uint32_t> out;
    for (int r : below) {
      ++row.rolled_up;
      append(out, series(r, row.indicator));
    }
    return out;
  }

  // The regions under `region` that reported the indicator and are not under
  // another such region (a county under a reporting prefecture is in its figure).
  std::vector<int> highest_below(int indicator, int region) const {
    const std::vector<int>& below = reporting_under(indicator, region);
    std::unordered_set<int> ids(below.begin(), below.end());
    std::vector<int> highest;
    for (int r : below) {
      const auto& above = corpus_.ancestor_ids(r);
      if (std::none_of(above.begin(), above.end(), [&](int a) { return ids.count(a) > 0; })) highest.push_back(r);
    }
    return highest;
  }

  // The regions that reported the indicator and are under `region`, in the
  // order they first reported (index_under).
  const std::vector<int>& reporting_under(int indicator, int region) const {
    static const std::vector<int> none;
    auto index = under_index_.find(indicator);
    if (index == under_index_.end()) return none;
    auto found = index->second.find(region);
    return found == index->second.end() ? none : found->second;
  }

  static void append(std::vector<uint32_t>& to, std::span<const uint32_t> from) {
    to.insert(to.end(), from.begin(), from.end());
  }

  // The figures of each (region, indicator) series, in the order they were
  // read (submission::SeriesIndex), and which regions reported each
  // indicator, in the order they first did.
  void index_series() {
    const auto& figures = subs_.figures;
    series_ = submission::SeriesIndex(figures);
    std::vector<uint32_t> first_of_series;  // the first figure of each series
    first_of_series.reserve(series_.size());
    for (size_t s = 0; s < series_.size(); ++s) first_of_series.push_back(series_.members(s).front());
    std::sort(first_of_series.begin(), first_of_series.end());
    for (uint32_t f : first_of_series) reporting_[figures[f].indicator].push_back(figures[f].region);
  }

  std::span<const uint32_t> series(int region, int indicator) const { return series_.find(region, indicator); }

  // The refused rows of each series, by the region's own series and by the
  // series of each region above it (few rows are refused: a map will do).
  void index_refused() {
    const auto& refused = subs_.rejected.figures;
    for (uint32_t i = 0; i < refused.size(); ++i) {
      int region = refused[i].region(), indicator = refused[i].indicator();
      refused_own_[refused[i].series].push_back(i);
      for (int a : corpus_.ancestor_ids(region)) refused_below_[submission::series_key(a, indicator)].push_back(i);
    }
  }

  // The refused rows the row would have read (Row::refused_rows): its
  // region's own; those below it as well when it has no figure of its own
  // and the indicator is added up across regions (candidates()). A row's
  // period, where it was read, must be one the row counts.
  void find_refused(Row& row) const {
    uint64_t key = submission::series_key(row.region, row.indicator);
    auto take = [&](const std::unordered_map<uint64_t, std::vector<uint32_t>>& index) {
      auto found = index.find(key);
      if (found == index.end()) return;
      for (uint32_t i : found->second)
        if (counts_in(row, subs_.rejected.figures[i])) row.refused.push_back(i);
    };
    take(refused_own_);
    if (series(row.region, row.indicator).empty() && !plan::is_rate(corpus_.indicators.at(row.indicator)))
      take(refused_below_);
    const auto& refused = subs_.rejected.figures;
    std::sort(row.refused.begin(), row.refused.end(), [&](uint32_t a, uint32_t b) {
      return std::pair(refused[a].file, refused[a].line) < std::pair(refused[b].file, refused[b].line);
    });
    row.refused_rows = static_cast<uint32_t>(row.refused.size());
  }

  bool counts_in(const Row& row, const submission::RefusedFigure& r) const {
    if (!r.has_period()) return true;  // when it was for is not known
    return r.first_day >= days(row.window_from) && r.last_day() <= days(row.deadline) &&
           r.last_day() <= days(opts_.as_of);
  }

  void measure(Row& row) const {
    if (!define(row)) return;
    collect_inputs(row);
    bool milestone = !row.target->value;
    // latest: the last report of each region; max: the largest.
    if (row.accumulate == "latest" || row.accumulate == "max" || milestone) pick_one_per_region(row, milestone);
    else take_cumulative(row);
    judge(row, milestone);
    find_refused(row);
    // A count's contribution is a share of the whole, not progress: no
    // expected share of time, no status from it.
    if (row.contribution && !milestone && row.actual && !plan::is_rate(corpus_.indicators.at(row.indicator))) {
      row.expected.reset();
      row.growth_observed.reset();
      row.status = Status::contribution;
      row.reason = "progress.reason.contribution";
    }
  }

  // The target in the indicator's terms: window, deadline, unit scale,
  // target value and baseline. False (and the reason) when not measurable.
  bool define(Row& row) const {
    const plan::Plan& p = *row.plan;
    const plan::Target& t = *row.target;
    row.deadline = t.by && t.by->valid ? t.by->end() : util::Date{p.end, 12, 31};
    util::Date start_excl = t.baseline_at && t.baseline_at->valid ? t.baseline_at->end() : util::Date{p.start - 1, 12, 31};
    row.window_from = util::date_from_days(days(start_excl) + 1);
    row.indicator = t.indicator.empty() ? -1 : corpus_.indicators.find_id(t.indicator);
    if (row.indicator < 0) {
      row.status = Status::not_measurable;
      row.reason = t.indicator.empty() ? "progress.reason.no-indicator" : "progress.reason.unknown-indicator";
      return false;
    }
    const plan::Indicator& ind = corpus_.indicators.at(row.indicator);
    row.accumulate = !t.accumulate.empty() ? t.accumulate.view() : std::string_view(ind.accumulate);
    row.unit = ind.unit;
    if (!t.unit.empty()) {
      auto sc = util::unit_scale(t.unit, ind.unit);
      if (!sc) {
        row.status = Status::not_measurable;
        row.reason = "progress.reason.unit";
        return false;
      }
      row.scale = *sc;
    }
    if (t.value) row.target_value = (row.allocation ? *row.allocation : *t.value) * row.scale;
    if (t.baseline_value && !row.allocation && !row.contribution) {  // the whole region's, not a share's
      row.baseline = *t.baseline_value * row.scale;
    } else if (t.value) {
      row.baseline = 0;
      row.baseline_assumed = true;
    }
    return true;
  }

  // The reports that count, by region code and period, each marked used or
  // outside the window.
  void collect_inputs(Row& row) const {
    std::vector<uint32_t> shadowed;
    std::vector<uint32_t> cand = candidates(row, shadowed);
    auto by_region_and_period = [&](uint32_t a, uint32_t b) {
      const submission::Figure& x = subs_.figures[a];
      const submission::Figure& y = subs_.figures[b];
      if (x.region != y.region) return corpus_.regions.at(x.region).code < corpus_.regions.at(y.region).code;
      if (x.last_day() != y.last_day()) return x.last_day() < y.last_day();
      return x.first_day < y.first_day;
    };
    std::sort(cand.begin(), cand.end(), by_region_and_period);
    std::sort(shadowed.begin(), shadowed.end(), by_region_and_period);
    row.below = std::move(shadowed);
    for (uint32_t i : cand) {
      const submission::Figure& r = subs_.figures[i];
      Input in = input_of(subs_, i, Use::used);
      util::Period period = r.period();
      if (period.first < row.window_from) in.use = Use::before_window;
      else if (period.last > row.deadline) in.use = Use::after_deadline;
      else if (period.last > opts_.as_of) in.use = Use::not_ended;
      else if (r.covered) in.use = Use::covered;
      row.inputs.push_back(in);
    }
  }

  // A flow's cumulative figures (累计): per region, the latest counts for all
  // the time up to its period's end; the earlier cumulative ones are
  // superseded, and the period figures within that time are included in it.
  // Period figures after it still add.
  void take_cumulative(Row& row) const {
    std::unordered_map<int, size_t> latest;
    for (size_t i = 0; i < row.inputs.size(); ++i) {
      const Input& in = row.inputs[i];
      if (in.use != Use::used || !in.cumulative()) continue;
      auto [it, fresh] = latest.emplace(in.region(), i);
      if (!fresh && in.figure->last_day() >= row.inputs[it->second].figure->last_day()) it->second = i;
    }
    for (size_t i = 0; i < row.inputs.size(); ++i) {
      Input& in = row.inputs[i];
      auto it = latest.find(in.region());
      if (in.use != Use::used || it == latest.end() || it->second == i) continue;
      if (in.cumulative()) in.use = Use::superseded;
      else if (in.figure->last_day() <= row.inputs[it->second].figure->last_day()) in.use = Use::in_cumulative;
    }
  }

  // One used input per region: the latest (inputs are sorted by period) or
  // the largest; the others superseded or not the largest.
  void pick_one_per_region(Row& row, bool milestone) const {
    std::unordered_map<int, size_t> pick;
    for (size_t i = 0; i < row.inputs.size(); ++i) {
      Input& in = row.inputs[i];
      if (in.use != Use::used) continue;
      auto [it, fresh] = pick.emplace(in.region(), i);
      if (fresh) continue;
      Input& prev = row.inputs[it->second];
      bool replace = row.accumulate == "max" || milestone ? in.value() > prev.value() : true;
      Use loser = row.accumulate == "latest" && !milestone ? Use::superseded : Use::not_largest;
      if (replace) {
        prev.use = loser;
        it->second = i;
      } else {
        in.use = loser;
      }
    }
  }

  // Actual, percent, expected and the status, from the used inputs.
  void judge(Row& row, bool milestone) const {
    double sum = 0;
    int used = 0;
    for (const Input& in : row.inputs)
      if (in.use == Use::used) {
        sum += in.value();
        ++used;
        row.approximate = row.approximate || in.approximate();
      }
    if (used == 0) {
      bool due = opts_.as_of >= util::Date{row.window_from.year, 12, 31};
      if (milestone) {
        row.status = opts_.as_of > row.deadline ? Status::overdue : Status::pending;
      } else if (!due) {
        row.status = Status::pending;
        row.reason = "progress.reason.not-due";
      } else {
        row.status = Status::no_data;
        row.reason = row.rollup_refused ? "progress.reason.rate-no-rollup" : "progress.reason.no-reports";
      }
      return;
    }
    if (milestone) {
      row.actual = sum;
      row.status = sum >= 1 - kEps ? Status::done : opts_.as_of > row.deadline ? Status::overdue : Status::pending;
      return;
    }
    const plan::Target& t = *row.target;
    row.actual = row.accumulate == "sum" ? *row.baseline + sum : sum;
    bool down = t.op == "<=" || t.op == "<";
    util::Date start_excl = util::date_from_days(days(row.window_from) - 1);
    Arithmetic a = linear_arithmetic(*row.baseline, *row.target_value, *row.actual, down, start_excl, row.deadline,
                                     opts_.as_of);
    bool met = meets(t.op, *row.actual, *row.target_value);
    if (row.baseline_assumed && plan::is_rate(corpus_.indicators.at(row.indicator))) {
      // 9.5% against 10% from an assumed 0 is not "95% done": no percent, and
      // a status only where the numbers alone decide it.
      row.status = met ? Status::achieved : opts_.as_of > row.deadline ? Status::overdue : Status::not_measurable;
      if (row.status == Status::not_measurable) row.reason = "progress.reason.rate-no-baseline";
      return;
    }
    row.percent = a.percent;
    row.expected = a.expected;
    row.elapsed_days = static_cast<int32_t>(a.elapsed_days);  // (days between four-digit years)
    row.total_days = static_cast<int32_t>(a.total_days);
    row.status = linear_status(met, a, row.deadline, opts_.as_of, opts_.behind_margin);
    if (opts_.method == Method::growth) judge_growth(row, a, met);
  }

  // --method growth: the observed compound rate against the required one.
  void judge_growth(Row& row, const Arithmetic& a, bool met) const {
    double b = *row.baseline, tv = *row.target_value, act = *row.actual;
    if (!(b > 0 && act > 0 && tv > 0 && a.elapsed_days > 0 && a.total_days > 0 && std::abs(tv - b) > kEps)) {
      row.growth_fallback = true;
      return;
    }
    double te = a.elapsed_days / 365.25, tt = a.total_days / 365.25;
    row.growth_observed = std::pow(act / b, 1 / te) - 1;
    row.growth_required = std::pow(tv / b, 1 / tt) - 1;
    double ratio = *row.growth_observed / *row.growth_required;
    if (met) row.status = Status::achieved;
    else if (opts_.as_of > row.deadline) row.status = Status::overdue;
    else if (ratio >= 0.95 - kEps) row.status = Status::on_track;
    else if (ratio >= 0.6 - kEps) row.status = Status::behind;
    else if (ratio >= 0) row.status = Status::off_track;
    else row.status = Status::deteriorating;
  }

  const plan::Corpus& corpus_;
  const submission::FigureSet& subs_;
  const Options& opts_;
  submission::SeriesIndex series_;  // the figures of each series (index_series)
  std::unordered_map<int, std::vector<int>> reporting_;  // indicator -> regions that reported it
  std::unordered_map<int, std::unordered_map<int, std::vector<int>>> under_index_;  // indicator -> ancestor -> reporting_
  // series key -> refused rows (index_refused): of the series itself, of a series of a region below
  std::unordered_map<uint64_t, std::vector<uint32_t>> refused_own_, refused_below_;
};

}  // namespace

std::string_view status_code(Status s) {
  for (const auto& n : kNames)
    if (n.s == s) return n.code;
  return "?";
}

std::optional<Status> parse_status(std::string_view code) {
  for (const auto& n : kNames)
    if (n.code == code) return n.s;
  return std::nullopt;
}

bool meets(std::string_view op, double actual, double target) {
  if (op == ">") return actual > target + kEps;
  if (op == "<") return actual < target - kEps;
  if (op == "<=") return actual <= target + kEps;
  return actual >= target - kEps;  // >=, and == (reaching the value is reaching the target)
}

Arithmetic linear_arithmetic(double baseline, double target, double actual, bool down, const util::Date& start_excl,
                             const util::Date& deadline, const util::Date& as_of) {
  Arithmetic a;
  a.total_days = days(deadline) - days(start_excl);
  a.elapsed_days = std::clamp(days(as_of) - days(start_excl), 0L, std::max(a.total_days, 0L));
  if (a.total_days <= 0) a.expected = as_of >= deadline ? 100.0 : 0.0;
  else a.expected = 100.0 * static_cast<double>(a.elapsed_days) / static_cast<double>(a.total_days);
  if (std::abs(target - baseline) < kEps)
    a.percent = (down ? actual <= target + kEps : actual >= target - kEps) ? 100.0 : 0.0;
  else
    a.percent = down ? 100.0 * (baseline - actual) / (baseline - target) : 100.0 * (actual - baseline) / (target - baseline);
  return a;
}

Status linear_status(bool met, const Arithmetic& a, const util::Date& deadline, const util::Date& as_of, double margin) {
  if (met) return Status::achieved;
  if (as_of > deadline) return Status::overdue;
  if (*a.percent >= *a.expected - kEps) return Status::on_track;
  if (*a.expected - *a.percent <= margin + kEps) return Status::behind;
  return Status::off_track;
}

namespace {

// Moves a plan's rows into the table: without --plan, only those of a plan
// for which some report counts, or would have but was refused; their inputs
// only for the formats that list them.
void keep_rows(std::vector<Row>& rows, const Options& opts, Table& table) {
  bool reported = std::any_of(rows.begin(), rows.end(), [](const Row& r) {
    return r.refused_rows > 0 ||
           std::any_of(r.inputs.begin(), r.inputs.end(), [](const Input& in) { return in.use == Use::used; });
  });
  if (opts.plans.empty() && !reported) return;
  for (auto& r : rows) {
    r.any_inputs = !r.inputs.empty();
    r.any_below = !r.below.empty();
    if (!opts.list_inputs) {
      util::release(r.inputs);
      util::release(r.below);
      util::release(r.refused);
    }
    table.rows.push_back(std::move(r));
  }
}

}  // namespace

Table compute(const plan::Corpus& corpus, const submission::FigureSet& subs, const Options& opts) {
  Table table;
  table.options = opts;
  Builder b(corpus, subs, opts);
  for (const auto& id : opts.plans)
    if (std::none_of(corpus.plans.begin(), corpus.plans.end(), [&](const plan::Plan* p) { return p->id == id; }))
      table.unknown_plans.push_back(id);
  auto chosen = [&](const plan::Plan* p) {
    return opts.plans.empty() || std::find(opts.plans.begin(), opts.plans.end(), p->id) != opts.plans.end();
  };
  std::vector<const plan::Plan*> todo;
  size_t bound = 0;
  for (const plan::Plan* p : corpus.plans)
    if (chosen(p)) {
      todo.push_back(p);
      bound += b.row_bound(*p);
      b.index_under(*p);
    }
  table.rows.reserve(bound);  // pages of rows never made are never touched
  // The plans' rows, a batch of plans at a time on all cores, then into the
  // table in the plans' order: only one batch's rows are outside the table.
  constexpr size_t kBatch = 64;
  std::vector<std::vector<Row>> made(std::min(kBatch, todo.size()));
  for (size_t from = 0; from < todo.size(); from += kBatch) {
    size_t n = std::min(kBatch, todo.size() - from);
    util::parallel_for(n, 0, [&](size_t i) {
      made[i].clear();
      b.plan_rows(*todo[from + i], made[i]);
    });
    for (size_t i = 0; i < n; ++i) keep_rows(made[i], opts, table);
  }
  return table;
}

std::string Row::key(const plan::Corpus& corpus) const {
  std::string k = plan->id + "/" + target->id;
  if (target->each_region || allocation || contribution) k += "@" + corpus.regions.at(region).code;
  return k;
}

namespace {

// The names of the plan's departments `ids` (an id the plan does not name
// stands for itself).
std::vector<std::string_view> department_names(const plan::Plan& p, const util::PackedStrings& ids) {
  std::vector<std::string_view> out;
  for (auto id : ids) out.push_back(plan::department_name(p, id));
  return out;
}

}  // namespace

std::vector<std::string_view> Row::leads() const {
  static const util::PackedStrings none;
  return department_names(*plan, task && !task->lead.empty() ? task->lead : action ? action->lead : none);
}

std::vector<std::string_view> Row::supports() const {
  static const util::PackedStrings none;
  return department_names(*plan, task && !task->support.empty() ? task->support : action ? action->support : none);
}

Input input_of(const submission::FigureSet& subs, uint32_t figure, Use use) {
  return {&subs.figures[figure], use};
}

}  // namespace scip::progress
