// Unit tests for the parts of scip import: draft/source_text, draft/outline,
// draft/responsibility, draft/target_finder, util/han, util/docx_text.
#include <doctest/doctest.h>

#include "draft/outline.h"
#include "draft/responsibility.h"
#include "draft/source_text.h"
#include "draft/target_finder.h"
#include "util/docx_text.h"
#include "util/han.h"
#include "util/text.h"

using namespace scip;
using namespace scip::draft;

namespace {
int level(const char* s) { return heading_level(util::decode_utf8(s)); }
std::vector<FoundTarget> targets(const char* s, int end = 2025) { return find_targets(s, {end}); }
}  // namespace

TEST_CASE("Chinese numerals have their value; anything else has none") {
  CHECK(util::cn_numeral_value(U"十四") == 14);
  CHECK(util::cn_numeral_value(U"十") == 10);
  CHECK(util::cn_numeral_value(U"两") == 2);
  CHECK(util::cn_numeral_value(U"一百二十") == 120);
  CHECK(util::cn_numeral_value(U"二三") == std::nullopt);
  CHECK(util::cn_numeral_value(U"十百") == std::nullopt);
  CHECK(util::cn_numeral_value(U"") == std::nullopt);
}

TEST_CASE("Word's list numbers are drawn as the document prints them") {
  CHECK(util::list_number("chineseCounting", 4) == "四");
  CHECK(util::list_number("chineseCounting", 12) == "十二");
  CHECK(util::list_number("chineseCountingThousand", 20) == "二十");
  CHECK(util::list_number("decimal", 7) == "7");
  CHECK(util::list_number("lowerLetter", 2) == "b");
  CHECK(util::list_number("upperRoman", 4) == "IV");
  CHECK(util::list_number("something-new", 3) == "3");
}

TEST_CASE("a cleaned line loses page numbers, Markdown marks and the spaces between Chinese characters") {
  CHECK(clean_line("组织领导小 — 16 — 组，强化工作职能") == "组织领导小组，强化工作职能");
  CHECK(clean_line("## 一、重点任务") == "一、重点任务");
  CHECK(clean_line("**（一）深化科普阵地建设。**积极推进") == "（一）深化科普阵地建设。积极推进");
  CHECK(clean_line("- 2. 扩大基础教育") == "2.扩大基础教育");
  CHECK(clean_line("市 直机关工委、2023 年 3 月") == "市直机关工委、2023年3月");
  CHECK(clean_line("培训１２００人，达到９０％") == "培训1200人，达到90%");
  CHECK(clean_line("“科普中国” APP store") == "“科普中国”APP store");
  CHECK(clean_line("17").empty());
  CHECK(clean_line("-----").empty());
}

TEST_CASE("heading levels: 一、 （一） 1. （1）, and numbers that are not headings") {
  CHECK(level("一、工作目标") == 1);
  CHECK(level("十二、其他") == 1);
  CHECK(level("（三）工作目标。") == 2);
  CHECK(level("(三) 工作目标") == 2);
  CHECK(level("3.科技活动覆盖基层中小学") == 3);
  CHECK(level("3、科技活动") == 3);
  CHECK(level("（2）具体措施") == 4);
  CHECK(level("2.5万人参加") == 0);  // a number, not item 2
  CHECK(level("2025年，完成") == 0);
  CHECK(level("（市教育局牵头）") == 0);
  CHECK(level("一批科普基地") == 0);
}

TEST_CASE("PDF-broken lines are joined into paragraphs; headings and responsibility lines open new ones") {
  auto ps = paragraphs_of({"2.科学教育纳入教学各环节。根据不同阶段青少年群体的特", "", "点，将提升科学素质的目标贯穿各个阶段。",
                           "牵头部门：市教育局、市科协", "配合部门：市科技局", "二、开展五项提升行动", "重点围绕践行社会主义核心价值观，大力弘扬科学精神。"});
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].text == "2.科学教育纳入教学各环节。根据不同阶段青少年群体的特点，将提升科学素质的目标贯穿各个阶段。");
  CHECK(ps[0].line == 1);
  CHECK(ps[1].text == "牵头部门：市教育局、市科协");
  CHECK(ps[3].text == "二、开展五项提升行动");  // a heading is never joined with the prose after it
  CHECK(ps[4].line == 7);
}

TEST_CASE("a bracketed responsibility line is joined across its break and ends at its bracket") {
  auto ps = paragraphs_of({"(市教育局、市科协、团市委牵头, 市委宣传部、市文明办、市科技局、市卫计", "", "委、市林业局等部门配合)",
                           "(二) 实施农民科学素质行动。"});
  REQUIRE(ps.size() == 2);
  Responsibility r;
  REQUIRE(read_responsibility(ps[0].text, r));
  CHECK(r.lead == std::vector<std::string>{"市教育局", "市科协", "团市委"});
  CHECK(r.support == std::vector<std::string>{"市委宣传部", "市文明办", "市科技局", "市卫计委", "市林业局"});
}

TEST_CASE("running headers repeated on every page are dropped; the distribution list ends the document") {
  auto ps = paragraphs_of({"标题页眉", "一、任务", "标题页眉", "（一）甲行动。", "标题页眉", "抄送：存档", "一、不是方案的内容"});
  REQUIRE(ps.size() == 2);
  CHECK(ps[1].text == "（一）甲行动。");
}

TEST_CASE("the three ways of naming lead and support departments") {
  Responsibility a;
  CHECK(read_responsibility("牵头部门：市农业农村局、市人力资源社会保障局", a));
  CHECK(read_responsibility("配合部门：各成员单位", a));
  CHECK(a.lead == std::vector<std::string>{"市农业农村局", "市人力资源社会保障局"});
  CHECK(a.support.empty());
  CHECK(a.support_all);

  Responsibility c;
  CHECK(read_responsibility("责任单位：县教育局（牵头）、县科协、各县（区）人民政府", c));
  CHECK(c.lead == std::vector<std::string>{"县教育局"});
  CHECK(c.support == std::vector<std::string>{"县科协", "各县（区）人民政府"});
  CHECK_FALSE(c.lead_guessed);

  Responsibility g;
  CHECK(read_responsibility("责任单位：县委宣传部、县融媒体中心", g));
  CHECK(g.lead.size() == 2);
  CHECK(g.lead_guessed);

  Responsibility none;
  CHECK_FALSE(read_responsibility("工作目标：到2025年", none));
}

TEST_CASE("a task's own (…牵头…) at its end is taken out of its text") {
  std::string text = "在社区建设一批科普活动站。(市科协牵头，市民政局配合)";
  Responsibility r;
  REQUIRE(take_trailing_responsibility(text, r));
  CHECK(text == "在社区建设一批科普活动站。");
  CHECK(r.lead == std::vector<std::string>{"市科协"});
  CHECK(r.support == std::vector<std::string>{"市民政局"});
  std::string plain = "建设科技馆（含县（区）分馆）。";
  Responsibility n;
  CHECK_FALSE(take_trailing_responsibility(plain, n));
  CHECK(plain == "建设科技馆（含县（区）分馆）。");
}

TEST_CASE("department ids a person would choose, unique in the plan, unknown offices marked") {
  DepartmentIds ids;
  bool known = false;
  CHECK(ids.id_of("市教育局", &known) == "edu");
  CHECK(known);
  CHECK(ids.id_of("市科学技术协会") == "cast");
  CHECK(ids.id_of("市科技局") == "sci");
  CHECK(ids.id_of("市环保局") == "env");
  CHECK(ids.id_of("市环境保护局") == "env-2");
  CHECK(ids.id_of("市旅游和文体广电局") == "culture-tourism");
  CHECK(ids.id_of("各乡镇人民政府") == "towns");
  CHECK(ids.id_of("市教育局") == "edu");  // the same name keeps its id
  CHECK(ids.id_of("市档案馆外的某中心", &known) == "archives");
  CHECK(ids.id_of("某某研究会", &known) == "dept-1");
  CHECK_FALSE(known);
}

TEST_CASE("targets in sentences: value, unit with its scale, comparison, deadline, per") {
  auto t = targets("到2025年完成农村学校科技教师培训400人次以上");
  REQUIRE(t.size() == 1);
  CHECK(t[0].name == "完成农村学校科技教师培训");
  CHECK(t[0].value == 400);
  CHECK(t[0].unit == "人次");
  CHECK(t[0].op == ">=");
  CHECK(t[0].by == 2025);
  CHECK(t[0].by_stated);

  t = targets("“十四五”期间培育高素质农民1.3万人。", 2023);
  REQUIRE(t.size() == 1);
  CHECK(t[0].value == doctest::Approx(1.3));
  CHECK(t[0].unit == "万人");
  CHECK(t[0].by == 2025);  // the 14th plan's end, not the annual plan's
  CHECK(t[0].during_period);
  CHECK(t[0].period_start == 2021);

  t = targets("学校每学期至少安排1次研学实践教育活动，每学期举办科普讲座数量不少于4次，参与科普活动的在校学生人数应达到90%以上。");
  REQUIRE(t.size() == 3);
  CHECK(t[0].per == "学校·学期");
  CHECK(t[1].per == "学校·学期");
  CHECK(t[2].per == "");
  CHECK(t[2].unit == "%");
  CHECK(t[2].name == "参与科普活动的在校学生人数");
  CHECK_FALSE(t[2].by_stated);
  CHECK(t[2].by == 2025);

  t = targets("每所学校至少配备一名专（兼）职科技教师");
  REQUIRE(t.size() == 1);
  CHECK(t[0].value == 1);
  CHECK(t[0].unit == "人");
  CHECK(t[0].per == "学校");

  t = targets("培育农村创新创业带头人1.2万名以上，科普经费不超过200万元，报道超过12篇");
  REQUIRE(t.size() == 3);
  CHECK(t[0].unit == "万人");
  CHECK(t[1].op == "<=");
  CHECK(t[1].unit == "万元");
  CHECK(t[2].op == ">");

  t = targets("“科普中国”APP 科普信息员注册人数达到2.5万");
  REQUIRE(t.size() == 1);
  CHECK(t[0].unit == "万人");
  CHECK(t[0].unit_guessed);
}

TEST_CASE("numbers that are not targets") {
  CHECK(targets("力促每名劳动力都拥有1-2门技术").empty());
  CHECK(targets("在“十四五”时期重点实施5项重点工程").empty());
  CHECK(targets("举办第38届青少年科技创新大赛").empty());
  CHECK(targets("落实“四个全面”战略布局，贯彻十九届六中全会和自治区党委十二届十二次全会精神").empty());
  CHECK(targets("2021年，制定实施方案").empty());
  CHECK(targets("科普活动覆盖达到2.5万").empty());  // a scale with nothing to say what is counted
}

TEST_CASE("a deadline of the sentence, of the paragraph's opening, or of a 年度 span") {
  auto t = targets("到2023年，全市建成科普基地10个，科普示范社区达到20个。");
  REQUIRE(t.size() == 2);
  CHECK(t[1].by == 2023);
  t = targets("到2024年，各项工作全面推进。全市科普示范村达到20个。");
  REQUIRE(t.size() == 1);
  CHECK(t[0].by == 2024);  // the paragraph opens with its deadline
  t = targets("创建2021-2025年度全国科普示范县（区）1个", 2030);
  REQUIRE(t.size() == 1);
  CHECK(t[0].by == 2025);
  CHECK(t[0].name == "创建2021-2025年度全国科普示范县（区）");
  t = targets("2024年前建成县级科技馆，年接待观众超过5万人次");
  REQUIRE(t.size() == 1);
  CHECK(t[0].by == 2025);  // a yearly figure holds to the plan's end
  CHECK(t[0].per == "年");
}

TEST_CASE("the outline: labels, titles, bodies, and where responsibility lines stand") {
  auto ps = paragraphs_of({"二、开展五项提升行动", "（一）青少年科学素质提升行动。围绕教育质量提升。", "1.科学精神贯穿育人全链条。坚持立德树人。",
                           "2.科学教育纳入教学各环节。", "牵头部门：市教育局"});
  auto root = build_outline(ps);
  REQUIRE(root->children.size() == 1);
  const Node& part = *root->children[0];
  CHECK(part.title == "开展五项提升行动");
  const Node& action = *part.children.at(0);
  CHECK(action.source() == "二（一）");
  CHECK(action.title == "青少年科学素质提升行动");
  CHECK(action.body == "围绕教育质量提升。");
  REQUIRE(action.children.size() == 2);
  CHECK(action.children[0]->source() == "二（一）1");
  CHECK(action.children[0]->body == "坚持立德树人。");
  CHECK(action.children[1]->responsibility.size() == 1);
}
