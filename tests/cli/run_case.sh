#!/usr/bin/env bash
# Runs one golden test: tests/cli/<case>/ holds the input files, `args` (the
# arguments to scip, one line, shell words), and the expected `stdout`,
# `stderr` (absent = must be empty) and `exit` (absent = 0). The command runs
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
env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 ${SCIP_EXTRA_ENV:-} "$scip" "$@" >"$out" 2>"$err"
code=$?
if [ "${SCIP_UPDATE:-0}" = 1 ]; then
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
if [ -f stderr ]; then
  diff -u --label expected/stderr --label actual/stderr stderr "$err" || fail=1
elif [ -s "$err" ]; then
  echo "unexpected stderr:"; cat "$err"; fail=1
fi
exit $fail
