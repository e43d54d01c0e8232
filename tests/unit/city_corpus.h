// A city (中卫市) with its three counties, one action with a headcount that
// adds up across regions (farmers, a sum) and one that does not (volunteers,
// the latest): the corpus the unit tests of roll-ups and parts measure and
// check figures against.
#pragma once

namespace scip::testing {

inline constexpr const char* kCityPlan = R"(scip: 1
type: plan
id: city
title: 示例市
region: {code: "640500", name: 中卫市, level: prefecture}
period: {start: 2021, end: 2025}
regions:
  - {code: "640502", name: 沙坡头区}
  - {code: "640521", name: 中宁县}
  - {code: "640522", name: 海原县}
departments: {cast: 市科协}
actions:
  - id: a
    kind: action
    title: 行动
    lead: [cast]
    targets:
      - {id: volunteers, indicator: volunteers, value: 10000, unit: 人, by: 2025, baseline: {value: 0, at: 2020}}
      - {id: farmers, indicator: farmers, value: 13000, unit: 人, by: 2025, baseline: {value: 0, at: 2020}}
)";

inline constexpr const char* kCityCatalog = R"(scip: 1
type: indicators
indicators:
  - {id: volunteers, name: 科技志愿者, unit: 人, accumulate: latest, direction: up}
  - {id: farmers, name: 高素质农民, unit: 人, accumulate: sum, direction: up}
)";

}  // namespace scip::testing
