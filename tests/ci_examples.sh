#!/usr/bin/env bash
# The CI recipes in examples/ci/ are YAML their CI servers can read, and every
# scip command in them runs: each is run on a copy of the shipped plans with
# the Zhongwei submissions as submissions/, must end with exit 0 or 1 (a
# finding, not a usage error), and must write the report it names with -o.
#   tests/ci_examples.sh SCIP_BINARY SOURCE_DIR
set -euo pipefail
scip=$(readlink -f "$1")
src=$(readlink -f "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/repo"
ln -s "$scip" "$tmp/bin/scip"
cp -r "$src/plans" "$tmp/repo/plans"
cp -r "$src/examples/zhongwei-midterm" "$tmp/repo/submissions"
n=0
for f in "$src/examples/ci/.github/workflows/scip.yml" "$src/examples/ci/.gitlab-ci.yml"; do
  python3 - "$f" >"$tmp/commands" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
def commands(x, key=None):
    if isinstance(x, dict):
        for k, v in x.items(): yield from commands(v, k)
    elif isinstance(x, list):
        for v in x: yield from commands(v, key)
    elif isinstance(x, str) and key in ("run", "script"):
        for line in x.splitlines():
            line = line.strip()
            if line.startswith("scip "): yield line.split(" || ")[0]
for c in commands(doc): print(c)
PY
  while read -r cmd; do
    n=$((n + 1))
    code=0
    (cd "$tmp/repo" && PATH="$tmp/bin:$PATH" bash -c "$cmd" >/dev/null 2>"$tmp/err") || code=$?
    [ "$code" -le 1 ] || { cat "$tmp/err"; echo "FAIL: '$cmd' in $f exited $code"; exit 1; }
    out=$(sed -n 's/.* -o \([^ ]*\).*/\1/p' <<<"$cmd")
    [ -z "$out" ] || [ -s "$tmp/repo/$out" ] || { echo "FAIL: '$cmd' did not write $out"; exit 1; }
  done <"$tmp/commands"
done
[ "$n" -ge 6 ] || { echo "FAIL: only $n scip commands found in examples/ci"; exit 1; }
echo "ci examples: $n scip commands run"
