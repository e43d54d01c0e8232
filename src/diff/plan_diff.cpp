// diff/plan_diff — see plan_diff.h.
#include "diff/plan_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "util/similarity.h"
#include "util/text.h"

namespace scip::diff {

const std::vector<std::string_view> kTitleStopWords = {"科学素质", "行动", "工程", "实施", "提升"};

std::string last_id(const std::string& path) {
  auto at = path.rfind('/');
  return at == std::string::npos ? path : path.substr(at + 1);
}

std::string element_of(const std::string& kind) { return kind.substr(0, kind.find('-')); }

int severity_rank(const std::string& severity) {
  for (int i = 0; i < 3; ++i)
    if (severity == kSeverities[i]) return i + 1;
  return 0;
}

bool PlanDiff::empty() const {
  for (const auto& c : changes)
    if (!util::ends_with(c.kind, "-kept")) return false;
  return true;
}

namespace {
std::string num(double v) { return fmt::format("{}", v); }
}  // namespace

std::vector<TargetRef> targets_of(const plan::Plan& p) {
  std::vector<TargetRef> out;
  for (const auto& g : p.goals)
    for (const auto& t : g.targets) out.push_back({&t, "goals/" + g.id + "/targets/" + t.id, 1});
  for (const auto& a : p.actions) {
    for (const auto& t : a.targets) out.push_back({&t, "actions/" + a.id + "/targets/" + t.id, 2});
    for (const auto& k : a.tasks)
      for (const auto& t : k.targets)
        out.push_back({&t, "actions/" + a.id + "/tasks/" + k.id + "/targets/" + t.id, 3});
  }
  return out;
}

std::string target_label(const plan::Target& t) {
  std::string s = (!t.name.empty() ? t.name : t.text).str();
  if (t.value) s += fmt::format(" {} {}{}", t.op, num(*t.value), t.unit);
  if (t.by) s += " (" + t.by->text + ")";
  return s;
}

namespace {

constexpr double kTaskSimilarity = 0.25;      // title+text Dice for tasks inside paired actions
constexpr double kTaskIdFloor = kTaskSimilarity;  // less alike: an equal id is a reused positional id
constexpr double kMovedSimilarity = 0.35;     // a task under another action must be this alike
constexpr double kTargetSimilarity = 0.5;     // name/text Dice for targets
constexpr double kMilestoneSimilarity = 0.5;  // title Dice for milestones
constexpr double kContentMinimum = 0.05;      // TF-IDF cosine for the content fallback
constexpr double kContentMargin = 1.5;        // ... which must beat the runner-up by this factor


std::string title_key(std::string_view t) { return util::remove_words(t, kTitleStopWords); }

std::string task_body(const plan::Task& t) { return t.title + t.text.view(); }

std::string action_body(const plan::Action& a) {
  std::string s = a.title + a.text.view();
  for (const auto& t : a.tasks) s += task_body(t);
  return s;
}

// Character-bigram TF-IDF vectors over a set of documents, for the content
// fallback: bigrams every action has (科普, 培训) weigh little. A bigram is
// its two code points packed in 64 bits, so that sorted vectors hold what
// maps of strings held (in the same order: the sums come out the same).
class Tfidf {
 public:
  explicit Tfidf(const std::vector<std::string>& docs) {
    std::unordered_map<uint64_t, int> df;
    std::vector<std::vector<std::pair<uint64_t, int>>> raw;
    raw.reserve(docs.size());
    for (const auto& d : docs) {
      raw.push_back(grams(d));
      for (const auto& [k, n] : raw.back()) ++df[k];
    }
    vec_.reserve(raw.size());
    for (const auto& g : raw) {
      std::vector<std::pair<uint64_t, double>> v;
      v.reserve(g.size());
      double norm = 0;
      for (const auto& [k, n] : g) {
        double w = (1 + std::log(n)) * std::log(static_cast<double>(raw.size()) / df[k]);
        v.emplace_back(k, w);
        norm += w * w;
      }
      norm = std::sqrt(norm);
      if (norm > 0)
        for (auto& [k, w] : v) w /= norm;
      vec_.push_back(std::move(v));
    }
  }
  double cosine(size_t a, size_t b) const {
    double s = 0;
    const auto &va = vec_[a], &vb = vec_[b];
    for (size_t i = 0, j = 0; i < va.size() && j < vb.size();) {
      if (va[i].first < vb[j].first) ++i;
      else if (vb[j].first < va[i].first) ++j;
      else s += va[i++].second * vb[j++].second;
    }
    return s;
  }

 private:
  // Each distinct bigram of `s` with its count, in the bigrams' order.
  static std::vector<std::pair<uint64_t, int>> grams(const std::string& s) {
    std::vector<std::pair<uint64_t, int>> g;
    for (uint64_t k : util::sorted_bigrams(s))
      if (!g.empty() && g.back().first == k) ++g.back().second;
      else g.emplace_back(k, 1);
    return g;
  }
  std::vector<std::vector<std::pair<uint64_t, double>>> vec_;  // each sorted by bigram
};

struct Pair {
  int o, n;
  std::string how;  // continues | id | title | content | similarity | indicator | name
  std::optional<double> sim;
};

// Pairs the still-unpaired items of two lists by similarity score, best
// one-to-one assignment above the threshold.
void pair_by_score(size_t no, size_t nn, std::vector<char>& used_o, std::vector<char>& used_n,
                   const std::function<double(size_t, size_t)>& score, double threshold, const std::string& how,
                   std::vector<Pair>& out) {
  std::vector<size_t> ro, rn;
  for (size_t i = 0; i < no; ++i)
    if (!used_o[i]) ro.push_back(i);
  for (size_t j = 0; j < nn; ++j)
    if (!used_n[j]) rn.push_back(j);
  if (ro.empty() || rn.empty()) return;
  std::vector<std::vector<double>> m(ro.size(), std::vector<double>(rn.size()));
  for (size_t a = 0; a < ro.size(); ++a)
    for (size_t b = 0; b < rn.size(); ++b) m[a][b] = score(ro[a], rn[b]);
  auto assign = util::best_assignment(m, threshold);
  for (size_t a = 0; a < ro.size(); ++a)
    if (assign[a] >= 0) {
      size_t i = ro[a], j = rn[static_cast<size_t>(assign[a])];
      used_o[i] = used_n[j] = 1;
      out.push_back({static_cast<int>(i), static_cast<int>(j), how, m[a][static_cast<size_t>(assign[a])]});
    }
}

class Differ {
 public:
  Differ(const plan::Plan& o, const plan::Plan& n, const DiffOptions& opts) : O(o), N(n), opts_(opts) {}

  PlanDiff run() {
    d.old_id = O.id;
    d.new_id = N.id;
    d.old_title = O.title;
    d.new_title = N.title;
    metadata();
    departments();
    match_actions();
    match_tasks();
    match_targets();
    emit_goals();
    emit_actions();
    milestones();
    classify();
    record_pairings();
    return std::move(d);
  }

  void record_pairings() {
    for (const auto& p : action_pairs_)
      d.pairings.push_back({"actions/" + O.actions[size_t(p.o)].id, "actions/" + N.actions[size_t(p.n)].id, p.how, p.sim});
    for (const auto& p : task_pairs_) d.pairings.push_back({old_task_path(p.o), new_task_path(p.n), p.how, p.sim});
    for (const auto& p : target_pairs_) d.pairings.push_back({ot_[size_t(p.o)].path, nt_[size_t(p.n)].path, p.how, p.sim});
  }

 private:
  const plan::Plan& O;
  const plan::Plan& N;
  DiffOptions opts_;
  PlanDiff d;
  std::map<std::string, std::string> dept_map_;  // old dept id -> new dept id
  std::vector<Pair> action_pairs_;
  std::vector<Pair> target_pairs_;
  std::vector<TargetRef> ot_, nt_;
  std::set<size_t> emitted_targets_o_, emitted_targets_n_;

  void add(Change c) { d.changes.push_back(std::move(c)); }

  // The severity of the changes that emit_target_pair did not judge.
  void classify() {
    for (auto& c : d.changes) {
      if (!c.severity.empty()) continue;
      const std::string& k = c.kind;
      if (util::ends_with(k, "-kept")) continue;
      if (k == "action-removed" || k == "task-removed" || k == "target-removed" || k == "target-dequantified")
        c.severity = "weakened";
      else if (k == "lead-removed" || k == "lead-demoted")
        c.severity = "attention";
      else
        c.severity = "info";
    }
  }

  void meta(const char* kind, const std::string& a, const std::string& b) {
    if (a != b) add({.kind = kind, .old_value = a, .new_value = b, .depth = 0});
  }

  void metadata() {
    meta("plan-title-changed", O.title, N.title);
    meta("plan-period-changed", fmt::format("{}–{}", O.start, O.end), fmt::format("{}–{}", N.start, N.end));
    meta("plan-fyp-changed", O.fyp ? std::to_string(*O.fyp) : "", N.fyp ? std::to_string(*N.fyp) : "");
    meta("plan-region-changed", O.region.code + " " + O.region.name, N.region.code + " " + N.region.name);
    meta("plan-document-changed", O.document, N.document);
    meta("plan-parent-changed", O.parent, N.parent);
  }

  void departments() {
    std::map<std::string, std::string> new_names(N.departments.begin(), N.departments.end());
    std::map<std::string, std::string> new_by_name;
    for (const auto& [id, name] : N.departments) new_by_name.emplace(name, id);
    std::set<std::string> matched_new;
    d.departments.old_count = static_cast<int>(O.departments.size());
    d.departments.new_count = static_cast<int>(N.departments.size());
    for (const auto& [id, name] : O.departments) {
      if (auto it = new_names.find(id); it != new_names.end()) {
        dept_map_[id] = id;
        matched_new.insert(id);
        if (it->second != name) {
          add({.kind = "department-renamed", .old_path = "departments/" + id, .new_path = "departments/" + id,
               .old_value = name, .new_value = it->second, .how = "id", .depth = 1});
          ++d.departments.renamed;
        } else {
          ++d.departments.kept;
        }
      } else if (auto byname = new_by_name.find(name); byname != new_by_name.end() && !new_names.count(id)) {
        dept_map_[id] = byname->second;
        matched_new.insert(byname->second);
        ++d.departments.kept;  // same department under another id
      } else {
        add({.kind = "department-removed", .old_path = "departments/" + id, .old_value = name, .depth = 1});
        ++d.departments.removed;
      }
    }
    for (const auto& [id, name] : N.departments)
      if (!matched_new.count(id)) {
        add({.kind = "department-added", .new_path = "departments/" + id, .new_value = name, .depth = 1});
        ++d.departments.added;
      }
  }

  void match_actions() {
    size_t no = O.actions.size(), nn = N.actions.size();
    std::vector<char> used_o(no, 0), used_n(nn, 0);
    std::map<std::string, size_t, std::less<>> old_index;
    for (size_t i = 0; i < no; ++i) old_index.emplace(O.actions[i].id, i);
    // 1. continues (may pair one with several: merges and splits)
    for (size_t j = 0; j < nn; ++j)
      for (const auto& c : N.actions[j].continues)
        if (auto it = old_index.find(c); it != old_index.end()) {
          action_pairs_.push_back({static_cast<int>(it->second), static_cast<int>(j), "continues", {}});
          used_o[it->second] = used_n[j] = 1;
        }
    // 2. equal ids
    for (size_t j = 0; j < nn; ++j) {
      if (used_n[j]) continue;
      if (auto it = old_index.find(N.actions[j].id); it != old_index.end() && !used_o[it->second]) {
        action_pairs_.push_back({static_cast<int>(it->second), static_cast<int>(j), "id", {}});
        used_o[it->second] = used_n[j] = 1;
      }
    }
    // 3. title similarity; the task texts break ties
    std::vector<std::string> ob(no), nb(nn);
    std::vector<util::Bigrams> ok(no), nk(nn), obg(no), nbg(nn);
    for (size_t i = 0; i < no; ++i) {
      ob[i] = action_body(O.actions[i]);
      ok[i] = util::Bigrams(title_key(O.actions[i].title));
      obg[i] = util::Bigrams(ob[i]);
    }
    for (size_t j = 0; j < nn; ++j) {
      nb[j] = action_body(N.actions[j]);
      nk[j] = util::Bigrams(title_key(N.actions[j].title));
      nbg[j] = util::Bigrams(nb[j]);
    }
    std::vector<Pair> by_title;
    pair_by_score(no, nn, used_o, used_n,
                  [&](size_t i, size_t j) {
                    double t = ok[i].dice(nk[j]);
                    return t < opts_.similarity ? t : t + 1e-3 * obg[i].dice(nbg[j]);
                  },
                  opts_.similarity, "title", by_title);
    for (auto& p : by_title) {
      p.sim = std::min(1.0, ok[static_cast<size_t>(p.o)].dice(nk[static_cast<size_t>(p.n)]));
      action_pairs_.push_back(p);
    }
    // 4. content, for actions of the same kind that are still alone: only a
    // pair that stands out in its row and its column.
    std::vector<std::string> docs = ob;
    docs.insert(docs.end(), nb.begin(), nb.end());
    Tfidf tf(docs);
    std::vector<std::vector<double>> s(no, std::vector<double>(nn, 0));
    for (size_t i = 0; i < no; ++i)
      for (size_t j = 0; j < nn; ++j)
        if (!used_o[i] && !used_n[j] && O.actions[i].kind == N.actions[j].kind) s[i][j] = tf.cosine(i, no + j);
    for (size_t i = 0; i < no; ++i) {
      if (used_o[i]) continue;
      size_t best = nn;
      for (size_t j = 0; j < nn; ++j)
        if (best == nn || s[i][j] > s[i][best]) best = j;
      if (best == nn || s[i][best] < kContentMinimum) continue;
      double row2 = 0, col2 = 0;
      for (size_t j = 0; j < nn; ++j)
        if (j != best) row2 = std::max(row2, s[i][j]);
      for (size_t k = 0; k < no; ++k)
        if (k != i) col2 = std::max(col2, s[k][best]);
      if (s[i][best] >= kContentMargin * row2 && s[i][best] >= kContentMargin * col2) {
        action_pairs_.push_back({static_cast<int>(i), static_cast<int>(best), "content", s[i][best]});
        used_o[i] = used_n[best] = 1;
      }
    }
  }

  void match_targets() {
    ot_ = targets_of(O);
    nt_ = targets_of(N);
    size_t no = ot_.size(), nn = nt_.size();
    std::vector<char> used_o(no, 0), used_n(nn, 0);
    auto count = [](const std::vector<TargetRef>& v, std::string_view ind) {
      return std::count_if(v.begin(), v.end(), [&](const TargetRef& r) { return r.t->indicator == ind; });
    };
    for (size_t j = 0; j < nn; ++j) {
      std::string_view ind = nt_[j].t->indicator;
      if (ind.empty() || count(nt_, ind) != 1 || count(ot_, ind) != 1) continue;
      for (size_t i = 0; i < no; ++i)
        if (ot_[i].t->indicator == ind && !used_o[i]) {
          target_pairs_.push_back({static_cast<int>(i), static_cast<int>(j), "indicator", {}});
          used_o[i] = used_n[j] = 1;
        }
    }
    for (size_t j = 0; j < nn; ++j) {
      if (used_n[j]) continue;
      for (size_t i = 0; i < no; ++i)
        if (!used_o[i] && ot_[i].t->id == nt_[j].t->id) {
          target_pairs_.push_back({static_cast<int>(i), static_cast<int>(j), "id", {}});
          used_o[i] = used_n[j] = 1;
          break;
        }
    }
    auto label = [](const TargetRef& r) {
      return util::Bigrams(!r.t->name.empty() ? std::string_view(r.t->name) : std::string_view(r.t->text));
    };
    std::vector<util::Bigrams> ol(no), nl(nn);
    std::transform(ot_.begin(), ot_.end(), ol.begin(), label);
    std::transform(nt_.begin(), nt_.end(), nl.begin(), label);
    pair_by_score(no, nn, used_o, used_n, [&](size_t i, size_t j) { return ol[i].dice(nl[j]); },
                  kTargetSimilarity, "similarity", target_pairs_);
    for (const auto& r : ot_) d.old_numeric_targets += r.t->value ? 1 : 0;
    for (const auto& r : nt_) d.new_numeric_targets += r.t->value ? 1 : 0;
    d.targets.old_count = static_cast<int>(no);
    d.targets.new_count = static_cast<int>(nn);
  }

  // The changes of the targets whose NEW path starts with `prefix`: paired
  // ones (reworded or kept), then added ones.
  void emit_targets_under(const std::string& prefix) {
    for (const auto& p : target_pairs_) {
      size_t j = static_cast<size_t>(p.n);
      if (emitted_targets_n_.count(j) || !util::starts_with(nt_[j].path, prefix)) continue;
      emitted_targets_n_.insert(j);
      emitted_targets_o_.insert(static_cast<size_t>(p.o));
      emit_target_pair(p);
    }
    for (size_t j = 0; j < nt_.size(); ++j)
      if (!emitted_targets_n_.count(j) && util::starts_with(nt_[j].path, prefix) && !paired_new_target(j)) {
        emitted_targets_n_.insert(j);
        add({.kind = "target-added", .new_path = nt_[j].path, .new_value = target_label(*nt_[j].t),
             .depth = nt_[j].depth});
        ++d.targets.added;
      }
  }

  // The OLD targets under `prefix` that nothing took, not shown yet.
  void emit_removed_targets(const std::string& prefix) {
    for (size_t i = 0; i < ot_.size(); ++i)
      if (!emitted_targets_o_.count(i) && util::starts_with(ot_[i].path, prefix) && !paired_old_target(i)) {
        emitted_targets_o_.insert(i);
        add({.kind = "target-removed", .old_path = ot_[i].path, .old_value = target_label(*ot_[i].t),
             .depth = ot_[i].depth});
        ++d.targets.removed;
      }
  }

  // What changed in a pair of targets: value, unit, deadline, comparison.
  void emit_target_pair(const Pair& p) {
    const TargetRef& o = ot_[static_cast<size_t>(p.o)];
    const TargetRef& n = nt_[static_cast<size_t>(p.n)];
    const plan::Target& a = *o.t;
    const plan::Target& b = *n.t;
    bool changed = false;
    auto emit = [&](const char* kind, std::string ov, std::string nv, const char* severity = "") {
      add({.kind = kind, .old_path = o.path, .new_path = n.path, .old_value = std::move(ov), .new_value = std::move(nv),
           .similarity = p.sim, .how = p.how, .depth = n.depth, .severity = severity});
      changed = true;
    };
    if (!a.value && b.value) emit("target-quantified", target_label(a), target_label(b));
    else if (a.value && !b.value) emit("target-dequantified", target_label(a), target_label(b));
    else if (a.value && b.value && *a.value != *b.value) {
      std::string pct = *a.value != 0 && a.unit == b.unit ? fmt::format(" ({:+.0f}%)", (*b.value - *a.value) / *a.value * 100) : "";
      emit("target-value-changed", num(*a.value).append(a.unit), num(*b.value).append(b.unit) + pct, value_severity(a, b));
    }
    if (a.value && b.value && a.unit != b.unit) emit("target-unit-changed", a.unit.str(), b.unit.str(), "attention");
    std::string aby = a.by ? a.by->text.str() : "", bby = b.by ? b.by->text.str() : "";
    if (aby != bby) emit("target-deadline-changed", aby, bby, deadline_severity(a, b));
    if (a.value && b.value && a.op != b.op) emit("target-op-changed", a.op.str(), b.op.str(), op_severity(a.op, b.op));
    ++(changed ? d.targets.reworded : d.targets.kept);
  }

  // A new value is weaker when it asks for less: lower under >= or >, higher
  // under <= or <. In another unit it cannot be told: attention.
  static const char* value_severity(const plan::Target& a, const plan::Target& b) {
    if (a.unit != b.unit) return "attention";
    bool up = b.op == ">=" || b.op == ">" || b.op == "==";
    return (up ? *b.value < *a.value : *b.value > *a.value) ? "weakened" : "info";
  }

  // > to >= and < to <= accept more: weaker; the other way is stricter.
  static const char* op_severity(std::string_view from, std::string_view to) {
    bool loosened = (from == ">" && to == ">=") || (from == "<" && to == "<=") ||
                    (from == "==" && (to == ">=" || to == "<=" || to == ">" || to == "<"));
    return loosened ? "weakened" : "info";
  }

  // A deadline moved later than the plan period moved: postponed, weaker.
  // (2020 -> 2025 from a 2016-2020 plan to a 2021-2025 one is the period's
  // own shift; in two drafts of one plan any later deadline is postponed.)
  const char* deadline_severity(const plan::Target& a, const plan::Target& b) const {
    if (!a.by || !b.by || !a.by->valid || !b.by->valid) return "info";
    util::Date expected = a.by->end();
    if (O.start && N.start) expected.year += N.start - O.start;
    if (expected.month == 2 && expected.day == 29) expected.day = 28;  // a 29 February moved to a common year
    return util::days_since_epoch(b.by->end()) > util::days_since_epoch(expected) ? "weakened" : "info";
  }
  bool paired_new_target(size_t j) const {
    return std::any_of(target_pairs_.begin(), target_pairs_.end(), [&](const Pair& p) { return static_cast<size_t>(p.n) == j; });
  }
  bool paired_old_target(size_t i) const {
    return std::any_of(target_pairs_.begin(), target_pairs_.end(), [&](const Pair& p) { return static_cast<size_t>(p.o) == i; });
  }

  void emit_goals() {
    emit_targets_under("goals/");
    emit_removed_targets("goals/");
  }

  // Departments added to and removed from one list; `skip_added` and
  // `skip_removed` (new ids) were shown as moves between lead and support.
  // What an OLD department id is compared as: the NEW id it became, or
  // "old:" and itself when no NEW department is it.
  std::string old_key(const std::string& id) const {
    auto it = dept_map_.find(id);
    return it != dept_map_.end() ? it->second : "old:" + id;
  }

  void dept_changes(const util::PackedStrings& olds, bool old_all, const util::PackedStrings& news,
                    bool new_all, const char* added, const char* removed, const std::string& opath,
                    const std::string& npath, const std::set<std::string>& skip_added,
                    const std::set<std::string>& skip_removed) {
    std::set<std::string> a, b;
    for (auto x : olds) a.insert(old_key(std::string(x)));
    for (auto x : news) b.insert(std::string(x));
    for (const auto& x : skip_added) b.erase(x), a.erase(x);
    for (const auto& x : skip_removed) a.erase(x), b.erase(x);
    if (old_all) a.insert("*");
    if (new_all) b.insert("*");
    auto name_old = [&](const std::string& key) {
      if (key == "*") return std::string(kEveryMember);
      if (util::starts_with(key, "old:")) return std::string(plan::department_name(O, std::string_view(key).substr(4)));
      for (const auto& [oid, nid] : dept_map_)
        if (nid == key) return std::string(plan::department_name(O, oid));
      return key;
    };
    for (const auto& x : b)
      if (!a.count(x))
        add({.kind = added, .old_path = opath, .new_path = npath,
             .new_value = x == "*" ? std::string(kEveryMember) : std::string(plan::department_name(N, x)), .depth = 2});
    for (const auto& x : a)
      if (!b.count(x))
        add({.kind = removed, .old_path = opath, .new_path = npath, .old_value = name_old(x), .depth = 2});
  }

  // ---- tasks: paired inside each NEW action against the tasks of its OLD
  // action(s), then moves among what is left --------------------------------

  struct TaskRef {
    const plan::Task* t;
    size_t action;  // index in its plan
  };
  struct TaskPair {
    TaskRef o, n;
    std::string how;
    std::optional<double> sim;
  };
  std::map<int, std::vector<const Pair*>> olds_of_new_, news_of_old_;  // the action pairs, by side
  std::vector<TaskPair> task_pairs_;
  std::vector<TaskRef> lone_o_, lone_n_;  // tasks that no pairing took

  void match_tasks() {
    for (const auto& p : action_pairs_) {
      olds_of_new_[p.n].push_back(&p);
      news_of_old_[p.o].push_back(&p);
    }
    for (size_t j = 0; j < N.actions.size(); ++j) pair_tasks_of(j);
    collect_lone_tasks();
    pair_moved_tasks();
  }

  // The tasks of NEW action j against those of its OLD partner(s): by
  // `continues`, by id (if the texts are alike enough), then by similarity.
  void pair_tasks_of(size_t j) {
    std::vector<TaskRef> ot, nt;
    for (const auto* p : olds_of_new_[static_cast<int>(j)])
      for (const auto& t : O.actions[static_cast<size_t>(p->o)].tasks) ot.push_back({&t, static_cast<size_t>(p->o)});
    for (const auto& t : N.actions[j].tasks) nt.push_back({&t, j});
    std::vector<char> uo(ot.size(), 0), un(nt.size(), 0);
    std::vector<Pair> pairs;
    for (size_t b = 0; b < nt.size(); ++b)
      for (const auto& c : nt[b].t->continues)
        for (size_t a = 0; a < ot.size(); ++a)
          if (!uo[a] && !un[b] && ot[a].t->id == c) { pairs.push_back({int(a), int(b), "continues", {}}); uo[a] = un[b] = 1; }
    for (size_t b = 0; b < nt.size(); ++b)
      for (size_t a = 0; a < ot.size(); ++a)
        if (!uo[a] && !un[b] && ot[a].t->id == nt[b].t->id &&
            task_similarity(*ot[a].t, *nt[b].t) >= kTaskIdFloor) {
          pairs.push_back({int(a), int(b), "id", {}});
          uo[a] = un[b] = 1;
        }
    pair_by_score(ot.size(), nt.size(), uo, un,
                  [&](size_t a, size_t b) { return task_similarity(*ot[a].t, *nt[b].t); },
                  kTaskSimilarity, "similarity", pairs);
    for (const auto& p : pairs) task_pairs_.push_back({ot[size_t(p.o)], nt[size_t(p.n)], p.how, p.sim});
  }

  // What no action's pairing took (an old task of a split action is offered
  // to each part, so it is alone only if none of them took it).
  void collect_lone_tasks() {
    std::set<const plan::Task*> taken_o, taken_n;
    for (const auto& p : task_pairs_) {
      taken_o.insert(p.o.t);
      taken_n.insert(p.n.t);
    }
    for (size_t i = 0; i < O.actions.size(); ++i)
      for (const auto& t : O.actions[i].tasks)
        if (!taken_o.count(&t)) lone_o_.push_back({&t, i});
    for (size_t j = 0; j < N.actions.size(); ++j)
      for (const auto& t : N.actions[j].tasks)
        if (!taken_n.count(&t)) lone_n_.push_back({&t, j});
  }

  // A lone task alike enough to a lone task under another action has moved.
  void pair_moved_tasks() {
    std::vector<char> uo(lone_o_.size(), 0), un(lone_n_.size(), 0);
    std::vector<Pair> moved;
    pair_by_score(lone_o_.size(), lone_n_.size(), uo, un,
                  [&](size_t a, size_t b) { return task_similarity(*lone_o_[a].t, *lone_n_[b].t); },
                  kMovedSimilarity, "moved", moved);
    for (const auto& p : moved) task_pairs_.push_back({lone_o_[size_t(p.o)], lone_n_[size_t(p.n)], "moved", p.sim});
    std::vector<TaskRef> rest_o, rest_n;
    for (size_t a = 0; a < lone_o_.size(); ++a)
      if (!uo[a]) rest_o.push_back(lone_o_[a]);
    for (size_t b = 0; b < lone_n_.size(); ++b)
      if (!un[b]) rest_n.push_back(lone_n_[b]);
    lone_o_.swap(rest_o);
    lone_n_.swap(rest_n);
  }

  // ---- actions and their tasks, as changes in NEW's order ------------------

  std::set<size_t> emitted_old_;                   // OLD actions shown
  std::set<const plan::Task*> shown_removed_;      // OLD tasks shown as removed
  std::unordered_map<const plan::Task*, util::Bigrams> body_grams_;  // each task's title and text, made once

  // How alike two tasks are (title and text): a task is compared with its
  // partners' tasks, the lone ones and every task of the other plan.
  double task_similarity(const plan::Task& a, const plan::Task& b) { return grams(a).dice(grams(b)); }
  const util::Bigrams& grams(const plan::Task& t) {
    auto it = body_grams_.find(&t);
    if (it == body_grams_.end()) it = body_grams_.emplace(&t, util::Bigrams(task_body(t))).first;
    return it->second;
  }

  std::string old_task_path(const TaskRef& r) const { return "actions/" + O.actions[r.action].id + "/tasks/" + r.t->id; }
  std::string new_task_path(const TaskRef& r) const { return "actions/" + N.actions[r.action].id + "/tasks/" + r.t->id; }

  void emit_actions() {
    d.actions.old_count = static_cast<int>(O.actions.size());
    d.actions.new_count = static_cast<int>(N.actions.size());
    for (const auto& a : O.actions) d.tasks.old_count += static_cast<int>(a.tasks.size());
    for (const auto& a : N.actions) d.tasks.new_count += static_cast<int>(a.tasks.size());
    for (size_t j = 0; j < N.actions.size(); ++j) {
      const auto& olds = olds_of_new_[static_cast<int>(j)];
      emit_removed_actions_before(olds);
      emit_action(j, olds);
      emit_tasks(j);
      emit_removed_tasks(olds);
      emit_targets_under("actions/" + N.actions[j].id + "/");
      if (olds.size() == 1) emit_removed_targets("actions/" + O.actions[size_t(olds.front()->o)].id + "/");
      for (const auto* p : olds) emitted_old_.insert(size_t(p->o));
    }
    for (size_t i = 0; i < O.actions.size(); ++i)
      if (!news_of_old_.count(int(i))) emit_removed_action(i);
    emit_removed_targets("actions/");  // those still not shown (under merged actions' old partners)
  }

  // Removed OLD actions that stood before the partner(s) of a NEW action.
  void emit_removed_actions_before(const std::vector<const Pair*>& olds) {
    if (olds.empty()) return;
    int first = olds.front()->o;
    for (const auto* p : olds) first = std::min(first, p->o);
    for (int i = 0; i < first; ++i)
      if (!news_of_old_.count(i)) emit_removed_action(static_cast<size_t>(i));
  }

  void emit_removed_action(size_t i) {
    if (!emitted_old_.insert(i).second) return;
    const plan::Action& a = O.actions[i];
    add({.kind = "action-removed", .old_path = "actions/" + a.id, .old_value = a.title.str(), .depth = 1});
    ++d.actions.removed;
    emit_removed_tasks_of(i);
    emit_removed_targets("actions/" + a.id + "/");
  }

  // NEW action j itself: added, merged, split, renamed or kept, and what
  // changed in its kind and departments.
  void emit_action(size_t j, const std::vector<const Pair*>& olds) {
    const plan::Action& b = N.actions[j];
    std::string np = "actions/" + b.id;
    if (olds.empty()) {
      add({.kind = "action-added", .new_path = np, .new_value = b.title.str(), .depth = 1});
      ++d.actions.added;
      return;
    }
    if (olds.size() > 1) {
      std::string names;
      for (const auto* p : olds) names += (names.empty() ? "" : " + ") + O.actions[size_t(p->o)].title;
      add({.kind = "action-merged", .new_path = np, .old_value = names, .new_value = b.title.str(), .how = "continues",
           .depth = 1});
      ++d.actions.merged;
      return;
    }
    const Pair& p = *olds.front();
    const plan::Action& a = O.actions[size_t(p.o)];
    std::string op = "actions/" + a.id;
    bool split = news_of_old_[p.o].size() > 1, renamed = a.title != b.title;
    add({.kind = split ? "action-split" : renamed ? "action-renamed" : "action-kept", .old_path = op, .new_path = np,
         .old_value = a.title.str(), .new_value = b.title.str(), .similarity = p.sim, .how = p.how, .depth = 1});
    ++(split ? d.actions.split : renamed ? d.actions.renamed : d.actions.kept);
    if (a.kind != b.kind)
      add({.kind = "action-kind-changed", .old_path = op, .new_path = np, .old_value = a.kind, .new_value = b.kind,
           .depth = 2});
    lead_and_support(a, b, op, np);
  }

  // The lead and supporting departments of a paired action. A department
  // that moves from lead to support (or back) is one change, not a removal
  // and an addition.
  void lead_and_support(const plan::Action& a, const plan::Action& b, const std::string& op, const std::string& np) {
    auto keys = [&](const util::PackedStrings& ids, bool old) {
      std::set<std::string> out;
      for (auto x : ids) out.insert(old ? old_key(std::string(x)) : std::string(x));
      return out;
    };
    std::set<std::string> ol = keys(a.lead, true), nl = keys(b.lead, false), os = keys(a.support, true),
                          ns = keys(b.support, false);
    std::set<std::string> demoted, promoted;
    for (const auto& x : ol)
      if (!nl.count(x) && ns.count(x) && !os.count(x)) demoted.insert(x);
    for (const auto& x : nl)
      if (!ol.count(x) && os.count(x) && !ns.count(x)) promoted.insert(x);
    for (const auto& x : demoted)
      add({.kind = "lead-demoted", .old_path = op, .new_path = np, .old_value = std::string(plan::department_name(N, x)), .new_value = std::string(plan::department_name(N, x)),
           .depth = 2});
    for (const auto& x : promoted)
      add({.kind = "lead-promoted", .old_path = op, .new_path = np, .old_value = std::string(plan::department_name(N, x)), .new_value = std::string(plan::department_name(N, x)),
           .depth = 2});
    dept_changes(a.lead, false, b.lead, false, "lead-added", "lead-removed", op, np, promoted, demoted);
    dept_changes(a.support, a.support_all, b.support, b.support_all, "support-added", "support-removed", op, np, demoted,
                 promoted);
  }

  // The tasks of NEW action j, in its order: added, moved, reworded or kept,
  // each followed by the changes of its own targets. A kept task whose
  // targets changed is shown as kept (task-kept), so that its targets stand
  // under it and not under the task before.
  void emit_tasks(size_t j) {
    for (const auto& t : N.actions[j].tasks) {
      TaskRef me{&t, j};
      size_t at = d.changes.size();
      const TaskRef* old = emit_task(me);
      emit_targets_under(new_task_path(me) + "/");
      if (old) emit_removed_targets(old_task_path(*old) + "/");
      if (old && d.changes.size() > at && d.changes[at].depth > 2) {
        d.changes.insert(d.changes.begin() + static_cast<long>(at),
                         {.kind = "task-kept", .old_path = old_task_path(*old), .new_path = new_task_path(me),
                          .old_value = old->t->title.str(), .new_value = t.title.str(), .depth = 2});
      }
    }
  }

  // The change of one NEW task; its OLD partner, if it has one.
  const TaskRef* emit_task(const TaskRef& me) {
    const plan::Task& t = *me.t;
    {
      auto it = std::find_if(task_pairs_.begin(), task_pairs_.end(), [&](const TaskPair& x) { return x.n.t == &t; });
      if (it == task_pairs_.end()) {
        Change c{.kind = "task-added", .new_path = new_task_path(me), .new_value = t.title.str(), .depth = 2};
        closest_task(t, O, c);
        add(std::move(c));
        ++d.tasks.added;
        return nullptr;
      }
      const plan::Task& ot = *it->o.t;
      bool moved = it->how == "moved";
      bool reworded = ot.title != t.title || ot.text != t.text;
      if (moved) {
        add({.kind = "task-moved", .old_path = old_task_path(it->o), .new_path = new_task_path(me),
             .old_value = ot.title.str(), .new_value = t.title.str(), .similarity = it->sim, .how = "similarity", .depth = 2});
        ++d.tasks.moved;
      }
      if (reworded) {
        add({.kind = "task-reworded", .old_path = old_task_path(it->o), .new_path = new_task_path(me),
             .old_value = ot.title.str() + (ot.text.empty() ? "" : "。" + ot.text),
             .new_value = t.title.str() + (t.text.empty() ? "" : "。" + t.text),
             .similarity = it->how == "similarity" ? it->sim : std::nullopt, .how = it->how, .depth = 2});
        if (!moved) ++d.tasks.reworded;
      } else if (!moved) {
        ++d.tasks.kept;
      }
      return &it->o;
    }
  }

  // The task of `other` most alike `t` (title and text), on the change.
  void closest_task(const plan::Task& t, const plan::Plan& other, Change& c) {
    double best = -1;
    for (const auto& a : other.actions)
      for (const auto& x : a.tasks) {
        double s = task_similarity(t, x);
        if (s > best) {
          best = s;
          c.closest = "actions/" + a.id + "/tasks/" + x.id;
        }
      }
    if (best >= 0) c.closest_similarity = best;
  }

  // The OLD partners' tasks that nothing took.
  void emit_removed_tasks(const std::vector<const Pair*>& olds) {
    for (const auto* p : olds) emit_removed_tasks_of(size_t(p->o));
  }

  // The tasks of OLD action i that nothing took, not shown yet.
  void emit_removed_tasks_of(size_t i) {
    for (const auto& r : lone_o_)
      if (r.action == i && shown_removed_.insert(r.t).second) {
        Change c{.kind = "task-removed", .old_path = old_task_path(r), .old_value = r.t->title.str(), .depth = 2};
        closest_task(*r.t, N, c);
        add(std::move(c));
        ++d.tasks.removed;
        emit_removed_targets(old_task_path(r) + "/");
      }
  }

  void milestones() {
    size_t no = O.milestones.size(), nn = N.milestones.size();
    std::vector<char> uo(no, 0), un(nn, 0);
    std::vector<Pair> pairs;
    for (size_t j = 0; j < nn; ++j)
      for (size_t i = 0; i < no; ++i)
        if (!uo[i] && !un[j] && O.milestones[i].id == N.milestones[j].id) { pairs.push_back({int(i), int(j), "id", {}}); uo[i] = un[j] = 1; }
    pair_by_score(no, nn, uo, un,
                  [&](size_t i, size_t j) { return util::bigram_dice(O.milestones[i].title, N.milestones[j].title); },
                  kMilestoneSimilarity, "similarity", pairs);
    auto show = [](const plan::Milestone& m) {
      return m.title + " (" + (m.from ? m.from->text + "–" : "") + (m.by ? m.by->text : "") + ")";
    };
    for (size_t j = 0; j < nn; ++j) {
      auto it = std::find_if(pairs.begin(), pairs.end(), [&](const Pair& p) { return size_t(p.n) == j; });
      const plan::Milestone& b = N.milestones[j];
      if (it == pairs.end()) {
        add({.kind = "milestone-added", .new_path = "milestones/" + b.id, .new_value = show(b), .depth = 1});
        continue;
      }
      const plan::Milestone& a = O.milestones[size_t(it->o)];
      if (show(a) != show(b))
        add({.kind = "milestone-changed", .old_path = "milestones/" + a.id, .new_path = "milestones/" + b.id,
             .old_value = show(a), .new_value = show(b), .similarity = it->sim, .how = it->how, .depth = 1});
    }
    for (size_t i = 0; i < no; ++i)
      if (!uo[i])
        add({.kind = "milestone-removed", .old_path = "milestones/" + O.milestones[i].id,
             .old_value = show(O.milestones[i]), .depth = 1});
  }
};

}  // namespace

PlanDiff diff_plans(const plan::Plan& old_plan, const plan::Plan& new_plan, const DiffOptions& opts) {
  return Differ(old_plan, new_plan, opts).run();
}

}  // namespace scip::diff
