#!/usr/bin/env bash
# Workbooks and LibreOffice (CTest libreoffice; skipped, exit 77, without soffice).
#   1. The two-county workbook saved again by LibreOffice as .xlsx and as .xls
#      gives the same `scip progress` as the same figures in CSV.
#   2. scip's own workbooks (progress, diff, cover, template) open in LibreOffice:
#      converted to CSV by it, the progress sheet holds the target and the
#      actual as numbers, the diff sheet one row per change.
# usage: libreoffice.sh SCIP TESTS_DIR
set -euo pipefail
scip=$1 tests=$2
command -v soffice >/dev/null || { echo "soffice not installed: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME=$work  # LibreOffice's profile goes here, not in the user's home
/usr/bin/python3 "$tests/data/make_workbooks.py" . two-counties.xlsx two-counties.csv
cp "$tests/cli/check-submissions/plan.yaml" "$tests/cli/check-submissions/indicators.yaml" .
mkdir lo-xls lo-xlsx
soffice --headless --convert-to xls --outdir lo-xls two-counties.xlsx >/dev/null 2>&1
soffice --headless --convert-to xlsx --outdir lo-xlsx two-counties.xlsx >/dev/null 2>&1
progress() { "$scip" progress --as-of 2023-12-31 --format csv plan.yaml indicators.yaml "$1"; }
want=$(progress two-counties.csv)
for f in lo-xls/two-counties.xls lo-xlsx/two-counties.xlsx; do
  got=$(progress "$f")
  [ "$got" = "$want" ] || { echo "FAIL: $f written by LibreOffice gives other figures"; diff <(echo "$want") <(echo "$got"); exit 1; }
done
echo "ok: LibreOffice's .xls and .xlsx give the CSV's figures"

"$scip" -o report.xlsx --lang en progress --as-of 2023-12-31 --format xlsx plan.yaml indicators.yaml two-counties.csv
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' report.xlsx >/dev/null 2>&1
grep -q '^city-2021-2025,farmers,.*,13000,2025-12-31,4400,' report-Targets.csv ||
  { echo "FAIL: LibreOffice does not find target 13000 and actual 4400 in the Targets sheet:"; cat report-Targets.csv; exit 1; }
echo "ok: scip's progress workbook read by LibreOffice"

root=$tests/..
"$scip" -o diff.xlsx --lang en diff --format xlsx "$root/plans/hebei/qinhuangdao-2016-2020.yaml" "$root/plans/ningxia/zhongwei-2021-2025.yaml"
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' diff.xlsx >/dev/null 2>&1
changes=$("$scip" diff --format json "$root/plans/hebei/qinhuangdao-2016-2020.yaml" "$root/plans/ningxia/zhongwei-2021-2025.yaml" |
          /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["changes"]))' || true)
rows=$(/usr/bin/python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8"))) - 1)' diff-Comparison.csv)
[ "$rows" = "$changes" ] || { echo "FAIL: LibreOffice reads $rows rows of changes, the JSON has $changes"; exit 1; }
echo "ok: scip's diff workbook read by LibreOffice ($rows changes)"

pair=("$root/plans/ningxia/zhongwei-2021-2025.yaml" "$root/plans/national/national-2021-2035.yaml")
"$scip" -o cover.xlsx --lang en cover --format xlsx "${pair[@]}"
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' cover.xlsx >/dev/null 2>&1
items=$("$scip" cover --format json "${pair[@]}" |
        /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(len(d[k]) for k in ("actions","tasks","targets","extra")))' || true)
rows=$(/usr/bin/python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8"))) - 1)' cover-Coverage.csv)
[ "$rows" = "$items" ] || { echo "FAIL: LibreOffice reads $rows rows of coverage, the JSON has $items items"; exit 1; }
echo "ok: scip's cover workbook read by LibreOffice ($rows items)"

"$scip" -o template.xlsx --lang zh template "$root/plans" --plan zhongwei-2021-2025 --period 2023
soffice --headless --convert-to xls template.xlsx >/dev/null 2>&1
"$scip" check --as-of 2024-01-31 --format json --context "$root/plans" template.xls |
  /usr/bin/python3 -c 'import json,sys; c={d["code"] for d in json.load(sys.stdin)["diagnostics"]}; sys.exit(0 if c <= {"no-value"} else "codes: %s" % c)'
echo "ok: scip's template saved as .xls by LibreOffice reads back with no-value notes only"
