#!/usr/bin/env python3
"""Writes a large synthetic corpus for measuring scip on submissions.

    bench/big_submission.py OUTDIR [ROWS [DISTINCT]]   (default 1,000,000 rows, all distinct)

OUTDIR gets plan.yaml (a province with 1,000 listed regions and one target
per indicator), indicators.yaml (50 indicators) and rows.csv: ROWS rows, one
per (region, indicator, quarter), values written the Chinese way now and then
(1.3万, 1,228, 约500). With DISTINCT, only that many (region, indicator,
quarter) figures exist and the rows cycle through them (repeated rows: what
shows that memory follows the figures, not the rows). Deterministic: the same
arguments give the same bytes.
Generated data is not committed. Used for the streaming measurement of the
progress issue:

    /usr/bin/time -v build/scip check --as-of 2026-01-01 OUTDIR
    /usr/bin/time -v build/scip progress --as-of 2026-01-01 --format json OUTDIR > /dev/null
"""
import os
import random
import sys

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
distinct = int(sys.argv[3]) if len(sys.argv) > 3 else rows
os.makedirs(out, exist_ok=True)
rng = random.Random(20261123)
regions = [f"64{a:02d}{b:02d}" for a in range(1, 100) for b in range(1, 100)][:1000]
indicators = [f"ind-{i:02d}" for i in range(50)]
periods = [f"{y}-Q{q}" for y in range(2021, 2026) for q in range(1, 5)]

with open(os.path.join(out, "plan.yaml"), "w", encoding="utf-8") as f:
    f.write("scip: 1\ntype: plan\nid: synthetic-2021-2025\ntitle: 合成省级方案（基准测试）\n")
    f.write('region: {code: "640000", name: 合成省, level: province}\nperiod: {start: 2021, end: 2025}\n')
    f.write("regions:\n")
    for r in regions:
        f.write(f'  - {{code: "{r}", name: 合成地区{r}}}\n')
    f.write("departments: {}\ngoals:\n  - id: g\n    text: 合成目标\n    targets:\n")
    for i in indicators:
        f.write(f"      - {{id: t-{i}, indicator: {i}, value: 100000, unit: 人, by: 2025, each_region: true}}\n")
    f.write("actions: []\n")
with open(os.path.join(out, "indicators.yaml"), "w", encoding="utf-8") as f:
    f.write("scip: 1\ntype: indicators\nindicators:\n")
    for n, i in enumerate(indicators):
        acc = "sum" if n % 2 == 0 else "latest"
        f.write(f"  - {{id: {i}, name: 合成指标{n:02d}, unit: 人, accumulate: {acc}, direction: up}}\n")
with open(os.path.join(out, "rows.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("region,indicator,period,value,unit\r\n")
    keys = [(r, i, p) for r in regions for i in indicators for p in periods][:distinct]
    values = [rng.randint(0, 20000) for _ in keys]
    written = 0
    while written < rows:
        n = written % len(keys)
        (r, i, p), v = keys[n], values[n]
        k = n % 10
        cell = f"{v / 10000:.1f}万" if k == 0 else f'"{v:,}"' if k == 1 else f"约{v}" if k == 2 else str(v)
        f.write(f"{r},{i},{p},{cell},人\r\n")
        written += 1
print(f"{out}: {written} rows")
