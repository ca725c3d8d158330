#!/usr/bin/env python3
"""Reads a .docx with python-docx (a library rakor's authors did not write) and prints what it holds as JSON.

Used by DocxTests: paragraphs with their style names, every table's cell texts, the headers and
footers of each section with whether they hold a picture, the page setup, and a safety check of
every XML part (it parses, and holds no fields, hyperlinks or embedded objects).
"""
import json, sys, zipfile
from xml.dom import minidom

import docx

path = sys.argv[1]
d = docx.Document(path)
out = {
    "paragraphs": [[p.style.name, p.text] for p in d.paragraphs],
    "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
    "sections": [],
    "unsafe": [],
    "xml_errors": [],
    "numbered": [p.text for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None],
}
for s in d.sections:
    out["sections"].append({
        "page_width_cm": round(s.page_width.cm, 1), "page_height_cm": round(s.page_height.cm, 1),
        "left_cm": round(s.left_margin.cm, 1), "right_cm": round(s.right_margin.cm, 1),
        "header": [p.text for p in s.header.paragraphs],
        "footer": [p.text for p in s.footer.paragraphs],
        "header_has_picture": "graphic" in s.header._element.xml,
    })
styles = d.styles
out["fonts"] = sorted({f for f in [styles["Normal"].font.name] if f})
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if not (name.endswith(".xml") or name.endswith(".rels")):
            continue
        data = z.read(name)
        try:
            minidom.parseString(data)
        except Exception as e:  # noqa: BLE001 - any parse error is the finding
            out["xml_errors"].append(f"{name}: {e}")
        if name.startswith("word/") and not name.startswith("word/header") and not name.startswith("word/footer"):
            for bad in [b"<w:fldSimple", b"<w:instrText", b"<w:fldChar", b"<w:hyperlink", b"<w:object", b"<w:altChunk",
                        b"TargetMode=\"External\""]:
                if bad in data:
                    out["unsafe"].append(f"{name}: {bad.decode()}")
json.dump(out, sys.stdout, ensure_ascii=False)
