#!/usr/bin/env python3
"""Writes the workbook fixtures of the golden tests (tests/cli/workbook-*).

usage: make_workbooks.py OUTDIR [NAME...]

The same figures for two counties, as an analyst's office receives them:
  two-counties.xlsx  written by openpyxl (as Excel would lay it out): a sheet
                     of instructions with a contact table (not figures), one sheet per county with a merged title
                     row, a 填报单位 line, the header on row 3, a number stored
                     as text ("1,200"), a period in a date-formatted cell
                     (2022/12/31), 0.1万 in a cell, a 合计 row with a formula,
                     and a hidden sheet of old figures;
  two-counties.xls   the same, as BIFF8 (python3-xlwt), its old-figures sheet hidden too;
  two-counties.csv   the same figures as a CSV, for comparison;
  percent.xlsx       rates in cells formatted as percent (0.885 shown as 88.5%);
  percent.xls        the same as BIFF8, whose cell formats FreeXL does not give;
  handmade.xlsx      the parts written by hand, for the traps no writer above
                     produces: the 1904 date system, inline strings, a shared
                     string of rich-text runs with a phonetic guide, sheets
                     whose order in workbook.xml is not their part names', a
                     custom date format, and a formula with no cached value.
Only Debian packages are used (python3-openpyxl, python3-xlwt).
"""
import datetime
import os
import sys
import zipfile

ROWS = {  # sheet -> rows under the header: region, indicator, period, value, unit
    "沙坡头区": [("沙坡头区", "高素质农民", "2021", "1,200", "人"),
                ("沙坡头区", "高素质农民", datetime.date(2022, 12, 31), 1300, "人")],
    "中宁县": [("中宁县", "高素质农民", "2021", 900, "人"),
              ("中宁县", "高素质农民", "2022", "0.1万", "人")],
}
HEADER = ("地区", "指标", "时期", "数值", "单位")


def write_csv(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(HEADER) + "\n")
        for rows in ROWS.values():
            for r in rows:
                period = r[2].strftime("%Y-%m-%d") if isinstance(r[2], datetime.date) else r[2]
                value = f'"{r[3]}"' if "," in str(r[3]) else str(r[3])
                f.write(",".join([r[0], r[1], period, value, r[4]]) + "\n")


def write_xlsx(path):
    import openpyxl
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "填报说明"
    info["A1"] = "请按表格填写各县区数据，数值列只填数字。"
    info.append(["联系人", "电话", "邮箱"])  # a small table that is not figures: noted as not read
    for name, rows in ROWS.items():
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:E1")
        ws["A1"] = "2021—2022年高素质农民培育情况统计表"
        ws["A2"] = "填报单位：" + name + "农业农村局"
        ws.append(HEADER)
        for r in rows:
            ws.append(list(r))
        for row in ws.iter_rows(min_row=4):
            if isinstance(row[2].value, datetime.date):
                row[2].number_format = "yyyy/m/d"
        ws.append(["合计", "", "", "=SUM(D4:D5)", "人"])
    old = wb.create_sheet("旧数据")
    old.append(HEADER)
    old.append(["沙坡头区", "高素质农民", "2021", 99999, "人"])
    old.sheet_state = "hidden"
    wb.save(path)


def write_xls(path):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    info = wb.add_sheet("填报说明")
    info.write(0, 0, "请按表格填写各县区数据，数值列只填数字。")
    for c, h in enumerate(["联系人", "电话", "邮箱"]):
        info.write(1, c, h)
    date_style = xlwt.easyxf(num_format_str="yyyy/m/d")
    for name, rows in ROWS.items():
        ws = wb.add_sheet(name)
        ws.write_merge(0, 0, 0, 4, "2021—2022年高素质农民培育情况统计表")
        ws.write(1, 0, "填报单位：" + name + "农业农村局")
        for c, h in enumerate(HEADER):
            ws.write(2, c, h)
        for i, r in enumerate(rows, start=3):
            for c, v in enumerate(r):
                ws.write(i, c, v, date_style) if isinstance(v, datetime.date) else ws.write(i, c, v)
        ws.write(3 + len(rows), 0, "合计")
        ws.write(3 + len(rows), 3, xlwt.Formula("SUM(D4:D5)"))
    old = wb.add_sheet("旧数据")
    for c, h in enumerate(HEADER):
        old.write(0, c, h)
    for c, v in enumerate(["沙坡头区", "高素质农民", "2021", 99999, "人"]):
        old.write(1, c, v)
    old.visibility = 1  # hidden
    wb.save(path)


def write_handmade(path):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        # The sheet listed first is the part sheet2.xml; the 1904 date system.
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns}><workbookPr date1904="1"/><sheets>'
        '<sheet name="海原县" sheetId="2" r:id="rId2"/><sheet name="沙坡头区" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        # style 1: a custom date format (yyyy"年"m"月"d"日")
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}><numFmts count="1">'
        '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>',
        # 0: rich-text runs with a phonetic guide (not part of the text); 1..4: the header
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="5" uniqueCount="5">'
        '<si><r><rPr><b/></rPr><t>高素质</t></r><r><t>农民</t></r><rPh sb="0" eb="2"><t>gāo sù zhì</t></rPh></si>'
        '<si><t>地区</t></si><si><t>指标</t></si><si><t>时期</t></si><si><t>数值</t></si></sst>',
        # 海原县: inline strings; 2022-12-31 in the 1904 system (day 43464; 44926 in the 1900 system)
        "xl/worksheets/sheet2.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="s"><v>4</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>海原县</t></is></c><c r="B2" t="s"><v>0</v></c>'
        '<c r="C2" s="1"><v>43464</v></c><c r="D2"><v>800</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><r><t>海原</t></r><r><t>县</t></r></is></c><c r="B3" t="s"><v>0</v></c>'
        '<c r="C3" t="str"><v>2021</v></c><c r="D3"><f>D2-100</f></c></row>'
        '</sheetData></worksheet>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="s"><v>4</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>沙坡头区</t></is></c><c r="B2" t="s"><v>0</v></c>'
        '<c r="C2"><v>2021</v></c><c r="D2"><f>1000+200</f><v>1200</v></c></row>'
        '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)


def write_percent(path):
    """Rates in cells formatted as percent, as an office types them: the cell
    holds 0.885 and shows 88.5%; a count formatted as percent by mistake; and
    counts in formats that write words around the number (1.3 shown as 1.3万)."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "覆盖率"
    ws.append(["地区", "指标", "时期", "数值", "单位"])
    for row, (region, indicator, value, unit, fmt) in enumerate([
            ("中卫市", "行政村科普覆盖率", 0.885, "%", "0.0%"),      # a custom code
            ("沙坡头区", "行政村科普覆盖率", 0.85, None, "0%"),      # built-in 9
            ("中宁县", "行政村科普覆盖率", 0.7025, None, "0.00%"),   # built-in 10
            ("海原县", "行政村科普覆盖率", 60, None, "General"),     # typed as 60: 60
            ("中卫市", "高素质农民", 0.5, "人", "0%"),              # a count shown as 50%: refused
            ("沙坡头区", "高素质农民", 1.34, None, '0.0"万"'),      # shows 1.3万: 13,400
            ("沙坡头区", "高素质农民", 2500, None, '#,##0,"千"'),   # shows 3千: 2,500
            ("中宁县", "高素质农民", 900, None, '"约"0'),           # shows 约900: approximate
            ("中宁县", "高素质农民", 1000, None, '0" 人"'),         # shows 1000 人
            ("海原县", "高素质农民", 12345, None, '0!.0,"万"'),     # shows 1.2万, a display of 12,345: read as stored
            ("海原县", "高素质农民", 1200, None, '#,##0;[Red]-#,##0')], start=2):  # shows 1,200
        period = {("沙坡头区", 2500): "2023", ("中宁县", 1000): "2023", ("海原县", 1200): "2023"}.get((region, value), "2022")
        ws.append([region, indicator, period, value, unit])
        ws.cell(row=row, column=4).number_format = fmt
    wb.save(path)


def write_percent_xls(path):
    """The rates again as BIFF8: an .xls keeps the 0.885 of a percent cell, and
    FreeXL does not say how it is shown."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("覆盖率")
    for c, h in enumerate(["地区", "指标", "时期", "数值", "单位"]):
        ws.write(0, c, h)
    for r, (region, period, value, fmt) in enumerate([
            ("中卫市", "2022", 0.885, "0.0%"),       # shown as 88.5%: not guessed, refused
            ("沙坡头区", "2022", 85, "General"),     # typed as 85
            ("中宁县", "2022", "70.25%", None),      # typed as text
            ("海原县", "2022", 0, "0%"),             # 0 is 0 however it is shown
            ("海原县", "2021", 0.00001, "General")], start=1):  # said as 0.00001, not 1e-05
        ws.write(r, 0, region)
        ws.write(r, 1, "行政村科普覆盖率")
        ws.write(r, 2, period)
        if fmt:
            ws.write(r, 3, value, xlwt.easyxf(num_format_str=fmt))
        else:
            ws.write(r, 3, value)
    wb.save(path)


WRITERS = {"two-counties.csv": write_csv, "two-counties.xlsx": write_xlsx, "two-counties.xls": write_xls,
           "handmade.xlsx": write_handmade, "percent.xlsx": write_percent, "percent.xls": write_percent_xls}

if __name__ == "__main__":
    out = sys.argv[1]
    for name in sys.argv[2:] or WRITERS:
        WRITERS[name](os.path.join(out, name))
