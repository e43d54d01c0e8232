// draft/target_finder — see target_finder.h.
#include "draft/target_finder.h"

#include <cstdlib>

#include "plan/model.h"
#include "util/han.h"
#include "util/text.h"

namespace scip::draft {

namespace {

using util::decode_utf8;
using util::encode_utf8;
using util::is_digit;

// Units of a target, longest first so that 人次 is taken before 人.
constexpr std::u32string_view kUnits[] = {U"个百分点", U"人次", U"课时", U"小时", U"万元", U"亿元", U"%", U"人", U"名",
                                          U"个",       U"次",   U"所",   U"家",   U"场",   U"部",   U"项", U"篇", U"期",
                                          U"户",       U"座",   U"处",   U"支",   U"册",   U"件",   U"套", U"条", U"元",
                                          U"间",       U"台",   U"辆"};
// Units after Chinese numerals (一名, 三个): fewer, as 一支队伍, 一批, 十二次全会 are
// idioms or names.
constexpr std::u32string_view kCnUnits[] = {U"名", U"个", U"所", U"家"};
constexpr std::u32string_view kScales[] = {U"千万", U"百万", U"万", U"亿", U"千"};
// Words after a count that make it a count of the plan's own parts or a time.
constexpr std::u32string_view kNotAfter[] = {U"年", U"月", U"日", U"岁", U"届", U"号", U"周", U"天", U"重点工程", U"提升行动",
                                             U"重点任务", U"工程", U"行动", U"方面", U"原则", U"环节", U"阶段", U"以上的"};
constexpr std::u32string_view kCues[] = {U"不少于", U"不低于", U"不超过", U"不高于", U"不多于", U"控制在", U"达到",
                                         U"至少",   U"超过",   U"多于",   U"高于",   U"至多"};
constexpr std::u32string_view kPeriodWords[] = {U"“十四五”期间", U"“十四五”末",   U"“十四五”时期", U"十四五期间",
                                                U"十四五末",       U"“十三五”期间", U"“十三五”末",   U"“十三五”时期",
                                                U"十三五期间",     U"十三五末",     U"“十五五”期间", U"“十五五”末"};

bool starts_at(std::u32string_view s, size_t i, std::u32string_view w) { return s.substr(i, w.size()) == w; }

std::vector<std::u32string> split_on(std::u32string_view s, std::u32string_view seps) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : s) {
    cur += c;
    if (seps.find(c) != std::u32string_view::npos) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// The year of 到2025年 / 至2025年 / 2025年前 / 2025年底 in `s`, or 0.
int stated_year(std::u32string_view s) {
  for (size_t i = 0; i + 5 <= s.size(); ++i) {
    if (!(is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) && s[i + 4] == U'年')) continue;
    if (i + 4 < s.size() && i > 0 && is_digit(s[i - 1])) continue;
    int y = std::atoi(encode_utf8(s.substr(i, 4)).c_str());
    bool before = i > 0 && (s[i - 1] == U'到' || s[i - 1] == U'至');
    std::u32string_view after = s.substr(i + 5);
    bool after_word = after.starts_with(U"前") || after.starts_with(U"底") || after.starts_with(U"末") ||
                      after.starts_with(U"年底");
    bool range_end = i > 0 && (s[i - 1] == U'-' || s[i - 1] == U'—' || s[i - 1] == U'－');
    if ((before || after_word) && !range_end) return y;
    if (range_end && after.starts_with(U"度")) return y;  // 2021-2025年度: by its last year
  }
  return 0;
}

// The last year of the five-year plan that “十四五”期间 / 末 / 时期 names, or 0.
int period_end(std::u32string_view s) {
  for (auto w : kPeriodWords)
    if (s.find(w) != std::u32string_view::npos) {
      std::u32string_view numeral = w.substr(w.starts_with(U"“") ? 1 : 0, 3);
      if (numeral.ends_with(U"五")) numeral.remove_suffix(1);
      auto n = util::cn_numeral_value(numeral);  // 十四 → 14
      return n ? 2000 + 5 * (*n - 9) : 0;       // the 14th: 2021–2025
    }
  return 0;
}

struct Figure {
  size_t begin = 0, end = 0;  // in the clause, the number through its unit
  double value = 0;
  std::u32string unit;
};

// The unit at `i` (after an optional scale), and its length; empty when none.
std::u32string unit_at(std::u32string_view s, size_t i, size_t& len, bool chinese) {
  std::u32string scale;
  size_t j = i;
  if (!chinese)
    for (auto sc : kScales)
      if (starts_at(s, j, sc)) {
        scale = sc;
        j += sc.size();
        break;
      }
  for (auto u : chinese ? std::span<const std::u32string_view>(kCnUnits) : std::span<const std::u32string_view>(kUnits))
    if (starts_at(s, j, u)) {
      len = j + u.size() - i;
      return scale + std::u32string(u);
    }
  if (!scale.empty()) {  // "2.5万" with no unit after it
    len = j - i;
    return scale;
  }
  return {};
}

bool excluded_after(std::u32string_view s, size_t i) {
  for (auto w : kNotAfter)
    if (starts_at(s, i, w)) return true;
  return i < s.size() && (s[i] == U'-' || s[i] == U'—' || s[i] == U'～' || s[i] == U'~' || s[i] == U'至') &&
         i + 1 < s.size() && (is_digit(s[i + 1]) || util::is_cn_numeral(s[i + 1]));
}

std::vector<Figure> figures_in(std::u32string_view c) {
  std::vector<Figure> out;
  for (size_t i = 0; i < c.size();) {
    bool arabic = is_digit(c[i]);
    bool chinese = !arabic && util::is_cn_numeral(c[i]);
    if (!arabic && !chinese) {
      ++i;
      continue;
    }
    size_t j = i;
    if (arabic)
      while (j < c.size() && (is_digit(c[j]) || ((c[j] == U'.' || c[j] == U',') && j + 1 < c.size() && is_digit(c[j + 1])))) ++j;
    else
      while (j < c.size() && util::is_cn_numeral(c[j])) ++j;
    char32_t before = i > 0 ? c[i - 1] : U' ';
    bool range_end = before == U'-' || before == U'—' || before == U'～' || before == U'~' || before == U'第' || before == U'.';
    size_t k = j;
    while (k < c.size() && c[k] == U' ') ++k;
    size_t len = 0;
    std::u32string unit = unit_at(c, k, len, chinese);
    size_t stop = k + len;
    bool ok = !unit.empty() && !range_end && !excluded_after(c, j) && !excluded_after(c, stop) &&
              !(unit == U"个" && starts_at(c, stop, U"月"));
    double value = 0;
    if (ok && arabic) {
      std::string digits;
      for (char32_t d : c.substr(i, j - i))
        if (d != U',') digits += static_cast<char>(d);
      value = std::strtod(digits.c_str(), nullptr);
    } else if (ok) {
      auto v = util::cn_numeral_value(c.substr(i, j - i));
      bool idiom = v && *v <= 2 && !(i >= 2 && (starts_at(c, i - 2, U"至少") || starts_at(c, i - 2, U"配备"))) &&
                   !(i >= 1 && c[i - 1] == U'每');
      bool slogan = i > 0 && (c[i - 1] == U'“' || c[i - 1] == U'"');  // “四个全面”
      ok = v && !idiom && !slogan;
      value = v ? *v : 0;
    }
    if (ok) out.push_back({i, stop, value, unit});
    i = std::max(stop, j);
  }
  return out;
}

std::u32string strip_words(std::u32string s, bool front) {
  static constexpr std::u32string_view kFront[] = {U"并", U"实现", U"确保", U"力争", U"其中", U"共", U"累计", U"全年"};
  static constexpr std::u32string_view kBack[] = {U"应", U"要", U"将", U"累计", U"共", U"总数", U"总量"};
  bool again = true;
  while (again && !s.empty()) {
    again = false;
    for (auto w : front ? std::span<const std::u32string_view>(kFront) : std::span<const std::u32string_view>(kBack))
      if (front ? s.starts_with(w) : s.ends_with(w)) {
        s.erase(front ? 0 : s.size() - w.size(), w.size());
        again = true;
      }
  }
  return s;
}

// The name of the target: the clause before the figure without its deadline
// and comparison words, and the noun after it when the verb stands alone.
std::u32string name_of(std::u32string_view clause, const Figure& f, std::string& op) {
  std::u32string before(clause.substr(0, f.begin));
  for (auto w : kPeriodWords) {
    size_t at = before.find(w);
    if (at != std::u32string::npos) before.erase(at, w.size());
  }
  if (int y = stated_year(before)) {
    std::u32string year = decode_utf8(std::to_string(y)) + U"年";
    for (std::u32string_view lead : {U"到", U"至", U""}) {
      size_t at = before.find(std::u32string(lead) + year);
      bool bare = lead.empty() && at != std::u32string::npos;
      size_t next = at + year.size();
      if (bare && !(next < before.size() && (before[next] == U'前' || before[next] == U'底' || before[next] == U'末'))) continue;
      if (at != std::u32string::npos) {
        size_t n = lead.size() + year.size();
        while (at + n < before.size() && (before[at + n] == U'前' || before[at + n] == U'底' || before[at + n] == U'末')) ++n;
        before.erase(at, n);
        break;
      }
    }
  }
  before = util::trim32(before);
  for (auto cue : kCues) {
    size_t at = before.rfind(cue);
    if (at != std::u32string::npos && at + cue.size() + 2 >= before.size()) {
      if (auto o = plan::op_for_word(encode_utf8(cue))) op = std::string(*o);
      before.erase(at, cue.size());
      break;
    }
  }
  std::u32string after(clause.substr(f.end));
  for (std::u32string_view w : {U"及以上", U"以上", U"以下", U"以内"})
    if (after.starts_with(w)) {
      if (auto o = plan::op_for_word(encode_utf8(w))) op = std::string(*o);
      after.erase(0, w.size());
      break;
    }
  while (!after.empty() && (util::is_cjk_punct(after.back()) || after.back() == U',' || after.back() == U';' ||
                            after.back() == U'.'))
    after.pop_back();
  while (!before.empty() && (before.front() == U'，' || before.front() == U'、' || before.front() == U' ')) before.erase(0, 1);
  before = strip_words(strip_words(before, true), false);
  bool noun_after = !after.empty() && after.size() <= 16 && after.find(U'，') == std::u32string::npos;
  if (noun_after) return before + after;
  return before;
}

std::u32string per_of(std::u32string_view clause, std::u32string_view sentence) {
  std::u32string per;
  auto add = [&](std::u32string_view p) {
    if (!per.empty()) per += U"·";
    per += p;
  };
  bool semester = clause.find(U"每学期") != std::u32string_view::npos;
  if (clause.find(U"每所学校") != std::u32string_view::npos || clause.find(U"每校") != std::u32string_view::npos ||
      (semester && sentence.find(U"学校") != std::u32string_view::npos))
    add(U"学校");
  if (clause.find(U"每个乡镇") != std::u32string_view::npos || clause.find(U"每个乡（镇）") != std::u32string_view::npos)
    add(U"乡镇");
  if (semester) add(U"学期");
  std::u32string_view lead = clause.substr(0, std::min<size_t>(clause.size(), 2));
  if (clause.find(U"每年") != std::u32string_view::npos || clause.find(U"年均") != std::u32string_view::npos ||
      clause.find(U"全年") != std::u32string_view::npos ||
      (lead.size() == 2 && lead[0] == U'年' && util::is_cjk(lead[1])))
    add(U"年");
  if (clause.find(U"每月") != std::u32string_view::npos) add(U"月");
  return per;
}

std::u32string normalize_unit(std::u32string unit, std::u32string_view name, bool& guessed) {
  if (unit == U"名") unit = U"人";
  if (unit.size() > 1 && unit.ends_with(U"名")) unit = unit.substr(0, unit.size() - 1) + U"人";
  bool scale_only = false;
  for (auto sc : kScales) scale_only = scale_only || unit == sc;
  if (scale_only && (name.find(U"人数") != std::u32string_view::npos || name.ends_with(U"员") || name.ends_with(U"者"))) {
    unit += U"人";
    guessed = true;
  }
  return unit;
}

}  // namespace

std::vector<FoundTarget> find_targets(const std::string& text, const TargetContext& ctx) {
  std::vector<FoundTarget> out;
  for (const auto& paragraph : split_on(decode_utf8(text), U"\n")) {
    int paragraph_year = 0;
    auto sentences = split_on(paragraph, U"。！？；;");
    if (!sentences.empty() && (sentences[0].starts_with(U"到") || sentences[0].starts_with(U"至")))
      paragraph_year = stated_year(sentences[0].substr(0, 8));
    for (const auto& sentence : sentences) {
      int sentence_year = stated_year(sentence);
      int sentence_period = period_end(sentence);
      for (const auto& clause : split_on(sentence, U"，,；;：:")) {
        for (const auto& f : figures_in(clause)) {
          FoundTarget t;
          std::u32string name = name_of(clause, f, t.op);
          t.unit = encode_utf8(normalize_unit(f.unit, name, t.unit_guessed));
          if (t.unit == encode_utf8(f.unit) && !t.unit_guessed && (f.unit == U"万" || f.unit == U"亿" || f.unit == U"千" ||
                                                                  f.unit == U"百万" || f.unit == U"千万"))
            continue;  // a bare 万 with nothing to say what is counted
          t.name = encode_utf8(name);
          t.value = f.value;
          t.per = encode_utf8(per_of(clause, sentence));
          // A yearly figure (每年, 年接待…) holds every year to the plan's end,
          // not by a deadline that another clause of its sentence sets.
          bool yearly = t.per.find("年") != std::string::npos;
          int year = stated_year(clause);
          if (!year && !yearly) year = sentence_year;
          int period = period_end(clause);
          if (!period) period = sentence_period;
          if (!year && period) year = period;
          if (!year) year = paragraph_year;
          t.by_stated = year != 0;
          t.by = year ? year : ctx.plan_end;
          t.during_period = period != 0;
          t.period_start = period ? period - 4 : 0;
          std::u32string quote = util::trim32(clause);
          while (!quote.empty() && (quote.back() == U'，' || quote.back() == U'。' || quote.back() == U'；')) quote.pop_back();
          t.quote = encode_utf8(quote);
          if (!t.name.empty()) out.push_back(std::move(t));
        }
      }
    }
  }
  return out;
}

}  // namespace scip::draft
