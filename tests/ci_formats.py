#!/usr/bin/env python3
"""Reads scip's CI formats back with independent readers (golden tests).

    ci_formats.py sarif|junit|gitlab OUTPUT JSON_OF_SAME_RUN SARIF_SCHEMA

OUTPUT is what `scip check --format FORMAT` printed, JSON_OF_SAME_RUN what the
same run printed with --format json (the diagnostics to expect).
- sarif: valid against the OASIS SARIF 2.1.0 schema (python3-jsonschema), one
  result per diagnostic with the same rule, level, line and column, and
  fingerprints unique within the run;
- junit: well-formed XML (xml.etree), one <failure> per error (or per error
  and warning: with --strict warnings fail too), the counts in the
  attributes equal to the elements;
- gitlab: a JSON array with one entry per diagnostic, unique fingerprints.
Exits 1 with the reason on the first mismatch.
"""
import json
import sys
import xml.etree.ElementTree as ET


def fail(msg):
    print(f"ci_formats: {msg}")
    sys.exit(1)


def main():
    fmt, out_path, json_path, schema_path = sys.argv[1:5]
    expected = json.load(open(json_path, encoding="utf-8"))
    diags = expected["diagnostics"]
    text = open(out_path, encoding="utf-8").read()
    if fmt == "sarif":
        import jsonschema
        doc = json.loads(text)
        schema = json.load(open(schema_path, encoding="utf-8"))
        jsonschema.Draft4Validator(schema).validate(doc)
        results = doc["runs"][0]["results"]
        if len(results) != len(diags):
            fail(f"{len(results)} results for {len(diags)} diagnostics")
        rules = doc["runs"][0]["tool"]["driver"]["rules"]
        for r, d in zip(results, diags):
            if r["ruleId"] != d["code"] or r["level"] != d["severity"]:
                fail(f"result {r['ruleId']}/{r['level']} for {d['code']}/{d['severity']}")
            if rules[r["ruleIndex"]]["id"] != r["ruleId"]:
                fail(f"ruleIndex {r['ruleIndex']} does not point at {r['ruleId']}")
            region = r["locations"][0]["physicalLocation"].get("region")
            if d["line"] and (region["startLine"], region.get("startColumn", 0)) != (d["line"], d["column"]):
                fail(f"region {region} for {d['file']}:{d['line']}:{d['column']}")
        prints = [r["partialFingerprints"]["scipDiagnostic/v1"] for r in results]
        if len(set(prints)) != len(prints):
            fail("two results share a fingerprint")
    elif fmt == "junit":
        root = ET.fromstring(text.encode("utf-8"))
        failures = root.findall(".//failure")
        if int(root.get("failures")) != len(failures):
            fail(f"failures=\"{root.get('failures')}\" but {len(failures)} <failure> elements")
        if int(root.get("tests")) != len(root.findall(".//testcase")):
            fail("tests= does not count the testcases")
        errors = sum(d["severity"] == "error" for d in diags)
        warnings = sum(d["severity"] == "warning" for d in diags)
        if len(failures) not in (errors, errors + warnings):
            fail(f"{len(failures)} failures for {errors} errors and {warnings} warnings")
    elif fmt == "gitlab":
        doc = json.loads(text)
        if len(doc) != len(diags):
            fail(f"{len(doc)} entries for {len(diags)} diagnostics")
        for e, d in zip(doc, diags):
            if e["check_name"] != d["code"] or e["location"]["path"] != d["file"]:
                fail(f"entry {e['check_name']} at {e['location']['path']} for {d['code']} at {d['file']}")
        if len({e["fingerprint"] for e in doc}) != len(doc):
            fail("two entries share a fingerprint")
    else:
        fail(f"unknown format {fmt}")


if __name__ == "__main__":
    main()
