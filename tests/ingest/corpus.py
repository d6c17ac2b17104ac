"""A corpus of bad and odd inbox files, each derived from a real demo file so that only the
fault differs, with the outcome each must get (tests/ingest/test_ingest_corpus.py).

A case is (id, builder, expected status, text the reason must hold, row-count changes of the
raw tables, the planted personal value that must never be repeated). Builders write into the
inbox and return the path; `demo` is the folder of the demo municipality's files.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd

NEW = "wmo_2026-06.csv"  # a month not loaded yet; 2026-05 is loaded next to it
LOADED = "wmo_2026-05.csv"  # a month loaded in the baseline
ROWS = {"wmo": 372, "jeugd": 310, "participatiewet": 248}  # 62 buurten x (categories + totaal)


@dataclass(frozen=True)
class Case:
    id: str
    build: object  # (demo: Path, inbox: Path) -> Path
    status: str  # loaded | duplicate | held | rejected
    reason: str = ""  # in a problem's Dutch or English reason (lower-case compare)
    delta: dict = field(default_factory=dict)  # raw table → change in rows
    secret: str | None = None  # planted personal value: in no report, log or message
    personal: bool = False  # deleted and reported, never kept


# --- building blocks ---------------------------------------------------------------------------


def table(demo: Path, name: str) -> tuple[list[str], list[list[str]], str]:
    text = (demo / name).read_text(encoding="utf-8-sig")
    delimiter = ";" if text.split("\n", 1)[0].count(";") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return rows[0], [r for r in rows[1:] if r], delimiter


def render(header, rows, delimiter=";", line_end="\n") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def csv_case(source=NEW, name=None, edit=None, encoding="utf-8", delimiter=None, line_end="\n",
             prefix=b""):
    """A demo CSV with `edit(header, rows) -> (header, rows)` applied."""

    def build(demo: Path, inbox: Path) -> Path:
        header, rows, sep = table(demo, source)
        if edit:
            header, rows = edit(list(header), [list(r) for r in rows])
        path = inbox / (name or source)
        path.write_bytes(prefix + render(header, rows, delimiter or sep, line_end).encode(encoding))
        return path

    return build


def raw_case(name, data: bytes | None = None, text=None, source=NEW, transform=None):
    """Bytes as given, or the demo file's bytes through `transform`."""

    def build(demo: Path, inbox: Path) -> Path:
        path = inbox / name
        if data is not None:
            path.write_bytes(data)
        elif text is not None:
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(transform((demo / source).read_bytes()))
        return path

    return build


def set_cell(row: int, column: str, value: str):
    def edit(header, rows):
        rows[row][header.index(column)] = value
        return header, rows

    return edit


def add_column(column: str, value: str, at_row: int | None = 5):
    def edit(header, rows):
        for i, r in enumerate(rows):
            r.append(value if at_row is None or i == at_row else "")
        return [*header, column], rows

    return edit


def rename(old: str, new: str):
    def edit(header, rows):
        return [new if h == old else h for h in header], rows

    return edit


def keep(n: int):
    return lambda header, rows: (header, rows[:n])


def drop_where(column: str, value: str):
    def edit(header, rows):
        i = header.index(column)
        return header, [r for r in rows if r[i] != value]

    return edit


def append_row(values: dict):
    def edit(header, rows):
        row = list(rows[0])
        for column, value in values.items():
            row[header.index(column)] = value
        return header, [*rows, row]

    return edit


def drop_one_of_a_day(header, rows):
    """One record less of an organisation and day that has several: a correction that loses
    an idea."""
    day, organisation = header.index("datum"), header.index("organisatie")
    keys = [(r[day], r[organisation]) for r in rows]
    twice = next(i for i, k in enumerate(keys) if keys.count(k) > 1)
    return header, rows[:twice] + rows[twice + 1 :]


def chain(*edits):
    def edit(header, rows):
        for e in edits:
            header, rows = e(header, rows)
        return header, rows

    return edit


def frame(demo: Path, source=NEW) -> pd.DataFrame:
    header, rows, _ = table(demo, source)
    return pd.DataFrame(rows, columns=header)


def xlsx_case(name="wmo_2026-06.xlsx", source=NEW, sheets=None, typed=False, formula=None):
    """A workbook of the demo file; `sheets` adds (title, state, rows) sheets after it;
    `typed` writes periods as dates and counts as numbers; `formula` = (data row, cached)
    puts a formula in the count of that row, with or without the value Excel stores."""

    def build(demo: Path, inbox: Path) -> Path:
        header, rows, _ = table(demo, source)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(header)
        for r in rows:
            if typed:
                r = [datetime.strptime(r[0] + "-01", "%Y-%m-%d"), int(r[1]), *r[2:6],
                     int(r[6]) if r[6].isdigit() else r[6]]
            ws.append(r)
        if formula is not None:
            ws.cell(row=formula[0] + 2, column=len(header), value="=1+1")
        for title, state, extra in sheets or []:
            other = wb.create_sheet(title)
            for r in extra if extra != "demo" else [header, *rows[:10]]:
                other.append(r)
            other.sheet_state = state
        path = inbox / name
        wb.save(path)
        if formula is not None and formula[1]:
            _cache_formula(path, formula[0] + 2, len(header), "2")
        return path

    return build


def _cache_formula(path: Path, row: int, column: int, cached: str) -> None:
    """openpyxl writes formulas without a stored value; Excel writes <v> after <f>."""
    from openpyxl.utils import get_column_letter

    ref = f"{get_column_letter(column)}{row}"
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index(f'<c r="{ref}"')
    end = sheet.index("</c>", start)
    cell = sheet[start:end]
    sheet = sheet[:start] + cell.replace("</f>", f"</f><v>{cached}</v>") + sheet[end:]
    members["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members.items():
            z.writestr(n, data)


def parquet_case(name="wmo_2026-06.parquet", source=NEW, extra=None, typed=True):
    def build(demo: Path, inbox: Path) -> Path:
        df = frame(demo, source)
        if typed:
            df["periode"] = pd.to_datetime(df["periode"] + "-01").dt.date
            df["aantal_clienten"] = pd.to_numeric(df["aantal_clienten"], errors="coerce")
            df["aantal_clienten"] = df["aantal_clienten"].astype("Int64")
        for column, value in (extra or {}).items():
            df[column] = [value] + [""] * (len(df) - 1)
        path = inbox / name
        df.to_parquet(path)
        return path

    return build


def zip_case(name, members: dict):
    def build(demo: Path, inbox: Path) -> Path:
        path = inbox / name
        with zipfile.ZipFile(path, "w") as z:
            for member, data in members.items():
                z.writestr(member, data)
        return path

    return build


def symlink_case(name, target_kind):
    def build(demo: Path, inbox: Path) -> Path:
        outside = inbox.parent / f"outside-{name}"
        if target_kind == "dir":
            outside.mkdir(exist_ok=True)
            (outside / NEW).write_bytes((demo / NEW).read_bytes())
        else:
            outside.write_bytes((demo / NEW).read_bytes())
        path = inbox / name
        path.symlink_to(outside, target_is_directory=target_kind == "dir")
        return path

    return build


def subfolder_case(folder, source=NEW):
    def build(demo: Path, inbox: Path) -> Path:
        (inbox / folder).mkdir()
        path = inbox / folder / source
        path.write_bytes((demo / source).read_bytes())
        return path

    return build


def loaded_again(source=LOADED, name=None):
    """The exact bytes of a file that is loaded in the baseline (a duplicate)."""
    return raw_case(name or source, source=source, transform=lambda b: b)


# --- the cases ----------------------------------------------------------------------------------

W = ROWS["wmo"]
CC = "case_counts"
PERSONAL_HEADERS = ["BSN-nummer", "bsn", "clientnaam", "Cliëntnaam", "geb_datum",
                    "Geboortedatum", "woonadres", "woonplaats_pc", "postcode", "telefoonnummer",
                    "e-mail", "IBAN", "cliëntnummer", "voorletters", "achternaam", "straat",
                    "huisnummer", "dossiernummer"]
PERSONAL_VALUES = {
    "bsn9": "111222333", "bsn_dots": "1234.56.782", "bsn_spaces": "123 456 782",
    "bsn_dashes": "111-222-333", "bsn8": "11111112", "name_comma": "de Vries, S.",
    "name_caps": "SANNE DE VRIES", "name_plain": "Sanne de Vries", "name_lower": "sanne de vries",
    "name_initials": "S. de Vries", "name_two": "Mohammed El Amrani", "dob_dots": "03.04.1987",
    "dob_compact": "19870403", "dob_written": "3 april 1987", "dob_dash": "03-04-1987",
    "dob_slash": "3/4/1987", "dob_iso": "1987-04-03", "pc_dash": "1234-AB", "pc_space": "1234 AB",
    "pc_plain": "1234AB", "addr_pad": "Kerkpad 3", "addr_glued": "Hoofdstraat12",
    "addr_letter": "Molenstraat 12a", "phone_mobile": "06-12345678",
    "phone_intl": "+31 6 1234 5678",
    "phone_land": "010-1234567", "email": "s.devries@example.nl", "iban": "NL91 ABNA 0417 1643 00",
}  # fmt: skip

CASES: list[Case] = [
    # --- loss: nothing shrinks silently -------------------------------------------------------
    Case("cut_half_replacing", csv_case(LOADED, "wmo_2026-05_v2.csv", keep(150)), "held",
         "cellen"),
    Case("cut_half_new_month", csv_case(NEW, edit=keep(150)), "held", "maanden ernaast"),
    Case("cut_one_row_replacing", csv_case(LOADED, "wmo_2026-05_v2.csv", keep(W - 1)), "held",
         "cellen"),
    Case("one_category_gone", csv_case(LOADED, "wmo_2026-05_v2.csv",
                                       drop_where("categorie", "vervoer")), "held", "categorie"),
    Case("one_buurt_gone", csv_case(LOADED, "wmo_2026-05_v2.csv",
                                    drop_where("buurtcode", "BU99990101")), "held", "buurten"),
    Case("cut_mid_row", raw_case(NEW, source=NEW, transform=lambda b: b[: len(b) // 2]),
         "rejected", "afgebroken"),
    Case("stray_jeugd_row_in_wmo", csv_case(NEW, edit=append_row(
        {"domein": "jeugd", "categorie": "jeugdbescherming", "buurtcode": "BU99990199"})),
         "rejected", "ander domein"),
    Case("stray_month_row", csv_case(NEW, edit=set_cell(3, "periode", "2026-04")), "rejected",
         "andere periode"),
    Case("all_rows_other_month", csv_case(NEW, "wmo_2026-07.csv"), "rejected", "andere periode"),
    Case("unnamed_file_stray_jeugd_row", csv_case(NEW, "export.csv", append_row(
        {"domein": "jeugd", "categorie": "jeugdbescherming", "periode": "2026-05"})), "held",
         "jeugd 2026-05"),
    Case("stapeling_fewer_buurten", csv_case("stapeling_2025.csv", "stapeling_2025_v2.csv",
                                             keep(100)), "held", "buurten"),
    Case("youth_record_dropped", csv_case("jongereninbreng_2025.csv",
                                          "jongereninbreng_2025_v2.csv", drop_one_of_a_day),
         "held", "cellen"),
    Case("youth_corrected_idea", csv_case("jongereninbreng_2025.csv", "jongereninbreng_2025_v2.csv",
                                          set_cell(4, "idee", "Een grotere skatebaan graag")),
         "loaded", delta={"youth_input": 0, "load_replacements": 1}),
    Case("corrected_month", csv_case(LOADED, "wmo_2026-05_v2.csv",  # a total made secret
                                     set_cell(5, "aantal_clienten", ".")),
         "loaded", delta={CC: 0, "load_replacements": 1}),
    Case("new_month_loads", csv_case(NEW), "loaded", delta={CC: W}),
    Case("same_file_again", loaded_again(), "duplicate"),
    Case("same_content_new_name", loaded_again(name="wmo_mei.csv"), "duplicate"),
    Case("header_only", csv_case(NEW, edit=keep(0)), "rejected", "alleen een kopregel"),
    # --- numbers -------------------------------------------------------------------------------
    *[Case(f"count_{label}", csv_case(NEW, edit=set_cell(7, "aantal_clienten", value)),
           "rejected", reason)
      for label, value, reason in (
          ("thousands_point", "1.000", "duizendtallen"), ("thousands_12500", "12.500",
                                                          "duizendtallen"),
          ("thousands_comma", "1,000", "duizendtallen"), ("thousands_space", "1 000",
                                                          "duizendtallen"),
          ("grouped_million", "1.234.567", "duizendtallen"), ("fraction", "2.5", "decimalen"),
          ("negative", "-3", "negatief"), ("word", "veel", "geen aantal"),
          ("excel_error", "#DIV/0!", "excel-foutwaarde"), ("too_large", "2147483648",
                                                          "groter dan"),
          ("na", "#N/A", "excel-foutwaarde"))],
    Case("count_12_0_accepted", csv_case(NEW, edit=set_cell(7, "aantal_clienten", "12.0")),
         "loaded", delta={CC: W}),
    Case("count_suppressed_markers", csv_case(NEW, edit=chain(
        set_cell(1, "aantal_clienten", "<5"), set_cell(2, "aantal_clienten", "."),
        set_cell(3, "aantal_clienten", "-99995"))), "loaded", delta={CC: W}),
    # --- periods -------------------------------------------------------------------------------
    *[Case(f"period_{label}", csv_case(NEW, "export.csv", set_cell(5, "periode", value)),
           "rejected", reason)
      for label, value, reason in (
          ("year_zero", "0000-06", "geen geldige maand"), ("month_13", "2026-13",
                                                          "geen geldige maand"),
          ("future", "2099-01", "toekomst"), ("month_year", "06-2026", "geen geldige maand"),
          ("mid_month", "2026-06-15", "geen geldige maand"), ("word", "juni", "geen geldige "
                                                              "maand"),
          ("empty", "", "geen geldige maand"))],
    Case("period_yyyymm_accepted", csv_case(NEW, edit=lambda h, rows: (
        h, [[r[0].replace("-", ""), *r[1:]] for r in rows])), "loaded", delta={CC: W}),
    Case("period_first_day_accepted", csv_case(NEW, edit=lambda h, rows: (
        h, [[r[0] + "-01", *r[1:]] for r in rows])), "loaded", delta={CC: W}),
    # --- codes and columns -----------------------------------------------------------------
    Case("buurt_malformed", csv_case(NEW, edit=set_cell(2, "buurtcode", "BU9999")), "rejected",
         "bu + 8"),
    Case("buurt_other_gemeente", csv_case(NEW, edit=set_cell(2, "buurtcode", "BU03630101")),
         "rejected", "andere gemeente"),
    Case("buurt_unknown_in_year", csv_case(NEW, edit=set_cell(2, "buurtcode", "BU99990999")),
         "rejected", "bestaat niet"),
    Case("gemeente_mismatch", csv_case(NEW, edit=set_cell(2, "gemeentecode", "GM9998")),
         "rejected", "past niet"),
    Case("category_unknown", csv_case(NEW, edit=set_cell(2, "categorie", "vervoerr")),
         "rejected", "bedoeld: 'vervoer'"),
    Case("domain_unknown", csv_case(NEW, "export.csv", set_cell(2, "domein", "wwo")), "rejected",
         "codelijst"),
    Case("duplicate_key", csv_case(NEW, edit=lambda h, rows: (h, [*rows, rows[0]])), "rejected",
         "twee keer"),
    Case("missing_column", csv_case(NEW, edit=lambda h, rows: (
        h[:-1], [r[:-1] for r in rows])), "rejected", "verplichte kolom"),
    Case("boundary_year_invalid", csv_case(NEW, edit=set_cell(2, "indelingsjaar", "20x6")),
         "rejected", "ongeldig jaar"),
    Case("header_duplicated", csv_case(NEW, edit=rename("gemeentecode", "buurtcode")),
         "rejected", "twee keer"),
    Case("unnamed_filled_column", csv_case(NEW, edit=add_column("", "7")), "rejected",
         "zonder naam"),
    Case("extra_field_in_row", csv_case(NEW, edit=lambda h, rows: (
        h, [*rows[:3], [*rows[3], "x"], *rows[4:]])), "rejected", "meer gevulde velden"),
    Case("fields_missing_in_row", csv_case(NEW, edit=lambda h, rows: (
        h, [*rows[:3], rows[3][:4], *rows[4:]])), "rejected", "velden"),
    Case("unmatched_columns", csv_case(NEW, edit=lambda h, rows: (
        [f"kolom_{i}" for i in range(len(h))], rows)), "rejected", "geen enkel bestandstype"),
    Case("giant_cell", csv_case(NEW, edit=add_column("toelichting", "a" * 10_001)), "rejected",
         "tekens"),
    Case("empty_file", raw_case(NEW, data=b""), "rejected", "leeg bestand"),
    Case("blank_lines_only", raw_case(NEW, data=b"\n\n  \n"), "rejected", "geen kopregel"),
    # --- encodings and file types (content decides, not the name) ------------------------------
    Case("utf16_le", raw_case(NEW, transform=lambda b: b.decode("utf-8-sig").encode("utf-16")),
         "rejected", "utf-16"),
    Case("utf16_be_no_bom", raw_case(NEW, transform=lambda b: b.decode("utf-8-sig").encode(
        "utf-16-be")), "rejected", "utf-16"),
    Case("utf32", raw_case(NEW, transform=lambda b: b.decode("utf-8-sig").encode("utf-32")),
         "rejected", "utf-32"),
    Case("cp1252_with_bom", csv_case(NEW, edit=rename("aantal_clienten", "aantal_cliënten"),
                                     encoding="cp1252", prefix=b"\xef\xbb\xbf"),
         "loaded", delta={CC: W}),
    Case("cp1252_plain", csv_case(NEW, edit=rename("aantal_clienten", "Aantal Cliënten"),
                                  encoding="cp1252"), "loaded", delta={CC: W}),
    Case("double_encoded", csv_case(NEW, edit=rename("aantal_clienten", "aantal_cliÃ«nten")),
         "rejected", "twee keer gecodeerd"),
    Case("not_utf8_not_cp1252", raw_case(NEW, transform=lambda b: b.replace(b"wmo;", b"w\x81o;",
                                                                             1)),
         "rejected", "tekencodering"),
    Case("binary_garbage", raw_case("wmo_2026-06.csv", data=bytes(range(256)) * 20), "rejected",
         "binair"),
    Case("pdf", raw_case("wmo_2026-06.csv", data=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
         "rejected", "pdf"),
    Case("png", raw_case("wmo_2026-06.xlsx", data=b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
         "rejected", "afbeelding"),
    Case("gzip_csv", raw_case("wmo_2026-06.csv.gz", transform=gzip.compress), "rejected",
         "gecomprimeerd"),
    Case("old_xls", raw_case("wmo_2026-06.xls", data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                             + b"\x00" * 512), "rejected", ".xls"),
    Case("html_as_xls", raw_case("wmo_2026-06.xls", data=b"<html><table><tr><td>periode</td>"
                                 b"</tr></table></html>"), "rejected", "html"),
    Case("json", raw_case("wmo_2026-06.json", data=b'[{"periode": "2026-06"}]'), "rejected",
         "json"),
    Case("ods", zip_case("wmo_2026-06.ods", {"mimetype": "application/vnd.oasis.opendocument."
                                             "spreadsheet", "content.xml": "<x/>"}),
         "rejected", ".ods"),
    Case("docx", zip_case("wmo_2026-06.docx", {"word/document.xml": "<x/>"}), "rejected",
         "word"),
    Case("plain_zip", zip_case("wmo_2026-06.zip", {"wmo_2026-06.csv": "periode\n"}), "rejected",
         "zip-archief"),
    Case("truncated_xlsx", lambda demo, inbox: _truncated(xlsx_case()(demo, inbox)), "rejected",
         "geen geldig excel"),
    Case("truncated_parquet", lambda demo, inbox: _truncated(parquet_case()(demo, inbox)),
         "rejected", "parquet"),
    Case("csv_named_xlsx", raw_case("wmo_2026-06.xlsx", source=NEW, transform=lambda b: b),
         "loaded", delta={CC: W}),
    Case("xlsx_named_csv", lambda demo, inbox: _renamed(xlsx_case()(demo, inbox), NEW),
         "loaded", delta={CC: W}),
    Case("no_suffix", raw_case("wmo_2026-06", source=NEW, transform=lambda b: b), "loaded",
         delta={CC: W}),
    Case("dot_file", raw_case(".wmo_2026-06.csv", source=NEW, transform=lambda b: b), "loaded",
         delta={CC: W}),
    Case("txt_suffix", raw_case("wmo_2026-06.txt", source=NEW, transform=lambda b: b), "loaded",
         delta={CC: W}),
    Case("tab_separated", csv_case(NEW, delimiter="\t"), "loaded", delta={CC: W}),
    Case("pipe_separated", csv_case(NEW, delimiter="|"), "loaded", delta={CC: W}),
    Case("comma_separated", csv_case(NEW, delimiter=","), "loaded", delta={CC: W}),
    Case("crlf", csv_case(NEW, line_end="\r\n"), "loaded", delta={CC: W}),
    Case("title_line_above_header", raw_case(NEW, source=NEW, transform=lambda b: (
        b"Export Wmo juni 2026\n\n" + b.decode("utf-8-sig").encode())), "loaded",
         delta={CC: W}),
    Case("trailing_separators", raw_case(NEW, source=NEW, transform=lambda b: b"\n".join(
        line + b";;" if line else line for line in b.split(b"\n"))), "loaded", delta={CC: W}),
    Case("blank_lines_between", raw_case(NEW, source=NEW, transform=lambda b: b.replace(
        b"\n", b"\n\n", 40)), "loaded", delta={CC: W}),
    Case("unclosed_quote", raw_case(NEW, source=NEW, transform=lambda b: b.replace(
        b";vervoer;", b';"vervoer;', 1)), "rejected", "velden"),
    # --- workbooks -----------------------------------------------------------------------------
    Case("xlsx_good", xlsx_case(), "loaded", delta={CC: W}),
    Case("xlsx_typed_cells", xlsx_case(typed=True), "loaded", delta={CC: W}),
    Case("xlsx_hidden_stale_sheet", xlsx_case(sheets=[("oud", "hidden", "demo")]), "rejected",
         "verborgen werkblad"),
    Case("xlsx_very_hidden_sheet", xlsx_case(sheets=[("x", "veryHidden", "demo")]), "rejected",
         "verborgen werkblad"),
    Case("xlsx_two_data_sheets", xlsx_case(sheets=[("kopie", "visible", "demo")]), "rejected",
         "meerdere werkbladen"),
    Case("xlsx_empty_extra_sheets", xlsx_case(sheets=[("Blad2", "visible", []),
                                                      ("Blad3", "hidden", [])]),
         "loaded", delta={CC: W}),
    Case("xlsx_formula_without_value", xlsx_case(formula=(7, False)), "rejected",
         "formule zonder opgeslagen waarde"),
    Case("xlsx_formula_with_value", xlsx_case(formula=(7, True)), "loaded", delta={CC: W}),
    Case("xlsx_hidden_sheet_of_people", xlsx_case(sheets=[("p", "hidden", [
        ["naam", "bsn"], ["Sanne de Vries", "111222333"]])]), "rejected", "bsn",
         secret="111222333", personal=True),
    Case("xlsx_visible_sheet_with_bsn_values", xlsx_case(sheets=[("p", "visible", [
        ["kenmerk"], ["1234.56.782"]])]), "rejected", "bsn", secret="1234.56.782",
         personal=True),
    # --- Parquet -------------------------------------------------------------------------------
    Case("parquet_typed", parquet_case(), "loaded", delta={CC: W}),
    Case("parquet_strings", parquet_case(typed=False), "loaded", delta={CC: W}),
    Case("parquet_with_birth_dates", parquet_case(extra={"kenmerk": "1987-04-03"}),
         "rejected", "geboortedatum", secret="1987-04-03", personal=True),
    # --- person-level data: headers --------------------------------------------------------
    *[Case(f"header_{header}", csv_case(NEW, edit=add_column(header, "")), "rejected",
           "persoonsgegeven", personal=True)
      for header in PERSONAL_HEADERS],
    # --- person-level data: values in an extra column, a code column, the title, a header ------
    *[Case(f"value_{label}", csv_case(NEW, edit=add_column("kenmerk", value)), "rejected",
           "persoonsgegeven", secret=value, personal=True)
      for label, value in PERSONAL_VALUES.items()],
    Case("bsn_in_category_column", csv_case(NEW, edit=set_cell(9, "categorie", "111222333")),
         "rejected", "bsn", secret="111222333", personal=True),
    Case("name_in_buurt_column", csv_case(NEW, edit=set_cell(9, "buurtcode", "S. de Vries")),
         "rejected", "naam", secret="S. de Vries", personal=True),
    Case("name_in_title_line", raw_case(NEW, source=NEW, transform=lambda b: (
        b"Sanne de Vries\n" + b.decode("utf-8-sig").encode())), "rejected", "naam",
         secret="Sanne de Vries", personal=True),
    Case("no_header_first_row_people", raw_case("lijst.csv", text=(
        "Sanne de Vries;111222333;03-04-1987\nJan Jansen;123456782;12-12-1990\n")), "rejected",
         "persoonsgegeven", secret="111222333", personal=True),
    Case("bsn_in_broken_csv", raw_case(NEW, source=NEW, transform=lambda b: b + (
        b"2026-06;2026;GM9999;111222333\n")), "rejected", "bsn", secret="111222333",
         personal=True),
    Case("youth_name_in_organisation", csv_case(
        "jongereninbreng_2025.csv", "jongereninbreng_2025_v2.csv",
        set_cell(3, "organisatie", "de Vries, S.")), "rejected", "naam", secret="de Vries, S.",
         personal=True),
    Case("youth_birth_date_column", csv_case(
        "jongereninbreng_2025.csv", "jongereninbreng_2025_v2.csv",
        add_column("geboren", "21/07/2008", at_row=None)), "rejected", "geboortedatum",
         personal=True),
    # --- every entry gets an outcome ---------------------------------------------------------
    Case("symlink_to_file", symlink_case("wmo_link.csv", "file"), "rejected", "snelkoppeling"),
    Case("symlink_to_folder", symlink_case("map_link", "dir"), "rejected", "snelkoppeling"),
    Case("file_in_subfolder", subfolder_case("2026"), "loaded", delta={CC: W}),
    Case("unicode_name_with_spaces", raw_case("Wmo juni 2026 (définitief).csv", source=NEW,
                                              transform=lambda b: b), "loaded", delta={CC: W}),
    # --- youth input and stapeling -------------------------------------------------------------
    Case("youth_theme_unknown", csv_case("jongereninbreng_2025.csv", "jongereninbreng_x.csv",
                                         set_cell(2, "thema", "skaten")), "rejected", "thema"),
    Case("youth_future_date", csv_case("jongereninbreng_2025.csv", "jongereninbreng_x.csv",
                                       set_cell(2, "datum", "2099-01-01")), "rejected",
         "toekomst"),
    Case("youth_same_file_again", loaded_again("jongereninbreng_2025.csv"), "duplicate"),
    Case("stapeling_total_wrong", csv_case("stapeling_2025.csv", "stapeling_2025_v2.csv",
                                           append_row({"combinatie": "totaal",
                                                       "aantal_huishoudens": "999"})),
         "rejected", "som van de delen"),
    Case("stapeling_other_year_row", csv_case("stapeling_2025.csv", "stapeling_2025_v2.csv",
                                              set_cell(3, "jaar", "2024")), "rejected",
         "ander jaar"),
]


def _truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _renamed(path: Path, name: str) -> Path:
    return path.rename(path.with_name(name))
