#!/usr/bin/env bash
# A run with --cache runs itself again, once, with glibc's heap asking for
# huge pages (util/heap.h), and prints exactly what a run without
# that does; a run where GLIBC_TUNABLES is set, or without --cache, is not
# run again. Watched with strace's record of execve. Run by CTest with the
# scip binary and the source tree (not in the sanitizer build: it has its
# own allocator and is never run again). Each step says what it expects.
set -u
scip=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! strace -f -e trace=execve -o /dev/null true 2>/dev/null; then
  echo "strace cannot trace processes here: skipped"
  exit 77
fi
fail=0
expect() {  # expect WHAT CONDITION...
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; fail=1; fi
}
export LANG=C.UTF-8 NO_COLOR=1
in="$src/examples/qinghai-2020"
tunables='GLIBC_TUNABLES=glibc.malloc.hugetlb=1'

# traced NAME ENV... -- ARGS...: scip run under strace; its execve calls in
# $work/NAME.trace, its stdout, stderr and exit code in $work/NAME.{out,err,code}
traced() {
  local name=$1; shift
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done
  shift
  env "${env[@]}" strace -f -v -s 300 -e trace=execve -o "$work/$name.trace" "$scip" "$@" \
    > "$work/$name.out" 2> "$work/$name.err"
  echo $? > "$work/$name.code"
}
execs() { grep -c 'execve(' "$work/$1.trace"; }

# 1. check --cache: run again through /proc/self/exe with the tunables, same output
traced cached -u GLIBC_TUNABLES -- check --cache "$work/cache" "$in"
expect "check --cache runs twice" [ "$(execs cached)" = 2 ]
expect "the second run is /proc/self/exe with the tunables" \
  grep -q "execve(\"/proc/self/exe\", \[\"$scip\", \"check\".*\"$tunables\"" "$work/cached.trace"
traced plain GLIBC_TUNABLES= -- check --cache "$work/cache" "$in"
expect "GLIBC_TUNABLES set (even empty): run once" [ "$(execs plain)" = 1 ]
expect "the same output either way" cmp -s "$work/cached.out" "$work/plain.out"
expect "the same stderr either way" cmp -s "$work/cached.err" "$work/plain.err"
expect "the same exit code either way" cmp -s "$work/cached.code" "$work/plain.code"

# 2. the user's own tunables are kept, not added to
traced own GLIBC_TUNABLES=glibc.malloc.check=0 -- check --cache "$work/cache" "$in"
expect "the user's GLIBC_TUNABLES: run once" [ "$(execs own)" = 1 ]

# 3. no cache: run once
traced cold -u GLIBC_TUNABLES -- check "$in"
expect "check without --cache runs once" [ "$(execs cold)" = 1 ]
expect "and prints what the cached run printed" cmp -s "$work/cached.out" "$work/cold.out"

# 4. progress --cache (also through SCIP_CACHE) runs again, with the same table
traced progress -u GLIBC_TUNABLES SCIP_CACHE="$work/cache" -- progress "$in" --as-of 2020-12-31 --format csv
expect "progress with SCIP_CACHE runs twice" [ "$(execs progress)" = 2 ]
traced progress-plain GLIBC_TUNABLES= SCIP_CACHE="$work/cache" -- progress "$in" --as-of 2020-12-31 --format csv
expect "progress prints the same table either way" cmp -s "$work/progress.out" "$work/progress-plain.out"
expect "progress exits the same either way" cmp -s "$work/progress.code" "$work/progress-plain.code"

# 5. --help is not run again
traced help -u GLIBC_TUNABLES -- check --cache "$work/cache" --help
expect "--help runs once" [ "$(execs help)" = 1 ]
exit $fail
