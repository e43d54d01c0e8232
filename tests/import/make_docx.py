#!/usr/bin/env python3
"""Writes tests/cli/import-docx/plan.docx: a small plan as Word saves it.

The headings' numbers (一、 （一） 1.) are not in the text but drawn by Word's list
numbering (word/numbering.xml), as in most real documents; one task's department
line is in a table; a tracked deletion must not be read. Run it again after changing it:
    python3 tests/import/make_docx.py tests/cli/import-docx/plan.docx
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, num=None, level=0, deleted=None):
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    dele = f'<w:del w:id="1" w:author="x"><w:r><w:delText>{deleted}</w:delText></w:r></w:del>' if deleted else ""
    runs = "".join(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>' for t in text.split("|"))
    return f"<w:p>{ppr}{dele}{runs}</w:p>"


def table(rows):
    cells = lambda r: "".join(f"<w:tc>{para(c)}</w:tc>" for c in r)
    return "<w:tbl>" + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows) + "</w:tbl>"


body = "".join([
    para("中宁县全民科学素质行动实施方案（2021—2025年）"),
    para("（示例：为测试 .docx 读取而写，内容虚构。）"),
    para("工作目标", num=1, level=0),
    para("到2025年，全县公民具备科学素质的比例超过|9%。"),
    para("重点任务", num=1, level=0),
    para("青少年科学素质提升行动。提升青少年科学素质。", num=1, level=1),
    para("加强学校科学教育。每所中小学至少建成1间科学实验室。", num=1, level=2, deleted="（已删除的文字）"),
    para("开展科技辅导员培训。到2023年底前培训科技辅导员300人次以上。", num=1, level=2),
    table([["责任单位：县教育体育局（牵头）、县科协"]]),
    para("农民科学素质提升行动。", num=1, level=1),
    para("实施高素质农民培育。“十四五”期间培育高素质农民2000人。（县农业农村局牵头，县科协配合）", num=1, level=2),
])
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'

levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
lvl = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/></w:lvl>'
              for i, (f, t) in enumerate(levels))
numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
             f'<w:abstractNum w:abstractNumId="0">{lvl}</w:abstractNum>'
             f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
content_types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", content_types), ("word/document.xml", document),
                       ("word/numbering.xml", numbering)):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, data, zipfile.ZIP_DEFLATED)
