// The region registry: records by year, the hierarchy, successors, names.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "region/registry.h"

using scip::region::Level;
using scip::region::Registry;

TEST_CASE("a code's record depends on the year") {
  const Registry& r = Registry::builtin();
  CHECK(r.size() == 6823);
  const auto* luan2017 = r.at("130223", 2017);
  REQUIRE(luan2017);
  CHECK(luan2017->name == "滦县");
  CHECK(r.at("130223", 2019) == nullptr);  // abolished in 2018
  REQUIRE(r.latest("130223"));
  CHECK(r.latest("130223")->abolished);
  REQUIRE(r.latest("130223")->successors.size() == 1);
  CHECK(r.latest("130223")->successors[0].code == "130284");
  CHECK(r.at("130284", 2019)->name == "滦州市");
  // 邢台县 was split in 2020: two successors.
  CHECK(r.latest("130521")->successors.size() == 2);
  // 419001 was 义马市 1987–1990 and is 济源市 since 1996.
  CHECK(r.at("419001", 1988)->name == "义马市");
  CHECK(r.at("419001", 1993) == nullptr);
  CHECK(r.at("419001", 2021)->name == "济源市");
  CHECK(r.records("640599").empty());
}

TEST_CASE("the hierarchy is the registry's, 直辖 included") {
  const Registry& r = Registry::builtin();
  CHECK(r.ancestors("640502", 2021) == std::vector<std::string>{"640500", "640000", "000000"});
  CHECK(r.under("640302", "640300", 2021));   // 利通区 in 吴忠市
  CHECK(!r.under("640302", "640500", 2021));  // not in 中卫市
  // 济源市 is 直辖: directly under 河南省, whatever its code's digits say.
  CHECK(r.ancestors("419001", 2021) == std::vector<std::string>{"410000", "000000"});
  CHECK(r.ancestors("110101", 2021) == std::vector<std::string>{"110000", "000000"});
  // 中宁县 was 640322 under 吴忠市 until 2003.
  CHECK(r.under("640322", "640300", 2000));
  std::vector<std::string> zhongwei;
  for (const auto* rec : r.below("640500", 2021, 2025)) zhongwei.push_back(std::string(rec->code).append(rec->name));
  CHECK(zhongwei == std::vector<std::string>{"640502沙坡头区", "640521中宁县", "640522海原县"});
}

TEST_CASE("names: full, short, autonomous prefectures") {
  using scip::region::short_names;
  CHECK(short_names("中卫市") == std::vector<std::string>{"中卫"});
  CHECK(short_names("沙坡头区") == std::vector<std::string>{"沙坡头"});
  CHECK(short_names("海北藏族自治州") == std::vector<std::string>{"海北", "海北州"});
  CHECK(short_names("海西蒙古族藏族自治州") == std::vector<std::string>{"海西", "海西州"});
  CHECK(short_names("伊犁哈萨克自治州") == std::vector<std::string>{"伊犁", "伊犁州"});
  CHECK(short_names("城区").empty());  // one character would be left
  const Registry& r = Registry::builtin();
  bool found = false;
  for (const auto* rec : r.named("海东")) found |= rec->code == "630200";
  CHECK(found);
  CHECK(scip::region::statistical_code("130171"));
  CHECK(!scip::region::statistical_code("640502"));
}

namespace {

// A table of two provinces whose prefectures share a name, its rows out of
// order, with a byte-order mark and CRLF as Excel writes them.
const char* kTwoProvinces =
    "\xEF\xBB\xBF代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\r\n"
    "220500,乙省,新城市,新城市,地级,在用,1980,,\r\n"
    "110522,甲省,新城市,北镇,县级,在用,2000,,\r\n"
    "110000,甲省,,甲省,省级,在用,1981,,\r\n"
    "220000,乙省,,乙省,省级,在用,1981,,\r\n"
    "110500,甲省,新城市,新城市,地级,在用,1985,,\r\n"
    "110521,甲省,新城市,东县,县级,在用,1985,,\r\n"
    "220521,乙省,新城市,西县,县级,在用,1990,,\r\n"
    "110522,甲省,新城市,北县,县级,弃用,1985,1995,110521\r\n"
    "110101,甲省,直辖,城区,县级,在用,1981,,\r\n";

}  // namespace

TEST_CASE("a county's prefecture is the one of that name in its own province") {
  Registry r(kTwoProvinces);
  CHECK(r.size() == 9);
  CHECK(r.ancestors("110521", 2000) == std::vector<std::string>{"110500", "110000", "000000"});
  CHECK(r.ancestors("220521", 2000) == std::vector<std::string>{"220500", "220000", "000000"});
  CHECK(r.ancestors("110101", 2000) == std::vector<std::string>{"110000", "000000"});
  CHECK(r.at("220521", 2000)->parent == "220500");
  CHECK(r.latest("110500")->parent == "110000");
  CHECK(r.latest("110000")->parent == "000000");
  // A code's records oldest first, whatever the table's order.
  auto beixian = r.records("110522");
  REQUIRE(beixian.size() == 2);
  CHECK(beixian[0].name == "北县");
  CHECK(beixian[1].name == "北镇");
  CHECK(r.at("110522", 1990)->name == "北县");
  CHECK(r.at("110522", 1997) == nullptr);
  CHECK(r.at("110522", 2001)->name == "北镇");
  std::vector<std::string> yi;
  for (const auto* rec : r.below("220000", 2000, 2000)) yi.emplace_back(rec->code);
  CHECK(yi == std::vector<std::string>{"220500", "220521"});
  CHECK(r.latest("110521")->chain.outermost_first() == std::vector<std::string>{"000000", "110000", "110500"});
  CHECK(r.under_latest("110521", "110500") == true);
  CHECK(r.under_latest("110521", "220500") == false);
  CHECK(!r.under_latest("990000", "000000").has_value());
}

TEST_CASE("a chain holds four codes of six characters at most") {
  scip::region::CodeChain c;
  CHECK(c.empty());
  for (const char* code : {"640502", "640500", "640000", "000000"}) c.push_back(code);
  CHECK(c.size() == 4);
  CHECK(c[0] == "640502");
  CHECK(c[3] == "000000");
  CHECK(c.contains("640000"));
  CHECK(!c.contains("64000"));
  CHECK(c.nearest_first() == std::vector<std::string>{"640502", "640500", "640000", "000000"});
  CHECK_THROWS_AS(c.push_back("110000"), std::runtime_error);  // a fifth
  scip::region::CodeChain d;
  CHECK_THROWS_AS(d.push_back("11000"), std::runtime_error);
  CHECK_THROWS_AS(d.push_back("1100000"), std::runtime_error);
  CHECK(d.empty());
  // A code not of six digits (it could not be a parent in a chain).
  CHECK_THROWS_AS(Registry("代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n"
                           "11,甲省,,甲省,省级,在用,1981,,\n"
                           "110101,甲省,直辖,城区,县级,在用,1981,,\n"),
                  std::runtime_error);
  CHECK_THROWS_AS(Registry("header\n110000,甲省,,甲省,省级,在用,1981,\n"), std::runtime_error);  // 8 fields
  CHECK_THROWS_AS(Registry("header\n110000,甲省,,甲省,省级,在用,1981,,,\n"), std::runtime_error);  // 10
}

TEST_CASE("names are indexed on the first lookup by name, once, from any thread") {
  Registry r(kTwoProvinces);
  std::vector<std::vector<const scip::region::Record*>> found(8);
  {
    std::vector<std::thread> threads;
    for (size_t i = 0; i < found.size(); ++i) threads.emplace_back([&, i] { found[i] = r.named("新城"); });
    for (auto& t : threads) t.join();
  }
  REQUIRE(found[0].size() == 2);  // 新城市 of each province, by its short name
  for (const auto& f : found) CHECK(f == found[0]);
  CHECK(r.find("新城市") == nullptr);  // two regions of that name: ambiguous
  REQUIRE(r.find("西县"));
  CHECK(r.find("西县")->code == "220521");
}

namespace {

// A record as text, all of it: what the two registries below must agree on.
std::string describe(const scip::region::Record& r) {
  std::string s = std::string(r.code) + " " + std::string(r.name) + " " + std::to_string(static_cast<int>(r.level)) +
                  " " + std::to_string(r.from) + "-" + std::to_string(r.until) + (r.abolished ? " abolished" : "") +
                  " parent " + std::string(r.parent) + " chain";
  for (size_t k = 0; k < r.chain.size(); ++k) s += " " + std::string(r.chain[k]);
  s += " to";
  for (const auto& x : r.successors) s += " " + std::string(x.code) + "@" + std::to_string(x.year);
  return s;
}

}  // namespace

// The build parses the embedded table (cmake/region_table.cpp) and the
// binary makes its registry from the arrays it wrote: it must be the
// registry that parsing the table here makes, record for record, and answer
// every lookup the same way.
TEST_CASE("the registry the build computed is the one the table parses into") {
  const Registry& built = Registry::builtin();
  Registry parsed(scip::region::embedded_areacodes());
  REQUIRE(built.size() == parsed.size());
  CHECK(built.bytes() == parsed.bytes());
  std::set<std::string> codes;
  std::string_view table = scip::region::embedded_areacodes();
  for (size_t at = table.find('\n'); at != std::string_view::npos; at = table.find('\n', at + 1))
    if (at + 7 <= table.size()) codes.insert(std::string(table.substr(at + 1, 6)));
  REQUIRE(codes.size() > 3000);
  size_t records = 0, successors = 0, below = 0;
  for (const std::string& code : codes) {
    auto a = built.records(code), b = parsed.records(code);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(describe(a[i]) == describe(b[i]));
      ++records;
      successors += a[i].successors.size();
    }
    std::vector<std::string> x, y;
    for (const auto* r : built.below(code, 1980, 2030)) x.push_back(describe(*r));
    for (const auto* r : parsed.below(code, 1980, 2030)) y.push_back(describe(*r));
    CHECK(x == y);
    below += x.size();
    CHECK(built.ancestors(code, 2000) == parsed.ancestors(code, 2000));
    CHECK(built.under_latest(code, "000000") == parsed.under_latest(code, "000000"));
  }
  CHECK(records == built.size());  // every record reached by its code
  CHECK(successors > 4000);
  CHECK(below > 6000);
  CHECK(built.records("000000").empty());
  CHECK(built.records("").empty());
  CHECK(built.records("11000a").empty());
  REQUIRE(built.find("沙坡头区"));
  CHECK(built.find("沙坡头区")->code == "640502");
}
