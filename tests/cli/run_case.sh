#!/usr/bin/env bash
# Runs one golden test: tests/cli/<case>/ holds the input files, `args` (the
# arguments to scip, one line, shell words), and the expected `stdout`,
# `stderr` (absent = must be empty) and `exit` (absent = 0). A `check` case
# whose args choose no --format is run a second time with --format json, and
# that output is pinned in `stdout.json`, so every diagnostic is tested in
# both formats. The command runs
# inside the case folder with a fixed environment, so paths and language in
# the output are stable. With SCIP_UPDATE=1 the expected files are rewritten
# from the actual output (review the diff before committing).
set -u
scip=$1
dir=$2
cd "$dir" || exit 2
[ -f args ] || { echo "no args file in $dir"; exit 2; }
eval "set -- $(cat args)"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 "$scip" "$@" >"$out" 2>"$err"
code=$?
json_variant=0
if [ "${1:-}" = check ] && ! grep -q -- '--format' args; then
  json_variant=1
  jout=$(mktemp)
  trap 'rm -f "$out" "$err" "$jout"' EXIT
  shift
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 "$scip" check --format json "$@" >"$jout" 2>/dev/null
  jcode=$?
  [ "$jcode" = "$code" ] || { echo "exit code with --format json: $jcode, without: $code"; exit 1; }
fi
if [ "${SCIP_UPDATE:-0}" = 1 ]; then
  [ "$json_variant" = 1 ] && cp "$jout" stdout.json
  cp "$out" stdout
  if [ -s "$err" ]; then cp "$err" stderr; else rm -f stderr; fi
  if [ "$code" != 0 ]; then echo "$code" > exit; else rm -f exit; fi
  echo "updated $dir"
  exit 0
fi
fail=0
want_code=0
[ -f exit ] && want_code=$(cat exit)
if [ "$code" != "$want_code" ]; then echo "exit code: expected $want_code, got $code"; fail=1; fi
if ! diff -u --label expected/stdout --label actual/stdout stdout "$out"; then fail=1; fi
if [ "$json_variant" = 1 ] && ! diff -u --label expected/stdout.json --label actual/stdout.json stdout.json "$jout"; then fail=1; fi
if [ -f stderr ]; then
  diff -u --label expected/stderr --label actual/stderr stderr "$err" || fail=1
elif [ -s "$err" ]; then
  echo "unexpected stderr:"; cat "$err"; fail=1
fi
exit $fail
