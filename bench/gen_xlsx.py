#!/usr/bin/env python3
"""A large .xlsx submission for measuring workbook reading (closing note of issue 14).

usage: gen_xlsx.py OUT.xlsx ROWS

ROWS figure rows (沙坡头区 / 中宁县, 高素质农民, a period, a value, 人) under
scip's header, written by openpyxl in write-only mode (shared strings, as
Excel writes them). Read it with:
  /usr/bin/time -v scip check --as-of 2030-01-01 plan.yaml indicators.yaml OUT.xlsx
  /usr/bin/time -v python3 -c "import openpyxl; ws = openpyxl.load_workbook('OUT.xlsx', read_only=True).active; sum(1 for _ in ws.iter_rows(values_only=True))"
"""
import sys

import openpyxl

out, rows = sys.argv[1], int(sys.argv[2])
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("数据")
ws.append(["地区", "指标", "时期", "数值", "单位"])
regions = ["沙坡头区", "中宁县"]
for i in range(rows):
    ws.append([regions[i % 2], "高素质农民", f"{2021 + (i // 2) % 5}-{1 + (i // 10) % 12:02d}-{1 + (i // 120) % 28:02d}", i % 997, "人"])
wb.save(out)
