#!/usr/bin/env bash
# -o FILE writes atomically and never over an input: run by CTest with the
# scip binary and the source tree. Each step says what it expects.
set -u
scip=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
expect() {  # expect WHAT CONDITION...
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; fail=1; fi
}
cp -r "$src/examples/qinghai-2020" "$work/in"
before=$(cd "$work/in" && sha256sum *)
export LANG=C.UTF-8 NO_COLOR=1

# 1. the file holds exactly what stdout would, and stdout stays empty
"$scip" progress "$work/in" --as-of 2020-12-31 --format csv > "$work/expected.csv"
"$scip" progress "$work/in" --as-of 2020-12-31 --format csv -o "$work/report.csv" > "$work/stdout"
code=$?
expect "progress -o exits 0" [ "$code" = 0 ]
expect "progress -o writes the report" cmp -s "$work/expected.csv" "$work/report.csv"
expect "progress -o prints nothing" [ ! -s "$work/stdout" ]

# 2. a run that fails leaves the old file as it was, and no temporary file
"$scip" progress "$work/in" --as-of 2020-12-31 --plan no-such-plan -o "$work/report.csv" 2> "$work/stderr"
code=$?
expect "a refused run exits 2" [ "$code" = 2 ]
expect "a refused run leaves the old report" cmp -s "$work/expected.csv" "$work/report.csv"
expect "no temporary file is left" [ -z "$(ls "$work" | grep -F '.tmp-')" ]

# 3. check -o keeps its report even with errors (exit 1)
printf 'scip: 1\ntype: plan\n' > "$work/broken.yaml"
"$scip" check "$work/broken.yaml" -o "$work/check.txt" > /dev/null
code=$?
expect "check -o exits 1 on errors" [ "$code" = 1 ]
expect "check -o writes the diagnostics" grep -q 'missing-key' "$work/check.txt"

# 3b. an existing output file is replaced (it is not mistaken for an input)
"$scip" progress "$work/in" --as-of 2020-12-31 --format csv -o "$work/report.csv" > /dev/null
code=$?
expect "progress -o over an existing report exits 0" [ "$code" = 0 ]
expect "progress -o replaces the existing report" cmp -s "$work/expected.csv" "$work/report.csv"

# 4. an output that is an input is refused, and the input is untouched
"$scip" check "$work/in/indicators.yaml" -o "$work/in/indicators.yaml" 2> "$work/stderr"
code=$?
expect "-o naming an input exits 2" [ "$code" = 2 ]
expect "-o naming an input says why" grep -q 'never writes over its input files' "$work/stderr"

# 5. an output in a folder that does not exist is a clear error
"$scip" check "$work/in" -o "$work/no/such/folder/x.txt" 2> "$work/stderr"
code=$?
expect "-o into a missing folder exits 2" [ "$code" = 2 ]
expect "-o into a missing folder says so" grep -q 'cannot write .*No such file or directory' "$work/stderr"

# 6. scip changed none of its inputs
after=$(cd "$work/in" && sha256sum *)
expect "inputs unchanged" [ "$before" = "$after" ]
exit $fail
