#!/usr/bin/env python3
"""Writes the spreadsheet fixtures of the import tests, as Excel and LibreOffice save them.

Run from this folder: python3 make-fixtures.py. The .xlsx with merged cells is written by hand
(zipfile) the way Excel lays one out: shared strings, a title merged over the header, a pengisi
merged down two rows, a time typed as a time (a fraction of a day). The LibreOffice one is made
by LibreOffice itself from a CSV, when soffice is installed.
"""
import os, shutil, subprocess, tempfile, zipfile

BOM = "\ufeff"

def write(name, text, bom=False, crlf=True):
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write((BOM if bom else "") + (text.replace("\n", "\r\n") if crlf else text))

# Excel, Indonesian locale, "CSV UTF-8": BOM, semicolons, CRLF, a title row above the header.
write("susunan-excel.csv", """SUSUNAN ACARA RAKOR KEPEGAWAIAN 2024;;;;
;;;;
No;Waktu;Acara;Pengisi / Narasumber;Keterangan
1;08.00 – 08.30;Registrasi peserta;Panitia;
2;08.30-08.45;Pembukaan, lagu Indonesia Raya dan doa;MC;
3;08.45 - 09.00;Laporan Ketua Panitia;Kepala Bidang Mutasi;
4;09.00;"Sambutan; arahan Sekretaris Daerah";Sekda Provinsi;
5;09.20 – 10.30;Paparan narasumber sesi I;Kepala BKN;daring via Zoom
6;10.30 – 09.30;Tanya jawab;Moderator;
7;xx.yy;Diskusi kelompok;;
8;11.00 – 12.00;;;
9;12.00 – 13.00;ISHOMA;;
10;13.00 - 13.30;Rumusan dan kesimpulan;Tim perumus;
11;13.30 - 13.45;Penutupan dan doa;MC;
""", bom=True)

# Invitation lists: Excel (id headers, ;, BOM) and English headers in another order (, no BOM).
write("undangan-excel.csv", """DAFTAR UNDANGAN;;;;
Nama;NIP;Jabatan;Instansi;Kehadiran
Dra. Siti Aminah, M.Si.;19700101 199003 2 002;Kepala Bidang Mutasi;BKD Provinsi Kalimantan Timur;luring
Budi Santoso;198505152010011003;Analis SDM Aparatur;BKPSDM Kab. Kutai Kartanegara;daring
;;Tanpa nama;BKPSDM Kota Bontang;
Rahmat Hidayat;;Kepala BKPSDM;BKPSDM Kota Samarinda;zoomlah
"Andi ""Ucok"" Lubis";;Camat;Kecamatan Sungai Kunjang;
""", bom=True)
write("undangan-en.csv", """Organisation,Name,Position,NIP,Group
Kementerian PANRB,Diah Ipma Fithria,Analis Kebijakan Ahli Muda,,narasumber
"BKN, Kantor Regional VIII",Yusuf Ali,Kepala Kantor,197502022000031001,peserta
""", crlf=False)

def xlsx(name, sheet_rows, merges, shared):
    """A minimal workbook as Excel writes it: rows of (ref, kind, value)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = []
    for r, cells in sheet_rows:
        cs = []
        for ref, kind, v in cells:
            if kind == "s":
                cs.append(f'<c r="{ref}" t="s"><v>{shared.index(v)}</v></c>')
            elif kind == "inline":
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
            else:
                cs.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
        rows.append(f'<row r="{r}">' + "".join(cs) + "</row>")
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rel}><sheetData>{"".join(rows)}</sheetData>{merge}</worksheet>'
    sst = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">' + \
        "".join(f"<si><t>{s}</t></si>" if i % 3 else f"<si><r><t>{s[:3]}</t></r><r><rPr><b/></rPr><t>{s[3:]}</t></r></si>" for i, s in enumerate(shared)) + "</sst>"
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel}><sheets><sheet name="Susunan Acara" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)

shared = ["SUSUNAN ACARA RAPAT KOORDINASI", "WAKTU", "KEGIATAN", "NARASUMBER", "KETERANGAN",
          "09.00 – 09.15", "Pembukaan", "MC", "09.15 – 10.15", "Paparan Kepala BKN", "Bima Haria Wibisana",
          "Tanya jawab", "13.00 – 13.20", "Penutupan", "Ishoma"]
xlsx("susunan-merged.xlsx", [
    (1, [("A1", "s", shared[0])]),
    (3, [("A3", "s", "WAKTU"), ("B3", "s", "KEGIATAN"), ("C3", "s", "NARASUMBER"), ("D3", "s", "KETERANGAN")]),
    (4, [("A4", "s", "09.00 – 09.15"), ("B4", "s", "Pembukaan"), ("C4", "s", "MC")]),
    (5, [("A5", "s", "09.15 – 10.15"), ("B5", "s", "Paparan Kepala BKN"), ("C5", "s", "Bima Haria Wibisana")]),
    (6, [("A6", "inline", "10.15 - 11.00"), ("B6", "s", "Tanya jawab"), ("D6", "inline", "dipandu moderator")]),
    (7, [("A7", "n", "0.5"), ("B7", "s", "Ishoma")]),
    (8, [("A8", "s", "13.00 – 13.20"), ("B8", "s", "Penutupan")]),
], ["A1:D1", "C5:C6"], shared)

# The same rundown saved by LibreOffice Calc as .xlsx, converted from a CSV by LibreOffice itself.
office = shutil.which("soffice") or shutil.which("libreoffice")
if office:
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "susunan-libreoffice.csv")
    with open(src, "w", encoding="utf-8") as f:
        f.write("Waktu,Acara,Pengisi,Keterangan\n08.00 – 08.15,Pembukaan,MC,\n08.15 – 09.00,Sambutan Gubernur,Gubernur,\n"
                "09.00 – 10.00,Paparan Kepala BKN,Kepala BKN,\n10.00 – 10.15,Penutupan dan doa,MC,\n")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", ".", src], check=True, capture_output=True)
    shutil.rmtree(tmp)
