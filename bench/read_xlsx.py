#!/usr/bin/env python3
"""Reads every value of a workbook's first sheet: what an analyst's script
does with a submission before it can compute anything. The peers of
`scip check` on a large .xlsx in bench/run.

    bench/read_xlsx.py openpyxl BOOK.xlsx   (openpyxl in read-only mode, values only)
    bench/read_xlsx.py pandas BOOK.xlsx     (pandas.read_excel, every cell as text)
"""
import sys

how, path = sys.argv[1], sys.argv[2]
if how == "openpyxl":
    import openpyxl
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = sum(1 for _ in ws.iter_rows(values_only=True))
else:
    import pandas as pd
    rows = len(pd.read_excel(path, sheet_name=0, dtype=str)) + 1
print(f"{rows} rows")
