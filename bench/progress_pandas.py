#!/usr/bin/env python3
"""The progress table of a bench corpus computed with pandas: the script an
analyst would write instead of running `scip progress`.

    bench/progress_pandas.py CORPUS OUT.csv

Reads every submission CSV (UTF-8, UTF-8 with BOM, or GB18030; English or
Chinese headers; regions by code or name; indicators by id or name), turns
the values people write (1.3万, 12,345, 约500, 8.5%) into numbers, keeps the
figure with the latest reported_on date for each region, indicator and
quarter, and joins the targets (CORPUS/targets.tsv, the plans' targets
flattened: what an analyst would keep in a spreadsheet beside the plans)
with the sum (sum indicators, plus the baseline), the latest or the largest
(max) report in each target's window, and the percent done:
(actual - baseline) / (target - baseline) * 100 — except for a rate or ratio
(unit %, ‰ or x/y, or 人均) whose plan gives no baseline: scip gives no percent
there (progress from an assumed 0 would be meaningless), and neither does this.

It is given the targets already flattened and does none of scip's checks, so
it does less work than scip does. bench/run checks that both give the same
numbers before timing them.
"""
import os
import sys

import pandas as pd
import yaml

COLUMNS = {"地区代码": "region", "地区": "region", "指标": "indicator", "时期": "period", "数值": "value",
           "单位": "unit", "填报日期": "reported_on"}


def read_csv(path):
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    try:
        head.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as e:
        encoding = "utf-8-sig" if e.start > len(head) - 4 else "gb18030"
    df = pd.read_csv(path, dtype=str, encoding=encoding, keep_default_na=False)
    return df.rename(columns=COLUMNS)[["region", "indicator", "period", "value", "reported_on"]]


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    subs = os.path.join(corpus, "submissions")
    df = pd.concat([read_csv(os.path.join(subs, f)) for f in sorted(os.listdir(subs)) if f.endswith(".csv")],
                   ignore_index=True)

    with open(os.path.join(corpus, "catalog", "indicators.yaml"), encoding="utf-8") as f:
        catalog = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["indicators"]
    by_name = {i["name"]: i["id"] for i in catalog}
    accumulate = {i["id"]: i["accumulate"] for i in catalog}
    rate = {i["id"]: i.get("regions") == "none" or (i.get("regions") != "sum" and (
        any(m in i["unit"] for m in ("%", "‰", "/", "人均")) or "人均" in i["name"])) for i in catalog}
    regions = pd.read_csv(os.path.join(corpus, "regions.tsv"), sep="\t", dtype=str)
    region_code = dict(zip(regions["name"], regions["code"]))

    df["region"] = df["region"].map(lambda r: region_code.get(r, r))
    df["indicator"] = df["indicator"].map(lambda i: by_name.get(i, i))
    v = df["value"].str.replace(",", "", regex=False).str.replace("约", "", regex=False)
    v = v.str.replace("%", "", regex=False)
    wan = v.str.endswith("万")
    num = pd.to_numeric(v.str.rstrip("万"))
    df["figure"] = num.where(~wan, num * 10000)
    df["year"] = df["period"].str[:4].astype(int)
    df["quarter"] = df["period"].str[-1].astype(int)

    # One figure per region, indicator and quarter: the latest reported_on wins.
    df = df.sort_values("reported_on", kind="stable").drop_duplicates(["region", "indicator", "period"], keep="last")

    targets = pd.read_csv(os.path.join(corpus, "targets.tsv"), sep="\t", dtype={"region": str})
    targets["accumulate"] = targets["indicator"].map(accumulate)
    rows = targets.merge(df, on=["region", "indicator"], how="left")
    rows = rows[rows["year"] <= rows["by"]]
    rows = rows.sort_values(["plan", "target", "year", "quarter"])
    g = rows.groupby(["plan", "target"], sort=False)["figure"]
    agg = pd.DataFrame({"sum": g.sum(), "latest": g.last(), "max": g.max()}).reset_index()
    t = targets.merge(agg, on=["plan", "target"], how="left")
    base = t["baseline"].fillna(0)
    t["actual"] = t["latest"].where(t["accumulate"] == "latest", t["max"])
    t["actual"] = (t["sum"] + base).where(t["accumulate"] == "sum", t["actual"])
    t["percent"] = (t["actual"] - base) / (t["value"] - base) * 100
    no_percent = t["indicator"].map(rate) & t["baseline"].isna()
    t["percent"] = t["percent"].where(~no_percent)
    t[["plan", "target", "region", "indicator", "value", "actual", "percent"]].to_csv(out, index=False)


if __name__ == "__main__":
    main()
