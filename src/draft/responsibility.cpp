// draft/responsibility — see responsibility.h.
#include "draft/responsibility.h"

#include <algorithm>

#include "util/han.h"
#include "util/text.h"

namespace scip::draft {

namespace {

using util::decode_utf8;
using util::encode_utf8;

// The offices of the programme's member units, by a word of their name; the
// longer word is tried first (科学技术协会 before 科学技术).
struct Office {
  std::u32string_view word;
  const char* id;
};
constexpr Office kOffices[] = {
    {U"科学技术协会", "cast"}, {U"科协", "cast"}, {U"科学技术局", "sci"}, {U"科学技术厅", "sci"}, {U"科技局", "sci"},
    {U"科技厅", "sci"}, {U"教育局", "edu"}, {U"教育厅", "edu"}, {U"教育体育局", "edu"}, {U"教体局", "edu"},
    {U"团市委", "youth-league"}, {U"团县委", "youth-league"}, {U"团省委", "youth-league"}, {U"团区委", "youth-league"},
    {U"团委", "youth-league"}, {U"妇联", "women"}, {U"宣传部", "publicity"}, {U"文明办", "civilization"},
    {U"人力资源社会保障", "hrss"}, {U"人力资源和社会保障", "hrss"}, {U"人社", "hrss"}, {U"生态环境", "env"},
    {U"环境保护", "env"}, {U"环保", "env"}, {U"文广新", "culture"}, {U"文化和旅游", "culture-tourism"},
    {U"旅游和文体广电", "culture-tourism"}, {U"文旅", "culture-tourism"}, {U"旅游委", "tourism"}, {U"商务", "commerce"},
    {U"卫计委", "health"}, {U"卫生健康", "health"}, {U"卫健", "health"}, {U"林业", "forestry"}, {U"林草", "forestry"},
    {U"社科联", "social-sci"}, {U"农业农村", "agri"}, {U"农牧", "agri"}, {U"农业", "agri"}, {U"组织部", "organization"},
    {U"党校", "party-school"}, {U"总工会", "union"}, {U"工会", "union"}, {U"发展改革", "ndrc"}, {U"发展和改革", "ndrc"},
    {U"发改", "ndrc"}, {U"工业和信息化", "miit"}, {U"工信", "miit"}, {U"经信", "miit"}, {U"应急", "safety"},
    {U"安监", "safety"}, {U"市场监管", "market"}, {U"市场监督管理", "market"}, {U"老干部", "veteran-cadres"},
    {U"民政", "civil"}, {U"自然资源", "natural-resources"}, {U"国土", "land"}, {U"大数据", "bigdata"},
    {U"传媒", "media-group"}, {U"日报", "newspaper"}, {U"电视台", "broadcast"}, {U"广播电视", "broadcast"},
    {U"广电", "broadcast"}, {U"财政", "finance"}, {U"体育", "sport"}, {U"统战部", "united-front"},
    {U"民宗", "ethnic-religious"}, {U"民族宗教", "ethnic-religious"}, {U"气象", "weather"}, {U"地震", "earthquake"},
    {U"水利", "water"}, {U"水务", "water"}, {U"司法", "justice"}, {U"公安", "police"}, {U"机关工委", "organs-committee"},
    {U"残联", "disabled"}, {U"住房和城乡建设", "housing"}, {U"住建", "housing"}, {U"交通", "transport"},
    {U"统计", "stats"}, {U"科普", "popularization"}, {U"档案", "archives"}, {U"医保", "medical-insurance"},
    {U"文联", "arts"}, {U"侨联", "overseas"}, {U"网信", "cyberspace"}, {U"融媒体", "media-group"},
    {U"乡镇人民政府", "towns"}, {U"乡（镇）人民政府", "towns"}, {U"人民政府", "counties"}, {U"政府", "counties"},
};

bool is_sep(char32_t c) { return c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U';' || c == U' '; }

std::u32string strip_suffix(std::u32string s) {
  for (std::u32string_view suffix : {U"等有关部门", U"等有关单位", U"等部门", U"等单位", U"等"})
    if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
      s.erase(s.size() - suffix.size());
      break;
    }
  while (!s.empty() && (s.back() == U'。' || s.back() == U'.')) s.pop_back();
  return util::trim32(s);
}

// Splits a list of names at the separators outside brackets.
std::vector<std::u32string> split_names(std::u32string_view list) {
  std::vector<std::u32string> out;
  std::u32string cur;
  int depth = 0;
  for (char32_t c : list) {
    if (c == U'（' || c == U'(') ++depth;
    if (c == U'）' || c == U')') --depth;
    if (depth == 0 && is_sep(c)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

void add_names(std::u32string_view list, std::vector<std::string>& to, Responsibility& r) {
  for (auto& n : split_names(list)) {
    std::u32string name = strip_suffix(n);
    if (name.empty()) continue;
    if (name == U"各成员单位" || name == U"领导小组各成员单位" || name == U"有关成员单位") {
      r.support_all = true;
      continue;
    }
    to.push_back(encode_utf8(name));
  }
}

// 责任单位：县教育局（牵头）、县科协: each name marked （牵头） leads.
void add_marked(std::u32string_view list, Responsibility& r) {
  bool any_mark = list.find(U"牵头") != std::u32string_view::npos;
  for (auto& n : split_names(list)) {
    std::u32string name = n;
    bool lead = false;
    for (std::u32string_view mark : {U"（牵头）", U"(牵头)"}) {
      size_t at = name.find(mark);
      if (at != std::u32string::npos) {
        name.erase(at, mark.size());
        lead = true;
      }
    }
    name = strip_suffix(name);
    if (name.empty()) continue;
    if (name == U"各成员单位") {
      r.support_all = true;
      continue;
    }
    (lead || !any_mark ? r.lead : r.support).push_back(encode_utf8(name));
  }
  if (!any_mark) r.lead_guessed = true;
}

bool read_bracket(std::u32string_view inner, Responsibility& r) {
  size_t lead_at = inner.find(U"牵头");
  if (lead_at == std::u32string_view::npos) return false;
  add_names(inner.substr(0, lead_at), r.lead, r);
  std::u32string_view rest = inner.substr(lead_at + 2);
  size_t support_at = rest.rfind(U"配合");
  if (support_at != std::u32string_view::npos) add_names(rest.substr(0, support_at), r.support, r);
  return true;
}

}  // namespace

bool read_responsibility(const std::string& line, Responsibility& r) {
  std::u32string s = decode_utf8(line);
  size_t colon = s.find_first_of(U"：:");
  if (colon != std::u32string::npos && colon <= 6) {
    std::u32string key = s.substr(0, colon);
    std::u32string_view list = std::u32string_view(s).substr(colon + 1);
    if (key == U"牵头部门" || key == U"牵头单位") add_names(list, r.lead, r);
    else if (key == U"配合部门" || key == U"配合单位" || key == U"参与部门" || key == U"参与单位" || key == U"协办单位")
      add_names(list, r.support, r);
    else if (key == U"责任单位" || key == U"责任部门" || key == U"主要责任单位") add_marked(list, r);
    else return false;
    return true;
  }
  if (!s.empty() && (s[0] == U'（' || s[0] == U'(')) {
    size_t close = util::matching_paren(s, 0);
    std::u32string_view inner = std::u32string_view(s).substr(1, close == std::u32string::npos ? s.size() - 1 : close - 1);
    return read_bracket(inner, r);
  }
  return false;
}

bool take_trailing_responsibility(std::string& text, Responsibility& r) {
  std::u32string s = decode_utf8(text);
  while (!s.empty() && (s.back() == U'。' || s.back() == U' ')) s.pop_back();
  if (s.empty() || (s.back() != U'）' && s.back() != U')')) return false;
  // Find the bracket that the last character closes.
  int depth = 0;
  size_t open = std::u32string::npos;
  for (size_t i = s.size(); i-- > 0;) {
    if (s[i] == U'）' || s[i] == U')') ++depth;
    else if ((s[i] == U'（' || s[i] == U'(') && --depth == 0) {
      open = i;
      break;
    }
  }
  if (open == std::u32string::npos) return false;
  std::u32string_view inner = std::u32string_view(s).substr(open + 1, s.size() - open - 2);
  Responsibility found;
  if (!read_bracket(inner, found) || found.lead.empty()) return false;
  r.lead.insert(r.lead.end(), found.lead.begin(), found.lead.end());
  r.support.insert(r.support.end(), found.support.begin(), found.support.end());
  r.support_all = r.support_all || found.support_all;
  s.erase(open);
  while (!s.empty() && (s.back() == U'，' || s.back() == U' ')) s.pop_back();
  if (!s.empty() && s.back() != U'。') s += U'。';
  text = encode_utf8(s);
  return true;
}

std::string DepartmentIds::id_of(const std::string& name, bool* known) {
  for (const auto& [id, n] : ids_)
    if (n == name) {
      if (known) *known = this->known(id);
      return id;
    }
  std::u32string u = decode_utf8(name);
  std::string base;
  size_t best = 0;
  for (const auto& o : kOffices)
    if (o.word.size() > best && u.find(o.word) != std::u32string::npos) {
      base = o.id;
      best = o.word.size();
    }
  bool dictionary = !base.empty();
  if (!dictionary) base = "dept-" + std::to_string(next_unknown_++);
  std::string id = base;
  for (int k = 2; std::any_of(ids_.begin(), ids_.end(), [&](const auto& e) { return e.first == id; }); ++k)
    id = base + "-" + std::to_string(k);
  ids_.emplace_back(id, name);
  if (!dictionary) unknown_.push_back(id);
  if (known) *known = dictionary;
  return id;
}

bool DepartmentIds::known(const std::string& id) const {
  return std::find(unknown_.begin(), unknown_.end(), id) == unknown_.end();
}

}  // namespace scip::draft
