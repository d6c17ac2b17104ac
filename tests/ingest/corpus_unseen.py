"""A second corpus of bad and odd inbox files: the kinds issue 16 names, in forms the first
corpus (tests/ingest/corpus.py) never tried. Same Case shape, same harness
(tests/ingest/test_ingest_corpus.py); each is derived from a real demo file so only the fault
differs.
"""

from __future__ import annotations

import os
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

from tests.ingest.corpus import (
    CC,
    LOADED,
    NEW,
    Case,
    W,
    add_column,
    append_row,
    csv_case,
    raw_case,
    set_cell,
    table,
    zip_case,
)

JEUGD_NEW = "jeugd_2026-06.csv"
STAPELING = "stapeling_2025.csv"


def workbook_case(name="wmo_2026-06.xlsx", source=NEW, shape=None, after=None):
    """A workbook of the demo file; `shape(wb, ws, header, rows)` edits it before saving,
    `after(path)` edits the saved bytes (things openpyxl cannot write)."""

    def build(demo: Path, inbox: Path) -> Path:
        header, rows, _ = table(demo, source)
        wb = openpyxl.Workbook()
        ws = wb.active
        if shape is None:
            ws.append(header)
            for r in rows:
                ws.append(r)
        else:
            shape(wb, ws, header, rows)
        path = inbox / name
        wb.save(path)
        if after:
            after(path)
        return path

    return build


def at(top: int, left: int):
    """The table with its header in row `top`, column `left` (1-based)."""

    def shape(wb, ws, header, rows):
        for i, r in enumerate([header, *rows]):
            for j, value in enumerate(r):
                ws.cell(row=top + i, column=left + j, value=value)

    return shape


def plain(wb, ws, header, rows):
    ws.append(header)
    for r in rows:
        ws.append(r)


def with_sheet(title, state, extra):
    def shape(wb, ws, header, rows):
        plain(wb, ws, header, rows)
        other = wb.create_sheet(title)
        for r in extra:
            other.append(r)
        other.sheet_state = state

    return shape


def youth_idea(row: int, idea: str):
    def shape(wb, ws, header, rows):
        rows[row][header.index("idee")] = idea
        plain(wb, ws, header, rows)

    return shape


def chart_sheet(wb, ws, header, rows):
    from openpyxl.chart import BarChart, Reference

    plain(wb, ws, header, rows)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=7, min_row=1, max_row=20), titles_from_data=True)
    wb.create_chartsheet("Grafiek").add_chart(chart)


def defined_name(wb, ws, header, rows):
    from openpyxl.workbook.defined_name import DefinedName

    plain(wb, ws, header, rows)
    wb.defined_names["aantallen"] = DefinedName("aantallen", attr_text="Sheet!$G$2:$G$311")


def merged_title(wb, ws, header, rows):
    ws.append(["Export Wmo juni 2026"])
    ws.merge_cells("A1:G1")
    ws.append([])
    for r in [header, *rows]:
        ws.append(r)


def hidden_rows(first: int, last: int):
    """Rows hidden as a filter hides them (the data is still in the sheet)."""

    def shape(wb, ws, header, rows):
        plain(wb, ws, header, rows)
        for number in range(first, last + 1):
            ws.row_dimensions[number].hidden = True

    return shape


def merged_categories(wb, ws, header, rows):
    """The category of rows 2-3 written once in a merged cell (only the first holds it)."""
    plain(wb, ws, header, rows)
    ws.merge_cells("F2:F3")


def typed_counts(edit):
    def shape(wb, ws, header, rows):
        ws.append(header)
        for i, r in enumerate(rows):
            r = [*r[:6], int(r[6]) if r[6].isdigit() else r[6]]
            ws.append(edit(i, r))

    return shape


def formula_in(column: int, data_row: int, cached: str | None):
    """A formula in one cell, with or without the value Excel stores after it."""

    def shape(wb, ws, header, rows):
        plain(wb, ws, header, rows)
        ws.cell(row=data_row + 2, column=column, value="=LEFT(\"2026-06\",7)" if column == 1
                else "=1+1")

    def after(path: Path):
        if cached is not None:  # as Excel stores a text result: t="str" and <v> after <f>
            from tests.ingest.corpus import _cache_formula

            _cache_formula(path, data_row + 2, column, cached)
            if not cached.isdigit():
                _retype(path, f"A{data_row + 2}")

    return shape, after


def _retype(path: Path, ref: str) -> None:
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index(f'<c r="{ref}"')
    end = sheet.index(">", start)
    cell = sheet[start:end]
    cell = cell.replace(' t="n"', "").replace(' t="str"', "") + ' t="str"'
    members["xl/worksheets/sheet1.xml"] = (sheet[:start] + cell + sheet[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members.items():
            z.writestr(n, data)


def _add_shared_string(path: Path, text: str) -> None:
    """A string in the shared-string table that no cell uses any more (a deleted column)."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        f'uniqueCount="1"><si><t>{text}</t></si></sst>').encode()
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    members["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdSst" Target="sharedStrings.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
    )).encode()
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members.items():
            z.writestr(n, data)


def cell_comment(text):
    def shape(wb, ws, header, rows):
        from openpyxl.comments import Comment

        plain(wb, ws, header, rows)
        ws["G1"].comment = Comment(text, "export")

    return shape


def _linked(inbox: Path, name: str) -> Path:
    path = inbox / name
    path.symlink_to(inbox.parent / "elders.csv")
    return path


def zero_byte_xlsx(demo, inbox):
    path = inbox / "wmo_2026-06.xlsx"
    path.write_bytes(b"")
    return path


def fifo(demo, inbox):
    path = inbox / "wmo_2026-06.csv"
    os.mkfifo(path)
    return path


def broken_link(demo, inbox):
    path = inbox / "wmo_2026-06.csv"
    path.symlink_to(inbox.parent / "does-not-exist.csv")
    return path


def odd_name(name: bytes):
    """A demo file under a name of raw bytes (not valid UTF-8, a newline, ...)."""

    def build(demo: Path, inbox: Path) -> Path:
        raw = os.fsencode(inbox) + b"/" + name
        with open(raw, "wb") as handle:
            handle.write((demo / NEW).read_bytes())
        return Path(os.fsdecode(raw))

    return build


def zipped(name, member, source=NEW, edit=None):
    def build(demo: Path, inbox: Path) -> Path:
        data = (demo / source).read_text(encoding="utf-8-sig")
        path = inbox / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(member, edit(data) if edit else data)
        return path

    return build


def keep_buurten(half: str):
    """The first or second half of the buurten (a month split over two files)."""

    def edit(header, rows):
        i = header.index("buurtcode")
        codes = sorted({r[i] for r in rows})
        cut = len(codes) // 2
        chosen = set(codes[:cut] if half == "first" else codes[cut:])
        return header, [r for r in rows if r[i] in chosen]

    return edit


def recode_buurt(old_index: int, new: str):
    """Every row of the n-th buurt gets another code (a recoding of the area)."""

    def edit(header, rows):
        i = header.index("buurtcode")
        codes = sorted({r[i] for r in rows})
        return header, [[*r[:i], new if r[i] == codes[old_index] else r[i], *r[i + 1:]]
                        for r in rows]

    return edit


def rename_category(old: str, new: str):
    def edit(header, rows):
        i = header.index("categorie")
        return header, [[*r[:i], new if r[i] == old else r[i], *r[i + 1:]] for r in rows]

    return edit


def each_count(fn):
    def edit(header, rows):
        i = header.index("aantal_clienten")
        return header, [[*r[:i], fn(r[i]), *r[i + 1:]] for r in rows]

    return edit


def text_edit(fn, source=NEW, name=None):
    """The demo file's text through `fn`, written as UTF-8."""
    return raw_case(name or source, source=source,
                    transform=lambda b: fn(b.decode("utf-8-sig")).encode("utf-8"))


def then(build, fn):
    """A built file's text through `fn` afterwards."""

    def built(demo: Path, inbox: Path) -> Path:
        path = build(demo, inbox)
        path.write_text(fn(path.read_text(encoding="utf-8")), encoding="utf-8")
        return path

    return built


def insert_line(at_line: int, line: str):
    def fn(text):
        lines = text.split("\n")
        return "\n".join([*lines[:at_line], line, *lines[at_line:]])

    return fn


# --- the cases ----------------------------------------------------------------------------------

PERSONAL_HEADERS_2 = ["dob", "DOB", "bsn_nummer", "clientnr", "naam_client", "postcode6",
                      "adres", "Geboren", "geboren op", "zaaknummer", "relatienummer",
                      "NAW-gegevens", "SSN", "mobile", "beschikkingsnummer", "Date of birth",
                      "Geb. dat.", "Naam + voorletters", "PC-6", "e_mailadres", "cliënt_id",
                      "Burger Service Nummer", "sofi-nr"]
PERSONAL_VALUES_2 = {
    "bsn_dots_issue": "1112.22.333", "bsn_in_text": "client 111222333 verhuisd",
    "iban_lower": "nl91abna0417164300", "iban_compact": "NL91ABNA0417164300",
    "phone_0031": "0031612345678", "phone_plus_zero": "+31(0)6-12345678",
    "phone_spaced": "06 - 123 456 78", "email_caps": "S.DEVRIES@EXAMPLE.NL",
    "email_at_word": "s.devries [at] example [dot] nl", "pc_lower": "1234ab",
    "pc_lower_space": "1234 ab", "dob_short_year": "03-04-87", "dob_english": "April 3, 1987",
    "dob_abbrev": "3 apr. 1987", "dob_iso_slash": "1987/04/03", "name_dhr": "dhr. J. Jansen",
    "name_mw_caps": "MW. DE VRIES", "name_first_last": "Fatima Yilmaz",
    "name_comma_first": "Jansen, Pieter", "addr_with_city": "Kerkstraat 12, Demstervoort",
    "addr_toevoeging": "Dorpsstraat 4-II", "phone_fixed_spaced": "020 - 123 45 67",
}  # fmt: skip

UNSEEN: list[Case] = [
    # --- a loaded month would shrink, in new ways ------------------------------------------
    Case("u_half_buurten_second_file", csv_case(LOADED, "wmo_2026-05_deel2.csv",
                                                keep_buurten("second")), "held", "buurten"),
    Case("u_half_buurten_first_file_new_month", csv_case(NEW, "wmo_2026-06_deel1.csv",
                                                         keep_buurten("first")), "held",
         "maanden ernaast"),
    Case("u_category_renamed_to_other_code", csv_case(
        LOADED, "wmo_2026-05_v2.csv", rename_category("vervoer", "vervoersvoorzieningen")),
         "rejected", "codelijst"),
    Case("u_category_merged_into_other", csv_case(
        LOADED, "wmo_2026-05_v2.csv", rename_category("vervoer", "begeleiding")),
         "rejected", "twee keer"),
    Case("u_buurt_recoded_to_existing", csv_case(
        LOADED, "wmo_2026-05_v2.csv", recode_buurt(0, "BU99990102")), "rejected", "twee keer"),
    Case("u_buurt_recoded_to_unknown", csv_case(
        LOADED, "wmo_2026-05_v2.csv", recode_buurt(0, "BU99990991")), "rejected",
         "bestaat niet"),
    Case("u_category_upper_case_correction", csv_case(
        LOADED, "wmo_2026-05_v2.csv", rename_category("vervoer", "VERVOER")), "loaded",
         delta={CC: 0, "load_replacements": 1}),
    Case("u_stapeling_combination_gone", csv_case(
        STAPELING, "stapeling_2025_v2.csv",
        lambda h, rows: (h, [r for r in rows if r[h.index("combinatie")] != "wmo_jeugd"])),
         "held", "categorie"),
    # --- rows outside the claimed domain or month, hidden in the middle ----------------------
    Case("u_stray_month_mid_file", csv_case(NEW, edit=set_cell(155, "periode", "2026-05")),
         "rejected", "rij 157"),
    Case("u_stray_domain_mid_jeugd", csv_case(JEUGD_NEW, edit=set_cell(
        120, "domein", "participatiewet")), "rejected", "ander domein"),
    Case("u_stray_month_spaced_name", csv_case(NEW, "Wmo 2026 06.csv",
                                               set_cell(200, "periode", "2026-04")),
         "rejected", "andere periode"),
    Case("u_stray_month_dutch_month_name", csv_case(NEW, "wmo_juni_2026.csv",
                                                    set_cell(200, "periode", "2026-05")),
         "rejected", "andere periode"),
    Case("u_stray_month_yyyymm_name", csv_case(NEW, "wmo202606.csv",
                                               set_cell(90, "periode", "202605")),
         "rejected", "andere periode"),
    # --- workbooks ----------------------------------------------------------------------------
    Case("u_xlsx_very_hidden_people", workbook_case(shape=with_sheet("x", "veryHidden", [
        ["naam_client", "geboortedatum"], ["Fatima Yilmaz", "1987-04-03"]])), "rejected",
         "naam", secret="Fatima Yilmaz", personal=True),
    Case("u_xlsx_second_sheet_dob_header", workbook_case(shape=with_sheet("Blad2", "visible", [
        ["dob"], ["12-12-1990"]])), "rejected", "geboortedatum", secret="12-12-1990",
         personal=True),
    Case("u_xlsx_chart_sheet", workbook_case(shape=chart_sheet), "loaded", delta={CC: W}),
    Case("u_xlsx_defined_name", workbook_case(shape=defined_name), "loaded", delta={CC: W}),
    Case("u_xlsx_merged_title", workbook_case(shape=merged_title), "loaded", delta={CC: W}),
    Case("u_xlsx_merged_category", workbook_case(shape=merged_categories), "rejected",
         "codelijst"),
    Case("u_xlsx_filtered_rows_hidden", workbook_case(shape=hidden_rows(40, 80)), "rejected",
         "verborgen rijen met gegevens (rij 40"),
    Case("u_xlsx_one_hidden_row", workbook_case(shape=hidden_rows(300, 300)),
         "rejected", "rij 300"),
    Case("u_xlsx_table_at_c3", workbook_case(shape=at(3, 3)), "loaded", delta={CC: W}),
    Case("u_xlsx_period_formula_no_value", workbook_case(
        shape=formula_in(1, 40, None)[0], after=formula_in(1, 40, None)[1]),
         "rejected", "formule zonder opgeslagen waarde"),
    Case("u_xlsx_period_formula_with_value", workbook_case(
        shape=formula_in(1, 40, "2026-06")[0], after=formula_in(1, 40, "2026-06")[1]),
         "loaded", delta={CC: W}),
    Case("u_xlsx_count_text_thousands", workbook_case(shape=typed_counts(
        lambda i, r: [*r[:6], "1.000"] if i == 9 else r)), "rejected", "duizendtallen"),
    Case("u_xlsx_count_fraction_number", workbook_case(shape=typed_counts(
        lambda i, r: [*r[:6], 12.5] if i == 9 else r)), "rejected", "decimalen"),
    # every count a whole float (1000.0), as a spreadsheet stores it; the values stay those
    # of the export, so the unique-client totals still hold
    Case("u_xlsx_count_float_whole", workbook_case(shape=typed_counts(
        lambda i, r: [*r[:6], float(r[6])] if isinstance(r[6], int) else r)), "loaded",
         delta={CC: W}),
    Case("u_xlsx_count_boolean", workbook_case(shape=typed_counts(
        lambda i, r: [*r[:6], True] if i == 9 else r)), "rejected", "geen aantal"),
    Case("u_xlsx_period_mid_month_date", workbook_case(shape=typed_counts(
        lambda i, r: [datetime(2026, 6, 15), *r[1:]] if i == 9 else r)), "rejected",
         "geen geldige maand"),
    Case("u_xlsx_comment_with_bsn", workbook_case(shape=cell_comment("controle: 111222333")),
         "rejected", "bsn", secret="111222333", personal=True),
    Case("u_xlsx_deleted_bsn_left_in_shared_strings", workbook_case(
        after=lambda path: _add_shared_string(path, "111222333")), "rejected", "bsn",
         secret="111222333", personal=True),
    Case("u_youth_xlsx_idea_naming_a_person", workbook_case(
        "jongereninbreng_2025_v2.xlsx", "jongereninbreng_2025.csv", shape=youth_idea(
            3, "Vraag het aan meneer Jansen van de snackbar")), "loaded",
         delta={"youth_input": 0, "load_replacements": 1}),
    Case("u_xlsx_zero_bytes", zero_byte_xlsx, "rejected", "leeg bestand"),
    # --- numbers ------------------------------------------------------------------------------
    *[Case(f"u_count_{label}", csv_case(NEW, edit=set_cell(11, "aantal_clienten", value)),
           "rejected", reason)
      for label, value, reason in (
          ("nbsp", "1\u00a0000", "duizendtallen"), ("narrow_nbsp", "1\u202f000",
                                                     "duizendtallen"),
          ("apostrophe", "1'000", "duizendtallen"), ("dutch_decimals", "1.000,00",
                                                     "duizendtallen"),
          ("english_decimals", "1,000.00", "duizendtallen"), ("negative_zero", "-0", "negatief"),
          ("exponent", "1e3", "geen aantal"), ("trailing_minus", "12-", "negatief"),
          ("accounting_negative", "(12)", "negatief"), ("unicode_minus", "\u22123", "negatief"),
          ("plus_sign", "+5", "geen aantal"), ("huge", "99999999999999999999", "groter dan"))],
    Case("u_count_all_thousands_dot", csv_case(NEW, edit=each_count(
        lambda v: v + ".000" if v.isdigit() and v != "0" else v)), "rejected", "duizendtallen"),
    # --- person-level data: headers, values, comment lines ---------------------------------
    *[Case(f"u_header_{header}", csv_case(NEW, edit=add_column(header, "")), "rejected",
           "persoonsgegeven", personal=True)
      for header in PERSONAL_HEADERS_2],
    *[Case(f"u_value_{label}", csv_case(NEW, edit=add_column("opmerking", value, at_row=150)),
           "rejected", "persoonsgegeven", secret=value, personal=True)
      for label, value in PERSONAL_VALUES_2.items()],
    Case("u_comment_line_bsn", text_edit(lambda t: "# controle door 111222333\n" + t),
         "rejected", "bsn", secret="111222333", personal=True),
    Case("u_footer_line_name", text_edit(lambda t: t + "Opgesteld door: dhr. J. Jansen\n"),
         "rejected", "naam", secret="J. Jansen", personal=True),
    Case("u_bsn_as_count", csv_case(NEW, edit=set_cell(60, "aantal_clienten", "111222333")),
         "rejected", "bsn", secret="111222333", personal=True),
    Case("u_postcode_in_category", csv_case(NEW, edit=set_cell(60, "categorie", "1234 AB")),
         "rejected", "postcode", secret="1234 AB", personal=True),
    Case("u_zip_renamed_csv_with_people", zipped(NEW, "clienten.csv", edit=lambda t: (
        "naam;bsn\nFatima Yilmaz;111222333\n")), "rejected", "bsn", secret="111222333",
         personal=True),
    # --- encodings, line endings, file types -------------------------------------------------
    Case("u_utf16_be_bom", raw_case(NEW, transform=lambda b: b"\xfe\xff" + b.decode(
        "utf-8-sig").encode("utf-16-be")), "rejected", "verwacht utf-8"),
    Case("u_cp1252_e_diaeresis_in_title", raw_case(NEW, transform=lambda b: (
        "Export cliëntaantallen Wmo\n" + b.decode("utf-8-sig")).encode("cp1252")), "loaded",
         delta={CC: W}),
    Case("u_cr_only_line_ends", csv_case(NEW, line_end="\r"), "loaded", delta={CC: W}),
    Case("u_cr_only_row_number", csv_case(NEW, line_end="\r", edit=set_cell(
        20, "buurtcode", "BU9999")), "rejected", "rij 22"),
    Case("u_zip_renamed_csv", zipped(NEW, NEW), "rejected", "zip-archief"),
    Case("u_only_bom", raw_case(NEW, data=b"\xef\xbb\xbf"), "rejected", "geen kopregel"),
    Case("u_nul_byte_in_text", raw_case(NEW, transform=lambda b: b.replace(b";wmo;", b";w\x00mo;",
                                                                          1)),
         "rejected", "binair"),
    Case("u_cut_mid_row_partial_write", raw_case(NEW, transform=lambda b: b[: len(b) * 2 // 3]),
         "rejected", "afgebroken"),
    Case("u_cut_at_line_partial_write", raw_case(NEW, transform=lambda b: b[
        : b.rindex(b"\n", 0, len(b) // 3) + 1]), "held", "maanden ernaast"),
    # --- person-level data in the file's name: repeated in every report, log and status ---
    Case("u_bsn_in_file_name", raw_case("wmo_2026-06_client_111222333.csv", source=NEW,
                                        transform=lambda b: b), "rejected", "bestandsnaam",
         secret="111222333", personal=True),
    Case("u_client_name_as_file_name", raw_case("Fatima Yilmaz.csv", source=NEW,
                                                transform=lambda b: b), "rejected",
         "bestandsnaam", secret="Yilmaz", personal=True),
    Case("u_email_in_file_name", raw_case("wmo_2026-06 voor s.devries@example.nl.csv",
                                          source=NEW, transform=lambda b: b), "rejected",
         "bestandsnaam", secret="devries@example", personal=True),
    Case("u_titled_name_in_file_name", raw_case("wmo_2026-06_dhr_J_Jansen.xlsx", source=NEW,
                                                transform=lambda b: b), "rejected",
         "bestandsnaam", secret="Jansen", personal=True),
    # a gemeente named like a person is a place, not a client: the file loads under its name
    Case("u_gemeente_like_a_name_in_file_name", raw_case(
        "wmo_2026-06 Hendrik-Ido-Ambacht.csv", source=NEW, transform=lambda b: b), "loaded",
         delta={CC: W}),
    Case("u_phone_in_file_name_link", lambda demo, inbox: _linked(inbox, "bel 0612345678.csv"),
         "rejected", "bestandsnaam", secret="0612345678", personal=True),
    # --- more shapes of text files ---------------------------------------------------------------
    Case("u_excel_sep_hint_line", text_edit(lambda t: "sep=;\n" + t), "loaded", delta={CC: W}),
    Case("u_two_exports_concatenated", raw_case("export.csv", source=NEW, transform=lambda b: (
        b + b.decode("utf-8-sig").encode())), "rejected", "rij 374"),  # the second header
    Case("u_zero_width_space_in_code", csv_case(NEW, edit=set_cell(
        44, "buurtcode", "BU99990101\u200b")), "rejected", "bu + 8"),
    Case("u_period_month_not_padded", csv_case(NEW, edit=set_cell(44, "periode", "2026-6")),
         "rejected", "geen geldige maand"),
    Case("u_jeugd_content_in_wmo_name", raw_case(NEW, source=JEUGD_NEW, transform=lambda b: b),
         "rejected", "ander domein"),
    Case("u_stapeling_month_word_name_other_year", csv_case(
        STAPELING, "stapeling_mei_2025.csv", set_cell(77, "jaar", "2024")), "rejected",
         "ander jaar"),
    Case("u_password_protected_xlsx", raw_case("wmo_2026-06.xlsx", data=(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
        + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)), "rejected", "wachtwoord"),
    # --- every entry an outcome, whatever its name or type -----------------------------------
    Case("u_fifo", fifo, "rejected", "geen gewoon bestand"),
    Case("u_broken_symlink", broken_link, "rejected", "snelkoppeling"),
    Case("u_name_not_utf8", odd_name(b"wmo_2026-06_\xff.csv"), "loaded", delta={CC: W}),
    Case("u_name_with_newline", odd_name(b"wmo\n2026-06.csv"), "loaded", delta={CC: W}),
    Case("u_name_trailing_space", raw_case("wmo_2026-06.csv ", source=NEW,
                                           transform=lambda b: b), "loaded", delta={CC: W}),
    Case("u_name_very_long", raw_case("wmo_2026-06_" + "é" * 100 + ".csv", source=NEW,
                                      transform=lambda b: b), "loaded", delta={CC: W}),
    Case("u_excel_owner_file", raw_case("~$wmo_2026-06.xlsx", data=b"\x05Sanne" + b"\x00" * 49
                                        + b"\x05\x00S\x00a\x00n\x00n\x00e\x00" + b"\x00" * 40),
         "rejected", "vergrendelbestand"),
    Case("u_libreoffice_lock_file", raw_case(".~lock.wmo_2026-06.xlsx#", data=(
        b"Sanne de Vries,analist,PC-042,07.12.2026 09:12,file:///home/analist/.config;")
), "rejected", "vergrendelbestand"),
    Case("u_docx_with_xlsx_name", zip_case("wmo_2026-06.xlsx", {"word/document.xml": "<x/>"}),
         "rejected", "word"),
    Case("u_period_with_weekday_text", csv_case(NEW, edit=set_cell(5, "periode", "juni 2026")),
         "rejected", "geen geldige maand"),
    Case("u_two_header_rows", text_edit(lambda t: t.split("\n", 1)[0] + "\n" + t), "rejected",
         "geen geldige maand"),
    Case("u_blank_lines_then_bad_code", then(csv_case(NEW, edit=set_cell(
        30, "buurtcode", "BU9999")), insert_line(10, "\n")), "rejected", "rij 34"),
    Case("u_stapeling_stray_year_mid", csv_case(STAPELING, "stapeling_2025_v2.csv", set_cell(
        150, "jaar", "2024")), "rejected", "ander jaar"),
    Case("u_gemeente_lower_case", csv_case(NEW, edit=lambda h, rows: (
        h, [[*r[:2], r[2].lower(), *r[3:]] for r in rows])), "loaded", delta={CC: W}),
    Case("u_extra_harmless_column", csv_case(NEW, edit=add_column("bron", "zaaksysteem",
                                                                   at_row=None)),
         "loaded", delta={CC: W}),
    Case("u_stray_jeugd_row_appended_to_unnamed", csv_case(NEW, "export (2).csv", append_row(
        {"domein": "jeugd", "categorie": "jeugdbescherming", "periode": "2026-06"})), "held",
         "jeugd 2026-06"),
]
