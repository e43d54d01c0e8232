// The region registry: records by year, the hierarchy, successors, names.
#include <doctest/doctest.h>

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
  for (const auto* rec : r.below("640500", 2021, 2025)) zhongwei.push_back(rec->code + rec->name);
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
