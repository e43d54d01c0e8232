#!/usr/bin/env python3
"""How well `scip import` drafts a plan: recall and precision against a hand-encoded plan.

    import_score.py SCIP DOCUMENT HAND.yaml CATALOG [--min-recall-items 100] [--min-target-recall 90]

Runs `SCIP import DOCUMENT --catalog CATALOG`, checks the draft with `SCIP check` and the catalog
(it must have no error: exit 0), and
compares it with HAND.yaml (the plan as the project encoded it by hand) on:
  actions   actions and projects, by title (实施 and spaces ignored)
  tasks     numbered tasks, by title
  leads     lead departments (by name) of each action and task matched by title
  targets   quantified targets (value, unit, deadline year)
Prints one line per measure; exits 1 when a minimum is not met, so a CTest can hold the line.
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

import yaml


def norm(title):
    t = re.sub(r"[\s，。、“”\"'：:（）()]", "", str(title or ""))
    return t[2:] if t.startswith("实施") and (t.endswith("行动") or t.endswith("工程")) else t


def unit(u):
    u = str(u or "")
    return u[:-1] + "人" if u.endswith("名") else u


def year(by):
    return int(str(by)[:4]) if by is not None else None


def items(plan):
    depts = plan.get("departments") or {}
    name = lambda i: norm(depts.get(i, i))
    actions, tasks, leads, targets = [], [], collections.Counter(), collections.Counter()

    def take_targets(x):
        for t in x.get("targets") or []:
            if t.get("value") is not None:
                targets[(float(t["value"]), unit(t.get("unit")), year(t.get("by")))] += 1

    for g in plan.get("goals") or []:
        take_targets(g)
    for a in plan.get("actions") or []:
        at = norm(a["title"])
        actions.append(at)
        for d in a.get("lead") or []:
            leads[(at, name(d))] += 1
        take_targets(a)
        for t in a.get("tasks") or []:
            tt = norm(t["title"])
            tasks.append(tt)
            for d in t.get("lead") or []:
                leads[(at + "/" + tt, name(d))] += 1
            take_targets(t)
    return {"actions": collections.Counter(actions), "tasks": collections.Counter(tasks), "leads": leads, "targets": targets}


def main():
    args = sys.argv[1:]
    mins = {"items": 100.0, "targets": 90.0}
    for flag, key in (("--min-recall-items", "items"), ("--min-target-recall", "targets")):
        if flag in args:
            i = args.index(flag)
            mins[key] = float(args[i + 1])
            del args[i:i + 2]
    scip, document, hand_file, catalog = args
    with tempfile.TemporaryDirectory() as tmp:
        draft_file = os.path.join(tmp, "draft.yaml")
        run = subprocess.run([scip, "import", document, "--catalog", catalog, "-o", draft_file], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"scip import failed ({run.returncode}): {run.stderr}")
            return 1
        check = subprocess.run([scip, "check", draft_file, catalog], capture_output=True, text=True)
        errors = check.returncode != 0
        draft = yaml.safe_load(open(draft_file, encoding="utf-8"))
    hand = yaml.safe_load(open(hand_file, encoding="utf-8"))
    got, want = items(draft), items(hand)
    failed = False
    print(f"{os.path.basename(document)} against {os.path.basename(hand_file)}")
    for key in ("actions", "tasks", "leads", "targets"):
        g, w = got[key], want[key]
        hit = sum((g & w).values())
        recall = 100.0 * hit / sum(w.values()) if w else 100.0
        precision = 100.0 * hit / sum(g.values()) if g else 100.0
        need = mins["targets"] if key == "targets" else mins["items"]
        ok = recall >= need
        failed |= not ok
        print(f"  {key:8} recall {recall:5.1f}% ({hit}/{sum(w.values())})  precision {precision:5.1f}% ({hit}/{sum(g.values())})"
              f"{'' if ok else f'  BELOW {need:.0f}%'}")
        if os.environ.get("SCORE_VERBOSE"):
            for k in sorted(w - g, key=str):
                print("    missed:", k)
            for k in sorted(g - w, key=str):
                print("    extra: ", k)
    print(f"  scip check on the draft: {'errors' if errors else 'no errors'} (exit {check.returncode})")
    if errors:
        print(check.stdout)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
