"""Programme and speakers workbooks, reopened with openpyxl."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import datetime, time
from pathlib import Path

import openpyxl

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.programme_xlsx import programme_workbook, speakers_workbook
from confdesk.programme.queries import load_programme
from tests.programme.sample import ARABIC_NAME, build_sample


def test_programme_workbook_has_all_sessions_and_one_sheet_per_day(
        sqlite_database: Database) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        snapshot = load_programme(SessionReader(s))
    seen: list[tuple[int, int]] = []
    wb = openpyxl.load_workbook(io.BytesIO(
        programme_workbook(snapshot, progress=lambda i, n: seen.append((i, n)))))
    assert wb.sheetnames == ["All sessions", "Mon 31 Mar 2014", "Tue 1 Apr 2014"]
    assert seen == [(1, 2), (2, 2)]
    ws = wb["All sessions"]
    header = [c.value for c in ws[1]]
    assert header[:7] == ["Day", "Start", "End", "Room", "Kind", "Theme", "Title"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:P6"  # + 2 language columns
    assert ws["A1"].font.bold
    titles = [ws.cell(row=r, column=7).value for r in range(2, ws.max_row + 1)]
    assert titles == ["Opening of the Conference", "Coffee break",
                      "Panel I: Early warning and early action", "Panel II: Accountability",
                      "Closing"]
    panel = {h: ws.cell(row=4, column=i + 1).value for i, h in enumerate(header)}
    assert panel["Day"] == datetime(2014, 3, 31)
    assert panel["Start"] == time(10, 15)
    assert panel["Moderators"] == "H.E. Mr Didier Reynders (Deputy Prime Minister, Belgium)"
    assert panel["Speakers"].split("\n")[1] == (
        f"Dr {ARABIC_NAME[0]} {ARABIC_NAME[1]} (Professor of Law)")
    assert panel["Rapporteurs"] == 'Amélie Øster (=HYPERLINK("x"))'
    assert ws.cell(row=4, column=7).alignment.wrap_text
    day2 = wb["Tue 1 Apr 2014"]
    assert [day2.cell(row=r, column=7).value for r in (2, 3)] == [
        "Panel II: Accountability", "Closing"]


def test_speakers_workbook(sqlite_database: Database) -> None:
    with sqlite_database.sessions() as s:
        build_sample(s)
        data = speakers_workbook(load_programme(SessionReader(s)))
    ws = openpyxl.load_workbook(io.BytesIO(data))["Speakers"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    # Sorted by family name, accents ignored; Arabic and Chinese names after Latin ones.
    assert [r[0] for r in rows] == [
        "ØSTER, Amélie", "REYNDERS, Didier", f"{ARABIC_NAME[1].upper()}, {ARABIC_NAME[0]}",
        "王 伟",
    ]
    by_name = {r[0]: r for r in rows}
    reynders = by_name["REYNDERS, Didier"]
    assert reynders[2:4] == ("Deputy Prime Minister", "Belgium") and reynders[5] == 3
    assert reynders[6].split("\n")[0] == (
        "Mon 31 Mar 09:00–09:45 · Chair · Opening of the Conference")
    # Formula-like text is kept as typed in a quote-prefixed text cell, never run, and shows
    # no apostrophe of its own (as Excel records a typed apostrophe).
    assert ws["C2"].value == '=HYPERLINK("x")' and ws["C2"].data_type == "s"
    assert ws["C2"].quotePrefix


def test_control_characters_pasted_from_word_do_not_stop_the_workbooks(
        sqlite_database: Database) -> None:
    """A vertical tab (Word's line break) in a description, or any other control character,
    made openpyxl refuse the whole file: `export programme`/`speakers` crashed."""
    from confdesk.programme.models import Session as ProgrammeSession

    with sqlite_database.sessions() as s:
        sample = build_sample(s)
        item = s.get(ProgrammeSession, sample.session_ids[2])
        assert item is not None
        item.description = "Moderated by the host\x0bQuestions from the floor\x01"
        item.title = "Panel I:\x02 Early warning"
        s.flush()
        snapshot = load_programme(SessionReader(s))
    wb = openpyxl.load_workbook(io.BytesIO(programme_workbook(snapshot)))
    ws = wb["All sessions"]
    header = [c.value for c in ws[1]]
    row = {h: ws.cell(row=4, column=i + 1).value for i, h in enumerate(header)}
    assert row["Title"] == "Panel I: Early warning"
    assert row["Description"] == "Moderated by the host\nQuestions from the floor"
    speakers = openpyxl.load_workbook(io.BytesIO(speakers_workbook(snapshot)))
    assert any("Panel I: Early warning" in str(c.value)
               for r in speakers.active.iter_rows() for c in r)


def test_formula_like_titles_are_text_a_spreadsheet_shows_as_typed(
        sqlite_database: Database, tmp_path: Path) -> None:
    """LibreOffice, converting the workbook, shows each title exactly as typed: no formula
    run, no apostrophe added."""
    from confdesk.programme.models import Session as ProgrammeSession

    titles = ["=1+1", "+32 2 501 11 11", "-5 % cuts", "@mention"]
    with sqlite_database.sessions() as s:
        build_sample(s)
        for session, title in zip(s.query(ProgrammeSession).order_by(ProgrammeSession.id),
                                  titles, strict=False):
            session.title = title
        s.commit()
        snapshot = load_programme(SessionReader(s))
    path = tmp_path / "programme.xlsx"
    path.write_bytes(programme_workbook(snapshot))
    ws = openpyxl.load_workbook(path)["All sessions"]
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if c.value in titles}
    assert set(cells) == set(titles)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells.values())
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return
    subprocess.run([soffice, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(tmp_path),
                    str(path)], capture_output=True, check=True, timeout=180)
    shown = {cell for row in csv.reader((tmp_path / "programme.csv").open(encoding="utf-8"))
             for cell in row}
    assert set(titles) <= shown and "2" not in shown and "'=1+1" not in shown
