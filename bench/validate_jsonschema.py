#!/usr/bin/env python3
"""Plan files validated with python-jsonschema: what a Python user would run
instead of `scip check` on the structure of the plans.

    bench/validate_jsonschema.py SCHEMA DIR...

Loads each .yaml file under DIR with PyYAML's C loader (CSafeLoader, the
fastest PyYAML has), validates it against SCHEMA (Draft 7, as the schema
declares) and prints each error. Exit 1 if any file has errors.
"""
import json
import os
import sys

import jsonschema
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    files = sorted(os.path.join(d, n) for top in sys.argv[2:] for d, _, ns in os.walk(top) for n in ns
                   if n.endswith(".yaml"))
    bad = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=Loader)
        for e in validator.iter_errors(doc):
            bad += 1
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    print(f"{len(files)} files validated, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
