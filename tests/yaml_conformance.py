#!/usr/bin/env python3
"""The YAML test suite's cases through `scip check` (CTest yaml-conformance).

usage: yaml_conformance.py SCIP SUITE_DIR

SUITE_DIR holds one folder per case (in.yaml, title, and an empty `error`
file when a conforming parser must reject the input): the full suite in
../shared/conformance/yaml-test-suite when it is present, else the cases
copied into tests/data/yaml-test-suite (MIT licence, see LICENSE there).

  - an `error` case must fail `scip check` (exit 1): never pass in silence;
  - a valid case must not be called a YAML syntax error, except those
    yaml-cpp 0.7 itself cannot parse (KNOWN_LIMITS, listed in the README),
    and each of those that scip reads now (libyaml reads it first) is
    called out, so that the list stays true;
  - no case may crash (exit 3 or a signal) or take more than 10 seconds.
"""
import json
import os
import subprocess
import sys

# Valid YAML that yaml-cpp 0.7 cannot parse and libyaml does not read for it
# (plan/yaml_tree.h): scip reports a syntax error there. Each is an unusual
# form no plan needs (README: "YAML: known limits"). 652Z and JR7V (? at the
# start of a flow key; ? inside plain scalars) left the list when libyaml
# began to read plans.
KNOWN_LIMITS = {
    "4MUZ-00", "4MUZ-01", "4MUZ-02",  # flow mapping: the colon on the line after the key
    "5MUD", "K3WX",                   # the same, and after a comment
    "8KB6", "NJ66", "9BXH", "9SA2",   # multi-line keys in flow mappings
    "DK95-04",                        # a line holding only a tab between two keys
    "HM87-01",                        # a flow scalar that starts with ? ([?x])
    "UT92",                           # a multi-line flow key starting with %, then an empty document
    "VJP3-01",                        # a flow mapping with key, colon and value on separate lines
}


def main():
    scip, suite = os.path.abspath(sys.argv[1]), sys.argv[2]
    cases = sorted(c for c in os.listdir(suite) if os.path.isfile(os.path.join(suite, c, "in.yaml")))
    failures, errors, rejected, limits = [], 0, 0, 0
    for case in cases:
        folder = os.path.join(suite, case)
        is_error = os.path.exists(os.path.join(folder, "error"))
        try:
            run = subprocess.run([scip, "check", "--format", "json", "--lang", "en", "in.yaml"], cwd=folder,
                                 capture_output=True, timeout=10)
        except subprocess.TimeoutExpired:
            failures.append(f"{case}: took more than 10 s")
            continue
        if run.returncode not in (0, 1):
            failures.append(f"{case}: exit {run.returncode}: {run.stderr.decode(errors='replace')[:200]}")
            continue
        codes = {d["code"] for d in json.loads(run.stdout)["diagnostics"]}
        if is_error:
            errors += 1
            if run.returncode == 1:
                rejected += 1
            else:
                failures.append(f"{case}: an invalid document passed (codes: {sorted(codes)})")
        elif "yaml-syntax" in codes:
            limits += 1
            if case not in KNOWN_LIMITS:
                failures.append(f"{case}: a valid document was called a syntax error")
        elif case in KNOWN_LIMITS:
            failures.append(f"{case}: read without a syntax error now: take it off KNOWN_LIMITS and the README")
    for f in failures:
        print(f)
    print(f"{len(cases)} cases: {rejected} of {errors} error cases rejected; "
          f"{limits} valid cases yaml-cpp cannot parse (known limits: {len(KNOWN_LIMITS)})")
    return 1 if failures or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
