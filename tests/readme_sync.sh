#!/usr/bin/env bash
# The README is partly generated: its rule table from the rule catalog, its
# worked examples from golden tests. This test fails
# when either is stale. Regenerate the table with `./dev readme`.
set -u
scip=$1 readme=$2
want=$(env -i LANG=C.UTF-8 "$scip" explain --list --format markdown)
have=$(sed -n '/<!-- rules:begin -->/,/<!-- rules:end -->/p' "$readme" | sed '1d;$d')
if [ "$want" != "$have" ]; then
  echo "README.md's rule table is out of date; run ./dev readme"
  diff <(echo "$want") <(echo "$have")
  exit 1
fi

# The worked example in the README is the golden output of tests/cli/readme-example.
example=$(sed -n '/^\$ scip check plan.yaml$/,/^```$/p' "$readme" | sed '1d;$d')
golden=$(cat "$(dirname "$0")/cli/readme-example/stdout")
if [ "$example" != "$golden" ]; then
  echo "README.md's worked example differs from tests/cli/readme-example/stdout"
  diff <(echo "$golden") <(echo "$example")
  exit 1
fi

# The 13th-against-14th diff in the README is the golden output of tests/cli/diff-13-to-14.
shown=$(sed -n '/^\$ scip diff plans\/hebei\/qinhuangdao-2016-2020.yaml plans\/ningxia\/zhongwei-2021-2025.yaml$/,/^```$/p' "$readme" | sed '1d;$d')
golden=$(cat "$(dirname "$0")/cli/diff-13-to-14/stdout")
if [ "$shown" != "$golden" ]; then
  echo "README.md's diff example differs from tests/cli/diff-13-to-14/stdout"
  diff <(echo "$golden") <(echo "$shown")
  exit 1
fi
