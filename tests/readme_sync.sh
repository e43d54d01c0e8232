#!/usr/bin/env bash
# The README is partly generated: its rule table from the rule catalog, its
# worked examples from golden tests. This test fails when any of them is
# stale. Regenerate the table with `./dev readme`; copy a golden output into
# the README after changing it.
set -u
scip=$1 readme=$2
here=$(dirname "$0")
status=0

# same WHAT EXPECTED SHOWN: report a difference between the two texts.
same() {
  if [ "$2" != "$3" ]; then
    echo "README.md: $1 is out of date"
    diff <(echo "$2") <(echo "$3")
    status=1
  fi
}

# The lines of the README after the line that equals $1, up to the next ```.
after() {
  awk -v start="$1" 'found && /^```$/ {exit} found {print} $0 == start {found=1}' "$readme"
}

same "the rule table (./dev readme)" \
  "$(env -i LANG=C.UTF-8 "$scip" explain --list --format markdown)" \
  "$(sed -n '/<!-- rules:begin -->/,/<!-- rules:end -->/p' "$readme" | sed '1d;$d')"
same "the worked example of scip check (tests/cli/readme-example/stdout)" \
  "$(cat "$here/cli/readme-example/stdout")" \
  "$(after '$ scip check plan.yaml')"
same "the 13th-against-14th diff (tests/cli/diff-13-to-14/stdout)" \
  "$(cat "$here/cli/diff-13-to-14/stdout")" \
  "$(after '$ scip diff plans/hebei/qinhuangdao-2016-2020.yaml plans/ningxia/zhongwei-2021-2025.yaml')"
same "scip cover against the national plan (tests/cli/cover-zhongwei-national-zh/stdout)" \
  "$(cat "$here/cli/cover-zhongwei-national-zh/stdout")" \
  "$(after '$ scip --lang zh cover plans/ningxia/zhongwei-2021-2025.yaml plans/national/national-2021-2035.yaml')"
same "scip import on seed 003 (tests/cli/import-seed-zhongwei/stderr)" \
  "$(sed 's|\.\./\.\./import/seeds/|tests/import/seeds/|' "$here/cli/import-seed-zhongwei/stderr")" \
  "$(after '$ scip import tests/import/seeds/003_f42f440b450c0eaa.txt -o zhongwei-draft.yaml --report')"
same "the findings of the Qinghai inspection (tests/cli/findings-qinghai/stdout)" \
  "$(cat "$here/cli/findings-qinghai/stdout")" \
  "$(after '$ scip findings examples/qinghai-2020 --as-of 2020-07-31')"
same "the Qinghai scorecard (tests/cli/score-qinghai/stdout)" \
  "$(cat "$here/cli/score-qinghai/stdout")" \
  "$(after '$ scip score examples/qinghai-2020 --scores examples/qinghai-2020/scores-2020.csv --as-of 2020-12-31')"
same "the Qinghai scorecard explained (tests/cli/score-qinghai-explain/stdout)" \
  "$(cat "$here/cli/score-qinghai-explain/stdout")" \
  "$(after '$ scip score examples/qinghai-2020 --scores examples/qinghai-2020/scores-2020.csv --as-of 2020-12-31 --explain 海东市')"
same "a target marked for its refused row (tests/cli/progress-bad-rows/stdout)" \
  "$(cat "$here/cli/progress-bad-rows/stdout")" \
  "$(after '$ scip progress --as-of 2023-12-31 .    # tests/cli/progress-bad-rows')"
same "the Qinghai progress table (tests/cli/progress-qinghai/stdout)" \
  "$(cat "$here/cli/progress-qinghai/stdout")" \
  "$(after '$ scip progress examples/qinghai-2020 --as-of 2020-12-31')"
same "the progress table by department (tests/cli/progress-width-80-zh/stdout)" \
  "$(cat "$here/cli/progress-width-80-zh/stdout")" \
  "$(after '$ scip progress examples/zhongwei-midterm plans --as-of 2023-12-31 --by department --lang zh --width 80')"
same "the region diagnostics (tests/cli/region-registry-submissions/stdout)" \
  "$(cat "$here/cli/region-registry-submissions/stdout")" \
  "$(after '$ scip check --as-of 2023-12-31 .    # tests/cli/region-registry-submissions: a plan with no regions:')"
exit $status
