#!/usr/bin/env python3
"""scip's workbooks read back by an independent reader (CTest xlsx-readback).

usage: xlsx_readback.py SCIP TESTS_DIR

Writes the fixtures of tests/data/make_workbooks.py and a plan into a
scratch folder, runs `scip progress --format xlsx -o` and `--format json` on
the same inputs, opens the workbook with openpyxl and checks that every
target and every input figure of the JSON is in it, as numbers (not text),
each refused row a target would count listed under it (a row of a CSV
beside the workbook is refused for that),
with the percent cells formatted as percent, a frozen header and a filter.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl


def diff_workbook(scip, root, work):
    """scip diff --format xlsx of the two shipped plans: one row per change of the JSON, same kinds and texts."""
    failures = []
    plans = [os.path.join(root, "plans", "hebei", "qinhuangdao-2016-2020.yaml"),
             os.path.join(root, "plans", "ningxia", "zhongwei-2021-2025.yaml")]
    out = os.path.join(work, "diff.xlsx")
    subprocess.run([scip, "--lang", "zh", "-o", out, "diff", "--format", "xlsx"] + plans, check=True, capture_output=True)
    data = json.loads(subprocess.run([scip, "--lang", "zh", "diff", "--format", "json"] + plans, capture_output=True).stdout)
    severity_words = {"weakened": "削弱", "attention": "需关注", "info": "一般", None: ""}
    wb = openpyxl.load_workbook(out)
    rows = list(wb[wb.sheetnames[1]].iter_rows(min_row=2, values_only=True))
    if len(rows) != len(data["changes"]):
        failures.append(f"diff: {len(rows)} rows, the JSON has {len(data['changes'])} changes")
    for row, c in zip(rows, data["changes"]):
        got = (row[3], row[4] or "", row[5] or "", row[6] or "", row[7] or "", row[9] or "")
        want = (c["kind"], c["old_path"], c["old"], c["new_path"], c["new"], severity_words[c["severity"]])
        if got != want:
            failures.append(f"diff: {got} != {want}")
            break
    return failures


def cover_workbook(scip, root, work):
    """scip cover --format xlsx: one row per item of the JSON (the parent's, then the child's own), same ids and status."""
    failures = []
    plans = [os.path.join(root, "plans", "ningxia", "zhongwei-2021-2025.yaml"),
             os.path.join(root, "plans", "national", "national-2021-2035.yaml")]
    out = os.path.join(work, "cover.xlsx")
    subprocess.run([scip, "--lang", "en", "-o", out, "cover", "--format", "xlsx"] + plans, check=True, capture_output=True)
    data = json.loads(subprocess.run([scip, "cover", "--format", "json"] + plans, capture_output=True).stdout)
    last = lambda p: p.rsplit("/", 1)[-1] if p else ""
    want = []
    for section in ("actions", "tasks", "targets"):
        for it in data[section]:
            want.append(("covered" if it["covered"] else "not covered", last(it["path"]), last(it["by"]["path"]) if it["by"] else ""))
    want += [("own", "", last(e["path"])) for e in data["extra"]]
    wb = openpyxl.load_workbook(out)
    got = [(r[1], r[2] or "", r[4] or "") for r in wb[wb.sheetnames[1]].iter_rows(min_row=2, values_only=True)]
    if got != want:
        failures.append(f"cover: {got} != {want}")
    return failures


def findings_workbook(scip, root, work):
    """scip findings --format xlsx: one ledger row per finding of the JSON, same ids, statuses and days left."""
    failures = []
    args = ["findings", os.path.join(root, "examples", "qinghai-2020"), "--as-of", "2020-07-31"]
    out = os.path.join(work, "findings.xlsx")
    subprocess.run([scip, "--lang", "zh", "-o", out, *args, "--format", "xlsx"], check=True, capture_output=True)
    data = json.loads(subprocess.run([scip, *args, "--format", "json"], capture_output=True).stdout)
    open_ = lambda f: f["status"] in ("未整改", "整改中")
    want = sorted((f["id"], f["status"], f["days_left"] if open_(f) else None) for f in data["findings"])
    wb = openpyxl.load_workbook(out)
    got = sorted((r[1], r[3], int(r[5]) if r[5] is not None else None)
                 for r in wb[wb.sheetnames[1]].iter_rows(min_row=2, values_only=True))
    if got != want:
        failures.append(f"findings: {got} != {want}")
    return failures


def score_workbook(scip, root, work):
    """scip score --format xlsx: the ranking sheet has each region's rank and total as numbers, as the JSON."""
    failures = []
    q = os.path.join(root, "examples", "qinghai-2020")
    args = ["score", q, "--scores", os.path.join(q, "scores-2020.csv"), "--as-of", "2020-12-31"]
    out = os.path.join(work, "score.xlsx")
    subprocess.run([scip, "-o", out, *args, "--format", "xlsx"], check=True, capture_output=True)
    data = json.loads(subprocess.run([scip, *args, "--format", "json"], capture_output=True).stdout)
    want = [(r["rank"], r["name"], round(float(r["total"]), 6)) for r in data["regions"]]
    wb = openpyxl.load_workbook(out)
    got = [(int(r[0]), r[1], round(float(r[2]), 6)) for r in wb[wb.sheetnames[0]].iter_rows(min_row=4, values_only=True)
           if isinstance(r[0], (int, float))]
    if got != want:
        failures.append(f"score: {got} != {want}")
    return failures


def main():
    scip, tests = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    work = tempfile.mkdtemp()
    failures = []
    try:
        subprocess.run([sys.executable, os.path.join(tests, "data", "make_workbooks.py"), work], check=True)
        for f in ("plan.yaml", "indicators.yaml"):
            shutil.copy(os.path.join(tests, "cli", "check-submissions", f), work)
        os.remove(os.path.join(work, "two-counties.csv"))  # the same figures again: repeated-report warnings
        os.remove(os.path.join(work, "two-counties.xls"))
        with open(os.path.join(work, "refused.csv"), "w", encoding="utf-8") as f:  # a row the farmers target would count
            f.write("地区,指标,时期,数值,单位\n中宁县,高素质农民,2023,abc,人\n")
        for lang in ("zh", "en"):
            base = ["--lang", lang, "progress", "--as-of", "2023-12-31", "plan.yaml", "indicators.yaml", "two-counties.xlsx",
                    "refused.csv"]
            out = os.path.join(work, f"report-{lang}.xlsx")
            runs = [subprocess.run([scip, "-o", out] + base + ["--format", "xlsx"], cwd=work, capture_output=True),
                    subprocess.run([scip] + base + ["--format", "json"], cwd=work, capture_output=True)]
            if [r.returncode for r in runs] != [1, 1]:  # 1: a row was refused
                failures.append(f"{lang}: exit codes {[r.returncode for r in runs]}: {runs[0].stderr.decode()[-300:]}")
                continue
            data = json.loads(runs[1].stdout)
            wb = openpyxl.load_workbook(out)
            names = wb.sheetnames
            if len(names) != 3:
                failures.append(f"{lang}: sheets {names}")
                continue
            targets, inputs = wb[names[1]], wb[names[2]]
            if targets.freeze_panes != "A2" or not targets.auto_filter.ref:
                failures.append(f"{lang}: the target sheet has no frozen header or filter")
            rows = list(targets.iter_rows(min_row=2, values_only=True))
            if len(rows) != len(data["rows"]):
                failures.append(f"{lang}: {len(rows)} target rows, the JSON has {len(data['rows'])}")
            for row, j in zip(rows, data["rows"]):
                if row[1] != j["target"]:
                    failures.append(f"{lang}: target {row[1]} != {j['target']}")
                if (row[18] or 0) != j["refused_rows"]:
                    failures.append(f"{lang}: {j['target']} refused rows: workbook {row[18]!r}, JSON {j['refused_rows']}")
                for col, key, scale in ((9, "target_value", 1), (11, "actual", 1), (12, "percent", 100), (13, "expected", 100)):
                    want = j.get(key)
                    got = row[col]
                    if want is None:
                        continue
                    if not isinstance(got, (int, float)) or abs(got * scale - want) > 1e-5:
                        failures.append(f"{lang}: {j['target']} {key}: workbook {got!r}, JSON {want}")
            for cell in targets[2][12:14]:
                if cell.value is not None and "%" not in cell.number_format:
                    failures.append(f"{lang}: {cell.coordinate} is not formatted as percent ({cell.number_format})")
            want_inputs = sum(len(j["inputs"]) for j in data["rows"])
            listed = [r for r in inputs.iter_rows(min_row=2, values_only=True) if r[0]]
            got_inputs = [r for r in listed if r[5] is not None]
            if len(got_inputs) != want_inputs:
                failures.append(f"{lang}: {len(got_inputs)} input rows, the JSON has {want_inputs}")
            # The refused rows each target would count: listed under it, without a value, where the JSON says.
            got_refused = [(r[0], r[1]) for r in listed if r[5] is None and r[1] and r[7]]  # (not the note below them)
            want_refused = [(j["key"], f'{x["file"]}:{x["line"]}') for j in data["rows"] for x in j["refused"]]
            if got_refused != want_refused or not want_refused:
                failures.append(f"{lang}: refused rows {got_refused} != {want_refused}")
            values = sorted(r[5] for r in got_inputs)
            want_values = sorted(i["value"] for j in data["rows"] for i in j["inputs"])
            if values != want_values:
                failures.append(f"{lang}: input values {values} != {want_values}")
        failures += diff_workbook(scip, os.path.join(tests, ".."), work)
        failures += cover_workbook(scip, os.path.join(tests, ".."), work)
        failures += findings_workbook(scip, os.path.join(tests, ".."), work)
        failures += score_workbook(scip, os.path.join(tests, ".."), work)
    finally:
        shutil.rmtree(work)
    for f in failures:
        print(f)
    print("xlsx read back:", "FAILED" if failures else "the same targets, figures, changes, coverage, findings and scores as the JSON")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
