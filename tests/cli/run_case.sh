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
#
# Two optional files serve inputs that cannot be committed as they are:
#   generate  a bash script run first, in a scratch copy of the case folder
#             (with SCIP_TESTS set to the tests/ folder),
#             that makes the inputs (a 50 MB file, a FIFO, a link loop, a
#             file name with escape sequences); the expected files stay in
#             the case folder;
#   runas     a user name (nobody): scip runs as that user (with setpriv,
#             when the tests run as root), so a file made unreadable by
#             `generate` is unreadable to scip too;
#   env       VAR=value lines added to the fixed environment (GITHUB_ACTIONS=true).
#
# Output meant for other programs is also read back by an independent reader
# (tests/ci_formats.py): SARIF is validated against the OASIS schema, JUnit
# parsed as XML with one failure per error, GitLab's report as JSON with one
# entry per diagnostic.
#
# With a third argument `cached`, the case runs with the check cache on
# (SCIP_CACHE, a fresh folder): once to fill the cache, then again from it,
# and both runs must print exactly the expected output (CTest cli-cached/*).
set -u
scip=$1
case $scip in /*) ;; *) scip=$PWD/$scip ;; esac
dir=$2
mode=${3:-}
tests_dir=$(cd "$(dirname "$0")/.." && pwd)
case_dir=$(cd "$dir" && pwd) || exit 2
[ -f "$case_dir/args" ] || { echo "no args file in $dir"; exit 2; }
scratch=
run_as=()
if [ -f "$case_dir/generate" ] || [ -f "$case_dir/runas" ]; then
  scratch=$(mktemp -d)
  chmod 755 "$scratch"
  cp -r "$case_dir/." "$scratch/work"
  if [ -f "$case_dir/runas" ] && [ "$(id -u)" = 0 ]; then
    # The binary is copied where that user can run it.
    cp "$scip" "$scratch/scip"
    scip="$scratch/scip"
    user=$(cat "$case_dir/runas")
    run_as=(setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups)
  fi
  chmod -R a+rX "$scratch"
  (cd "$scratch/work" && SCIP_TESTS="$tests_dir" bash ./generate) || { echo "generate failed in $dir"; rm -rf "$scratch"; exit 1; }
  cd "$scratch/work"
else
  cd "$case_dir"
fi
eval "set -- $(cat "$case_dir/args")"
extra_env=()
[ -f "$case_dir/env" ] && mapfile -t extra_env < "$case_dir/env"
out=$(mktemp) err=$(mktemp)
cache_env=()
if [ "$mode" = cached ]; then
  [ "${SCIP_UPDATE:-0}" = 1 ] && exit 0  # expectations come from the uncached run
  cache=$(mktemp -d)
  chmod 1777 "$cache"
  cache_env=(SCIP_CACHE="$cache")
  trap 'rm -rf "$out" "$err" "$cache"; [ -n "$scratch" ] && chmod -R u+rwX "$scratch" && rm -rf "$scratch"' EXIT
  # The first run fills the cache; it must already print what is expected.
  "${run_as[@]}" env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 "${cache_env[@]}" "${extra_env[@]}" "$scip" "$@" \
    >"$out" 2>"$err"
  first=$?
  cp "$out" "$cache/.first-stdout"
else
  trap 'rm -f "$out" "$err"; [ -n "$scratch" ] && chmod -R u+rwX "$scratch" && rm -rf "$scratch"' EXIT
fi
"${run_as[@]}" env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 "${cache_env[@]}" "${extra_env[@]}" "$scip" "$@" \
  >"$out" 2>"$err"
code=$?
if [ "$mode" = cached ]; then
  [ "$first" = "$code" ] || { echo "exit code filling the cache: $first, from the cache: $code"; exit 1; }
  diff -u --label filling-the-cache --label from-the-cache "$cache/.first-stdout" "$out" || exit 1
fi
json_variant=0
if [ "${1:-}" = check ] && ! grep -q -- '--format' "$case_dir/args"; then
  json_variant=1
  jout=$(mktemp)
  trap 'rm -rf "$out" "$err" "$jout" ${cache:+"$cache"}; [ -n "$scratch" ] && chmod -R u+rwX "$scratch" && rm -rf "$scratch"' EXIT
  shift
  "${run_as[@]}" env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 "${cache_env[@]}" "${extra_env[@]}" "$scip" check \
    --format json "$@" >"$jout" 2>/dev/null
  jcode=$?
  [ "$jcode" = "$code" ] || { echo "exit code with --format json: $jcode, without: $code"; exit 1; }
fi
if [ "${SCIP_UPDATE:-0}" = 1 ]; then
  [ "$json_variant" = 1 ] && cp "$jout" "$case_dir/stdout.json"
  cp "$out" "$case_dir/stdout"
  if [ -s "$err" ]; then cp "$err" "$case_dir/stderr"; else rm -f "$case_dir/stderr"; fi
  if [ "$code" != 0 ]; then echo "$code" > "$case_dir/exit"; else rm -f "$case_dir/exit"; fi
  echo "updated $dir"
  exit 0
fi
fail=0
want_code=0
[ -f "$case_dir/exit" ] && want_code=$(cat "$case_dir/exit")
if [ "$code" != "$want_code" ]; then echo "exit code: expected $want_code, got $code"; fail=1; fi
if ! diff -u --label expected/stdout --label actual/stdout "$case_dir/stdout" "$out"; then fail=1; fi
if [ "$json_variant" = 1 ]; then
  diff -u --label expected/stdout.json --label actual/stdout.json "$case_dir/stdout.json" "$jout" || fail=1
  # Valid JSON whatever the input held (control characters, invalid bytes).
  [ ! -s "$jout" ] || python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$jout" \
    || { echo "stdout.json is not valid JSON"; fail=1; }
fi
if grep -q -- '--format json' "$case_dir/args" && [ -s "$out" ]; then
  python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$out" \
    || { echo "stdout is not valid JSON"; fail=1; }
fi
for format in sarif junit gitlab; do
  grep -q -- "--format $format" "$case_dir/args" || continue
  [ "$code" -le 1 ] || continue
  # The same run as JSON, to count what the format must hold.
  jcheck=$(mktemp)
  json_args=()
  for a in "$@"; do [ "$a" = "$format" ] && a=json; json_args+=("$a"); done
  "${run_as[@]}" env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 NO_COLOR=1 "${extra_env[@]}" "$scip" \
    "${json_args[@]}" >"$jcheck" 2>/dev/null
  python3 "$tests_dir/ci_formats.py" "$format" "$out" "$jcheck" "$tests_dir/data/sarif-schema-2.1.0.json" || fail=1
  rm -f "$jcheck"
done
if [ -f "$case_dir/stderr" ]; then
  diff -u --label expected/stderr --label actual/stderr "$case_dir/stderr" "$err" || fail=1
elif [ -s "$err" ]; then
  echo "unexpected stderr:"; cat "$err"; fail=1
fi
exit $fail
