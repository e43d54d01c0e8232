#!/usr/bin/env python3
"""scip template, filled in by another program, read back (CTest template-roundtrip).

usage: template_roundtrip.py SCIP REPO_DIR

1. `scip template plans/ --plan zhongwei-2021-2025 --period 2023` is opened
   with openpyxl: an instructions sheet, then one sheet per county under
   中卫市, each with scip's header, a frozen header, a drop-down of indicator
   names and a numbers-only value column.
2. The untouched template passes `scip check`: no diagnostic but no-value notes.
3. Values typed into one county's sheet (as a person would, as numbers) appear
   in `scip progress --format json` as inputs with those values, and check
   still reports nothing else.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def main():
    scip, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    plans = os.path.join(repo, "plans")
    work = tempfile.mkdtemp()
    failures = []
    try:
        path = os.path.join(work, "报送模板.xlsx")
        r = run([scip, "--lang", "zh", "-o", path, "template", plans, "--plan", "zhongwei-2021-2025", "--period", "2023"])
        if r.returncode != 0:
            print(r.stderr.decode())
            return 1
        wb = openpyxl.load_workbook(path)
        if wb.sheetnames[0] != "填报说明" or "沙坡头区" not in wb.sheetnames:
            failures.append(f"sheets: {wb.sheetnames}")
        ws = wb["沙坡头区"]
        header = [c.value for c in ws[1]]
        if header[:5] != ["地区", "指标", "时期", "数值", "单位"]:
            failures.append(f"header {header}")
        if ws.freeze_panes != "A2":
            failures.append("no frozen header")
        kinds = sorted(dv.type for dv in ws.data_validations.dataValidation)
        if kinds != ["decimal", "list"]:
            failures.append(f"data validations {kinds}")
        codes = lambda out: sorted({d["code"] for d in json.loads(out)["diagnostics"]})
        check = [scip, "check", "--as-of", "2024-01-31", "--format", "json", "--context", plans, path]
        r = run(check)
        if r.returncode != 0 or codes(r.stdout) != ["no-value"]:
            failures.append(f"untouched template: exit {r.returncode}, codes {codes(r.stdout)}")
        typed = {}
        for row in ws.iter_rows(min_row=2):
            if row[1].value and row[4].value == "人":
                row[3].value = 1  # a number, as typed (small: no target is below one)
                typed[row[1].value] = row[3].value
        if not typed:
            failures.append("no row in 人 to fill in")
        wb.save(path)
        r = run(check)
        if r.returncode != 0 or codes(r.stdout) != ["no-value"]:
            failures.append(f"filled template: exit {r.returncode}, codes {codes(r.stdout)}")
        r = run([scip, "progress", "--as-of", "2024-01-31", "--format", "json", plans, path])
        data = json.loads(r.stdout)
        seen = {(i["region"], i["value"]) for row in data["rows"] for i in row["inputs"]}
        for value in typed.values():
            if ("640502", value) not in seen:
                failures.append(f"typed {value} for 沙坡头区 is not among progress's inputs")
    finally:
        shutil.rmtree(work)
    for f in failures:
        print(f)
    print("template round trip:", "FAILED" if failures else "written, read by openpyxl, filled in, read back by scip")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
