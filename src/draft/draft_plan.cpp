// draft/draft_plan — see draft_plan.h.
#include "draft/draft_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "draft/responsibility.h"
#include "region/registry.h"
#include "util/han.h"
#include "util/number.h"
#include "util/similarity.h"
#include "util/text.h"

namespace scip::draft {

namespace {

using util::decode_utf8;
using util::encode_utf8;

bool contains(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// 五项提升行动, 5项重点工程, 十大工程: a heading that counts the plan's own parts.
bool counts_parts(const std::u32string& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i)
    if ((util::is_cn_numeral(t[i]) || util::is_digit(t[i])) && (t[i + 1] == U'项' || t[i + 1] == U'大')) return true;
  return false;
}

// The title of an action or project: 实施青少年科学素质行动 → 青少年科学素质行动.
std::string action_title(const std::string& title) {
  std::u32string t = decode_utf8(title);
  if (t.starts_with(U"实施") && t.size() > 6) t.erase(0, 2);
  return encode_utf8(t);
}

// "action" or "project" when the heading names one, else "".
std::string action_kind(const Node& n) {
  std::u32string t = decode_utf8(n.title);
  if (counts_parts(t)) return "";
  if (t.ends_with(U"工程")) return "project";
  if (t.ends_with(U"行动")) return "action";
  return "";
}

bool goal_heading(const Node& n) { return contains(n.title, "目标") && !contains(n.title, "行动") && !contains(n.title, "工程"); }
bool schedule_heading(const Node& n) {
  for (std::string_view w : {"进度安排", "时间节点", "实施步骤", "时间安排", "阶段安排", "进度要求"})
    if (contains(n.title, w)) return true;
  return false;
}

void each_node(const Node& n, const std::function<void(const Node&)>& f) {
  f(n);
  for (const auto& c : n.children) each_node(*c, f);
}

// The shallowest level at which at least two headings name actions or projects; 0 when none does.
int action_level(const Node& root) {
  int count[5] = {0, 0, 0, 0, 0};
  each_node(root, [&](const Node& n) {
    if (n.level > 0 && n.level < 5 && !action_kind(n).empty()) ++count[n.level];
  });
  for (int l = 1; l < 5; ++l)
    if (count[l] >= 2) return l;
  return 0;
}

// Ids a person would choose for the common actions and projects.
std::string action_id(const std::string& title, const std::string& kind, int index, std::set<std::string>& used) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"青少年", "youth"},           {"农民", "farmers"},         {"产业工人", "industrial-workers"},
      {"城镇劳动者", "urban-workers"}, {"老年人", "elderly"},        {"领导干部", "cadres"},
      {"社区居民", "community"},     {"科技资源科普化", "resources"}, {"信息化", "informatization"},
      {"基础设施", "infrastructure"}, {"基层科普能力", "grassroots"}, {"人才", "talent"},
      {"科学教育与培训", "education"}, {"产业", "industry"},         {"国际", "international"},
      {"应急", "emergency"},         {"监测评估", "evaluation"}};
  std::string id;
  for (auto [w, i] : kWords)
    if (contains(title, w)) {
      id = i;
      break;
    }
  if (id.empty() || used.count(id)) id = fmt::format("{}-{}", kind, index);
  used.insert(id);
  return id;
}

// Years written "2022年到2025年", "2017—2020年", "2021年": from and by.
std::pair<int, int> years_in(const std::u32string& s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!(util::is_digit(s[i]) && util::is_digit(s[i + 1]) && util::is_digit(s[i + 2]) && util::is_digit(s[i + 3]))) continue;
    int a = std::stoi(encode_utf8(s.substr(i, 4)));
    size_t j = i + 4;
    if (j < s.size() && s[j] == U'年') ++j;
    if (j < s.size() && (s[j] == U'到' || s[j] == U'至' || s[j] == U'—' || s[j] == U'－' || s[j] == U'-' || s[j] == U'~')) {
      ++j;
      if (j + 4 <= s.size() && util::is_digit(s[j]) && util::is_digit(s[j + 3])) return {a, std::stoi(encode_utf8(s.substr(j, 4)))};
    }
    if (a >= 1949 && a <= 2100) return {a, a};
  }
  return {0, 0};
}

class Builder {
 public:
  explicit Builder(const DraftOptions& o) : o_(o) {}

  Draft build(const std::vector<Paragraph>& paragraphs) {
    d_.paragraphs = static_cast<int>(paragraphs.size());
    auto root = build_outline(paragraphs);
    header(*root);
    int level = action_level(*root);
    if (level > 0) collect_actions(*root, level);
    else collect_sections(*root);
    collect_rest(*root);
    d_.departments = depts_.all();
    return std::move(d_);
  }

 private:
  template <class... Args>
  Remark remark(int line, std::string_view id, Args&&... args) {
    return {line, i18n::tr(o_.lang, id, std::forward<Args>(args)...)};
  }

  // ---- the header: title, issuer, 文号, date, period, region ---------------
  void header(const Node& root) {
    const auto& top = root.before_heading;
    for (size_t i = 0; i < top.size() && i < 20; ++i) {
      std::u32string s = decode_utf8(top[i].text);
      if (i == 0 && s.size() <= 30 && s.ends_with(U"文件")) d_.issuer = encode_utf8(s.substr(0, s.size() - 2));
      else if (i == 0 && s.size() <= 30 && (s.ends_with(U"办公厅") || s.ends_with(U"办公室") || s.ends_with(U"人民政府")))
        d_.issuer = top[i].text;
      if (d_.document.empty()) d_.document = document_number(s);
      if (d_.issued.empty()) d_.issued = issue_date(s);
      if (d_.title.empty() && title_like(s)) d_.title = encode_utf8(util::fullwidth_parens(s));
    }
    if (d_.title.empty()) {
      d_.title = "TODO";
      d_.header_remarks.push_back(remark(1, "import.todo.title"));
    }
    period();
    region();
    d_.id = d_.region_code.empty() ? "plan" : d_.region_code;
    d_.id += d_.start == d_.end ? fmt::format("-{}", d_.start) : fmt::format("-{}-{}", d_.start, d_.end);
    d_.header_remarks.push_back(remark(1, "import.todo.id", fmt::arg("id", d_.id)));
  }

  static bool title_like(const std::u32string& s) {
    if (s.size() > 80 || s.starts_with(U"关于") || s.find(U"通知") != std::u32string::npos || s.find(U"关于印发") != std::u32string::npos)
      return false;
    for (std::u32string_view w : {U"方案", U"要点", U"计划", U"规划", U"纲要"})
      if (s.find(w) != std::u32string::npos) return s.find(U'。') == std::u32string::npos;
    return false;
  }

  // 秦政办字[2016]130号, 青科协发普字〔2023〕4号.
  static std::string document_number(const std::u32string& s) {
    size_t hao = s.find(U'号');
    if (hao == std::u32string::npos || hao < 8) return "";
    size_t i = hao;
    while (i > 0 && util::is_digit(s[i - 1])) --i;
    if (i == hao || i < 6) return "";
    char32_t close = s[i - 1];
    if (close != U'〕' && close != U']' && close != U'］' && close != U'）' && close != U')') return "";
    size_t open = i - 6;
    char32_t o = s[open];
    if (o != U'〔' && o != U'[' && o != U'［' && o != U'（' && o != U'(') return "";
    size_t b = open;
    while (b > 0 && util::is_cjk(s[b - 1]) && open - b < 10) --b;
    if (b == open) return "";
    return encode_utf8(s.substr(b, hao + 1 - b));
  }

  // A paragraph that is only a date: 2023年3月31日.
  static std::string issue_date(const std::u32string& s) {
    int y = 0, m = 0, day = 0;
    std::string t = encode_utf8(s);
    if (std::sscanf(t.c_str(), "%4d年%2d月%2d日", &y, &m, &day) != 3) return "";
    if (!t.ends_with("日") || t.size() > 18) return "";
    return fmt::format("{:04}-{:02}-{:02}", y, m, day);
  }

  void period() {
    auto [a, b] = years_in(decode_utf8(d_.title));
    std::u32string t = decode_utf8(d_.title);
    // A span: the second year after a dash.
    int second = 0;
    for (size_t i = 0; i + 4 <= t.size(); ++i)
      if (i > 0 && (t[i - 1] == U'—' || t[i - 1] == U'-' || t[i - 1] == U'－' || t[i - 1] == U'至' || t[i - 1] == U'–') &&
          util::is_digit(t[i]) && util::is_digit(t[i + 3]))
        second = std::stoi(encode_utf8(t.substr(i, 4)));
    if (second) b = second;
    if (!a) {
      a = b = 2021;
      d_.header_remarks.push_back(remark(1, "import.todo.period"));
    }
    d_.start = a;
    d_.end = b;
    int off = a - 2016;  // the 13th five-year plan began in 2016
    d_.fyp = 13 + (off >= 0 ? off / 5 : -((-off + 4) / 5));
  }

  void region() {
    const auto& reg = region::Registry::builtin();
    if (const region::Record* given = o_.region.empty() ? nullptr : reg.latest(o_.region)) {
      d_.region_code = given->code;
      d_.region_name = given->name;
      d_.region_level = std::string(region::level_name(given->level));
      return;
    }
    std::u32string t = decode_utf8(d_.title);
    for (size_t len = std::min<size_t>(t.size(), 12); len >= 2; --len) {
      std::string prefix = encode_utf8(t.substr(0, len));
      const region::Record* best = nullptr;
      for (const auto* r : reg.named(prefix))
        if (r->name == prefix && (!best || r->valid_in(d_.start))) best = r;
      if (best) {
        d_.region_code = best->code;
        d_.region_name = best->name;
        d_.region_level = std::string(region::level_name(best->level));
        d_.header_remarks.push_back(remark(1, "import.todo.region", fmt::arg("name", best->name), fmt::arg("code", best->code)));
        return;
      }
    }
    d_.header_remarks.push_back(remark(1, "import.todo.no-region"));
  }

  // ---- actions, projects and their tasks -----------------------------------
  void collect_actions(const Node& root, int level) {
    each_node(root, [&](const Node& n) {
      if (n.level != level || used_.count(&n)) return;
      std::string kind = action_kind(n);
      bool sibling_of_actions = false;
      for (const auto& s : n.parent->children) sibling_of_actions = sibling_of_actions || !action_kind(*s).empty();
      if (kind.empty() && (!sibling_of_actions || goal_heading(n) || schedule_heading(n))) return;
      add_action(n, kind.empty() ? "section" : kind);
    });
  }

  void collect_sections(const Node& root) {
    for (const auto& part : root.children)
      if (!goal_heading(*part) && !schedule_heading(*part) && !part->children.empty()) add_action(*part, "section");
  }

  void add_action(const Node& n, const std::string& kind) {
    mark_used(n);
    DraftAction a;
    a.kind = kind;
    a.title = kind == "section" ? n.title : action_title(n.title);
    a.id = action_id(a.title, kind, static_cast<int>(d_.actions.size()) + 1, action_ids_);
    a.text = n.body;
    a.source = n.source();
    a.line = n.line;
    if (kind == "section" && !d_.actions.empty() && d_.actions.front().kind != "section")
      a.remarks.push_back(remark(n.line, "import.todo.section", fmt::arg("title", n.title)));
    Responsibility own;
    for (const auto& p : n.responsibility) read_responsibility(p.text, own);
    int k = 0;
    for (const auto& c : n.children) a.tasks.push_back(task_of(*c, a.id, ++k));
    move_closing_responsibility(n, a, own);
    apply(own, a.lead, a.support, a.support_all, a.remarks, n.line);
    if (kind == "section" && a.lead.empty() && !d_.issuer.empty() && n.responsibility.empty() && !any_task_lead(a)) {
      a.lead.push_back(depts_.id_of(issuer_short()));
      a.remarks.push_back(remark(n.line, "import.todo.issuer-lead", fmt::arg("issuer", issuer_short())));
    }
    if (a.lead.empty() && !any_task_lead(a)) {
      a.remarks.push_back(remark(n.line, "import.todo.no-lead"));
      ++d_.without_lead;
    }
    for (auto& f : find_targets(n.body, {d_.end})) a.targets.push_back(target_of(f, a.id, a.targets.size(), n));
    d_.actions.push_back(std::move(a));
  }

  static bool any_task_lead(const DraftAction& a) {
    return std::any_of(a.tasks.begin(), a.tasks.end(), [](const DraftTask& t) { return !t.lead.empty(); });
  }

  // 青海省科学技术协会 → 青海省科协, the name a plan uses for its own issuer.
  std::string issuer_short() const {
    std::string s = d_.issuer;
    size_t at = s.find("科学技术协会");
    if (at != std::string::npos) s.replace(at, std::string("科学技术协会").size(), "科协");
    return s;
  }

  DraftTask task_of(const Node& n, const std::string& action, int k) {
    mark_used(n);
    DraftTask t;
    t.id = fmt::format("{}-{}", action, k);
    t.title = n.title;
    t.text = n.body;
    for (const auto& c : n.children) t.text += (t.text.empty() ? "" : "\n") + c->text();
    t.source = n.source();
    t.line = n.line;
    Responsibility r;
    take_trailing_responsibility(t.text, r);
    std::string whole = n.text();
    for (const auto& c : n.children) whole += "\n" + c->text();
    for (auto& f : find_targets(whole, {d_.end})) t.targets.push_back(target_of(f, t.id, t.targets.size(), n));
    bool support_all = false;
    apply(r, t.lead, t.support, support_all, t.remarks, n.line);
    return t;
  }

  // The responsibility lines after the last task are the action's, when no
  // other task has any: that is where 牵头部门 / (…牵头) stand for a whole action.
  void move_closing_responsibility(const Node& n, DraftAction& a, Responsibility& own) {
    std::vector<const Node*> with;
    for (const auto& c : n.children)
      if (!c->responsibility.empty() || has_nested_responsibility(*c)) with.push_back(c.get());
    bool closing = with.size() == 1 && with[0] == n.children.back().get();
    for (size_t i = 0; i < n.children.size(); ++i) {
      Responsibility r;
      each_node(*n.children[i], [&](const Node& c) {
        for (const auto& p : c.responsibility) read_responsibility(p.text, r);
      });
      if (closing) {
        merge(own, r);
      } else {
        bool support_all = false;
        apply(r, a.tasks[i].lead, a.tasks[i].support, support_all, a.tasks[i].remarks, n.children[i]->line);
        if (support_all) a.tasks[i].remarks.push_back(remark(n.children[i]->line, "import.todo.support-all-task"));
      }
    }
  }

  static bool has_nested_responsibility(const Node& n) {
    bool any = false;
    each_node(n, [&](const Node& c) { any = any || !c.responsibility.empty(); });
    return any;
  }

  static void merge(Responsibility& to, const Responsibility& from) {
    to.lead.insert(to.lead.end(), from.lead.begin(), from.lead.end());
    to.support.insert(to.support.end(), from.support.begin(), from.support.end());
    to.support_all = to.support_all || from.support_all;
    to.lead_guessed = to.lead_guessed || from.lead_guessed;
  }

  void apply(const Responsibility& r, std::vector<std::string>& lead, std::vector<std::string>& support, bool& support_all,
             std::vector<Remark>& remarks, int line) {
    auto add = [&](const std::vector<std::string>& names, std::vector<std::string>& to) {
      for (const auto& name : names) {
        bool known = true;
        std::string id = depts_.id_of(name, &known);
        if (std::find(to.begin(), to.end(), id) == to.end()) to.push_back(id);
        if (!known && reported_.insert(id).second)
          remarks.push_back(remark(line, "import.todo.department", fmt::arg("name", name), fmt::arg("id", id)));
      }
    };
    add(r.lead, lead);
    add(r.support, support);
    support_all = support_all || r.support_all;
    if (r.lead_guessed) remarks.push_back(remark(line, "import.todo.lead-guessed"));
  }

  // ---- targets --------------------------------------------------------------
  DraftTarget target_of(const FoundTarget& f, const std::string& owner, size_t index, const Node& n) {
    DraftTarget t;
    t.found = f;
    t.source = n.source();
    t.line = n.line;
    double similarity = 1;
    t.indicator = match_indicator(f, similarity);
    t.id = !t.indicator.empty() && target_ids_.insert(t.indicator).second ? t.indicator : fmt::format("{}-t{}", owner, index + 1);
    if (!f.by_stated)
      t.remarks.push_back(remark(n.line, "import.todo.by", fmt::arg("year", f.by)));
    if (f.by > d_.end || f.by < d_.start)
      t.remarks.push_back(remark(n.line, "import.todo.by-outside", fmt::arg("year", f.by), fmt::arg("start", d_.start),
                                 fmt::arg("end", d_.end)));
    if (f.during_period)
      t.remarks.push_back(
          remark(n.line, "import.todo.during", fmt::arg("start", f.period_start), fmt::arg("before", f.period_start - 1)));
    if (f.unit_guessed) t.remarks.push_back(remark(n.line, "import.todo.unit", fmt::arg("unit", f.unit)));
    if (t.indicator.empty()) t.remarks.push_back(remark(n.line, "import.todo.indicator", fmt::arg("name", f.name)));
    else if (similarity < 1)
      t.remarks.push_back(remark(n.line, "import.todo.indicator-similar", fmt::arg("id", t.indicator),
                                 fmt::arg("score", fmt::format("{:.2f}", similarity))));
    return t;
  }

  // The catalog's indicator for a target of the same kind of unit: by its
  // name or an alias (written in the target's name, or in its clause), else
  // the most similar name (character bigrams, at least 0.6), whose score is
  // returned in `similarity` so that the draft asks for a review.
  std::string match_indicator(const FoundTarget& f, double& similarity) const {
    if (!o_.catalog) return "";
    std::string best;
    size_t best_len = 0;
    double best_score = 0;
    std::string best_similar;
    for (const auto& ind : o_.catalog->indicators) {
      bool unit_ok = (f.unit == "%") == (ind.unit == "%") && (f.unit == "%" || util::unit_scale(f.unit, ind.unit));
      if (!unit_ok) continue;
      std::vector<std::string> names = ind.aliases;
      names.push_back(ind.name);
      for (const auto& name : names) {
        bool hit = name == f.name || (contains(f.quote, name) && util::codepoint_count(name) >= 4);
        if (hit && name.size() > best_len) {
          best = ind.id;
          best_len = name.size();
        }
        double score = util::bigram_dice(name, f.name);
        if (score > best_score) {
          best_score = score;
          best_similar = ind.id;
        }
      }
    }
    if (!best.empty() || best_score < 0.6) return best;
    similarity = best_score;
    return best_similar;
  }

  // ---- goals, milestones, and what is not encoded ---------------------------
  void collect_rest(const Node& root) {
    for (const auto& c : root.children) rest_of(*c);
  }

  void rest_of(const Node& n) {
    if (used_.count(&n)) return;
    bool goal_below = std::any_of(n.children.begin(), n.children.end(), [](const auto& c) { return goal_heading(*c); });
    if (goal_heading(n) && !goal_below) return add_goal(n);
    if (schedule_heading(n)) return add_milestones(n);
    bool any_used = false;
    each_node(n, [&](const Node& c) { any_used = any_used || used_.count(&c) || goal_heading(c) || schedule_heading(c); });
    if (any_used) {
      for (const auto& c : n.children) rest_of(*c);
      return;
    }
    d_.skipped.push_back(remark(n.line, "import.skipped", fmt::arg("source", n.source()), fmt::arg("title", n.title)));
  }

  void add_goal(const Node& n) {
    mark_used(n);
    DraftGoal g;
    g.id = d_.goals.empty() ? "overall" : fmt::format("goal-{}", d_.goals.size() + 1);
    g.text = n.body.empty() ? n.title : n.body;
    std::string whole = n.body;
    for (const auto& c : n.children) {
      whole += "\n" + c->text();
      g.text += "\n" + c->text();
    }
    g.source = n.source();
    g.line = n.line;
    for (auto& f : find_targets(whole, {d_.end})) g.targets.push_back(target_of(f, g.id, g.targets.size(), n));
    d_.goals.push_back(std::move(g));
  }

  void add_milestones(const Node& n) {
    mark_used(n);
    if (!n.children.empty()) {
      for (const auto& c : n.children) add_milestone(c->title, c->body, c->source(), c->line);
      return;
    }
    // One paragraph of dated sentences: 2016年，…。2017—2020年，…。
    std::u32string body = decode_utf8(n.body);
    size_t from = 0;
    while (from < body.size()) {
      size_t stop = body.find(U'。', from);
      std::u32string sentence = body.substr(from, stop == std::u32string::npos ? std::u32string::npos : stop - from);
      from = stop == std::u32string::npos ? body.size() : stop + 1;
      if (sentence.size() < 5 || !util::is_digit(sentence[0])) continue;
      size_t comma = sentence.find_first_of(U"，,");
      std::u32string title = comma == std::u32string::npos ? sentence : sentence.substr(comma + 1);
      add_milestone(encode_utf8(title), encode_utf8(sentence), n.source(), n.line);
    }
  }

  void add_milestone(const std::string& title, const std::string& body, const std::string& source, int line) {
    auto [from, by] = years_in(decode_utf8(body));
    if (!by) return;
    DraftMilestone m;
    m.id = fmt::format("milestone-{}", d_.milestones.size() + 1);
    m.title = title;
    m.source = source;
    m.line = line;
    m.from = from;
    m.by = by;
    d_.milestones.push_back(std::move(m));
  }

  void mark_used(const Node& n) {
    each_node(n, [&](const Node& c) { used_.insert(&c); });
  }

  const DraftOptions& o_;
  Draft d_;
  DepartmentIds depts_;
  std::set<const Node*> used_;
  std::set<std::string> action_ids_, target_ids_, reported_;
};

}  // namespace

Draft draft_plan(const std::vector<Paragraph>& paragraphs, const DraftOptions& opts) { return Builder(opts).build(paragraphs); }

}  // namespace scip::draft
