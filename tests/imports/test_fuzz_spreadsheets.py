"""Fuzz the registration import with damaged spreadsheets (XLSX, ODS, XLS, CSV): truncated,
bit-flipped, cells moved to the far corner, odd encodings. Every case must end in a clean
import or a clear message (a UserError of one short line), never a traceback, and a refused
import writes nothing.

Seeded, a few hundred cases, a few seconds: it runs in CI with the other tests.
"""

from __future__ import annotations

import codecs
import io
import random
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from confdesk.db.database import Database
from confdesk.db.errors import UserError
from confdesk.imports.mapping import detect
from confdesk.imports.participants import prepare, run_import
from confdesk.imports.tables import read_table
from confdesk.registration.models import Organisation, Participant
from tests.factories import make_event
from tests.imports.hostile import (
    ODS_PEOPLE,
    biff_workbook,
    compound_file,
    ods_cell,
    write_ods,
)

SEED = 20261203
CASES_PER_BASE = 45

PEOPLE = [
    ("Given name", "Family name", "E-mail", "Organisation", "Country", "Notes"),
    ("Didier", "Reynders", "dr@diplobel.fed.be", "Belgium", "Belgique", "Head"),
    ("Élise", "Dupont", "", "Conseil de l'Europe", "", "=1+2"),
    ("محمد", "العلي", "m.ali@mofa.gov.qa", "", "Qatar", "line\nbreak"),
    ("近平", "习", "", "", "China", ""),
    ("Sergei", "Lavrov", "s@mid.ru", "Russian Federation", "", "'quoted"),
]


def xlsx_bytes() -> bytes:
    book = Workbook()
    for row in PEOPLE:
        book.active.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def ods_bytes(tmp: Path) -> bytes:
    rows = "".join("<table:table-row>" + "".join(ods_cell(c) for c in row)
                   + "</table:table-row>" for row in PEOPLE)
    return write_ods(tmp / "base.ods", rows + ODS_PEOPLE).read_bytes()


def csv_text(delimiter: str = ",") -> str:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if re.search(r'[",;\t\n]', cell) else cell
    return "".join(delimiter.join(quote(c) for c in row) + "\r\n" for row in PEOPLE)


# ------------------------------------------------------------------ mutations


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(0, len(data))]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def rewrite_members(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    """The zip with each member's bytes passed through `change(name, bytes)`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info)),
                            compress_type=info.compress_type)
    return out.getvalue()


def far_cells(data: bytes, rng: random.Random) -> bytes:
    """Move a cell (XLSX) to a far column or row, or repeat one (ODS) over the sheet."""
    far = rng.choice(["XFD1048576", "CV1048576", "ZZ50000", "ALL9", "A1048576", "B600000"])

    def change(name: str, part: bytes) -> bytes:
        if name.startswith("xl/worksheets/"):
            refs = re.findall(rb'r="[A-Z]+\d+"', part)
            return part.replace(rng.choice(refs), f'r="{far}"'.encode(), 1) if refs else part
        if name == "content.xml":
            repeat = rng.choice([16384, 1024, 1_048_576, 600_000])
            attr = "number-columns-repeated" if rng.random() < 0.5 else "number-rows-repeated"
            tag = b"<table:table-cell " if attr.startswith("number-columns") \
                else b"<table:table-row"
            return part.replace(tag, tag + f' table:{attr}="{repeat}" '.encode(), 1)
        return part
    return rewrite_members(data, change)


def damage_xml(data: bytes, rng: random.Random) -> bytes:
    """Cut or garble one XML part inside an intact zip (calamine's "Cannot read …: c")."""
    def change(name: str, part: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")) or rng.random() < 0.5:
            return part
        where = rng.randrange(len(part))
        return rng.choice([part[:where], part[:where] + b"<c r=" + part[where:],
                           part.replace(b"</", b"<", 1), part + b"\x00garbage"])
    return rewrite_members(data, change)


def odd_text(text: str, rng: random.Random) -> bytes:
    """The CSV in an odd encoding, or with an odd twist."""
    choice = rng.randrange(9)
    if choice == 0:
        return codecs.BOM_UTF16_LE + text.replace(",", "\t").encode("utf-16-le")
    if choice == 1:
        return text.encode("utf-16-be")
    if choice == 2:
        return text.encode("utf-32")
    if choice == 3:
        return text.encode("cp1252", errors="replace")
    if choice == 4:
        return codecs.BOM_UTF8 + text.replace("\r\n", "\r").encode()
    if choice == 5:  # a quote left open: the rest of the file is one field
        return text.replace('"', "", 1).encode()
    if choice == 6:
        return text.encode() + b"\x00" * rng.randint(1, 4)
    if choice == 7:
        return text.encode()[:-1] + b'"' + b"x" * rng.choice([1000, 140_000])
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))


def cases(tmp: Path) -> Iterator[tuple[str, str, bytes]]:
    """(case id, file suffix, content), the same on every run."""
    rng = random.Random(SEED)
    bases = {".xlsx": xlsx_bytes(), ".ods": ods_bytes(tmp), ".csv": csv_text().encode(),
             ".xls": compound_file(biff_workbook([(r, c, r * 10.0 + c) for r in range(30)
                                                  for c in range(4)]))}
    for suffix, data in bases.items():
        mutations: list[Callable[[bytes, random.Random], bytes]] = [truncate, flip_bits]
        if suffix in (".xlsx", ".ods"):
            mutations += [far_cells, damage_xml]
        for n in range(CASES_PER_BASE):
            mutate = mutations[n % len(mutations)]
            yield f"{suffix[1:]}-{mutate.__name__}-{n}", suffix, mutate(data, rng)
    for n in range(CASES_PER_BASE):
        text = csv_text(rng.choice([",", ";", "\t"]))
        yield f"csv-odd_text-{n}", rng.choice([".csv", ".txt"]), odd_text(text, rng)


def people(database: Database) -> tuple[int, int]:
    with database.sessions() as session:
        return (session.scalar(select(func.count()).select_from(Participant)) or 0,
                session.scalar(select(func.count()).select_from(Organisation)) or 0)


def test_damaged_spreadsheets_give_a_message_or_a_clean_import(
        sqlite_database: Database, tmp_path: Path) -> None:
    database = sqlite_database
    with database.sessions() as session:
        event_id = make_event(session).id
        session.commit()
    outcomes: dict[str, int] = {"imported": 0, "refused": 0}
    for case, suffix, content in cases(tmp_path):
        path = tmp_path / f"{case}{suffix}"
        path.write_bytes(content)
        before = people(database)
        try:
            table = read_table(path)
            with database.sessions() as session:
                preview = prepare(session, event_id, table, detect(table.rows),
                                  on_duplicate="add")
                report = run_import(session, preview, skip_invalid=True)
                session.commit()
        except UserError as exc:
            message = str(exc)
            assert message and "\n" not in message and len(message) < 1000, (case, message)
            assert people(database) == before, case
            outcomes["refused"] += 1
        else:
            assert people(database)[0] == before[0] + report.added, case
            outcomes["imported"] += 1
        path.unlink()
    assert outcomes["imported"] > 20 and outcomes["refused"] > 50, outcomes


@pytest.mark.parametrize("name", ["bomb.xlsx", "expands.xlsx", "badxml.xlsx", "bomb.ods",
                                  "open-quote.csv", "photo.csv"])
def test_the_cli_refuses_hostile_files_with_exit_2_and_one_line(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from confdesk.cli import main
    from confdesk.db.database import open_database
    from tests.imports.hostile import (
        PEOPLE as XLSX_PEOPLE,
    )
    from tests.imports.hostile import (
        sheet_xml,
        write_expanding_xlsx,
        write_xlsx,
        xfd_bomb,
    )

    path = tmp_path / name
    if name == "bomb.xlsx":
        xfd_bomb(path)
    elif name == "expands.xlsx":
        write_expanding_xlsx(path, 300)
    elif name == "badxml.xlsx":
        write_xlsx(path, sheet_xml(XLSX_PEOPLE + '<row r="3"><c r="A3"><v>1</v></row>'))
    elif name == "bomb.ods":
        write_ods(path, ODS_PEOPLE + '<table:table-row table:number-rows-repeated="900000">'
                  + ods_cell("x", 5000) + "</table:table-row>")
    elif name == "open-quote.csv":
        path.write_text('Given name,Family name\n"Ana,' + "y" * 300_000, encoding="utf-8")
    else:
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    database = tmp_path / "db.sqlite"
    db = open_database(database)
    with db.sessions() as session:
        make_event(session)
        session.commit()
    db.close()
    code = main(["import", "participants", str(path), "--database", str(database)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"confdesk: {name}") and err.count("\n") == 1, err
    assert len(err) < 500 and "Traceback" not in err


def test_the_cli_quotes_long_cells_shortly(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A 30,000-character heading and country (a cell may hold 32,767) are not printed whole."""
    from confdesk.cli import main
    from confdesk.db.database import open_database

    path = tmp_path / "long.csv"
    path.write_text("Given name,Family name,Country," + "H" * 30_000 + "\n"
                    + "Ana,Ng," + "C" * 30_000 + ",x\n", encoding="utf-8")
    database = tmp_path / "db.sqlite"
    db = open_database(database)
    with db.sessions() as session:
        make_event(session)
        session.commit()
    db.close()
    code = main(["import", "participants", str(path), "--database", str(database)])
    out, err = capsys.readouterr()
    assert code == 1  # the unknown country makes the row invalid
    assert "unknown country" in out and "ignored columns: HHHH" in out
    assert max(len(line) for line in (out + err).splitlines()) < 400
