"""confdesk at the scale of a summit (issue 14): each command as a user runs it, beside a floor.

Not collected by pytest (no `test_` prefix) and not part of CI. Run it by hand:

    .venv/bin/python tests/benchmarks/bench_scale.py [--sizes 1000,20000,100000]
        [--repeat 3] [--keep DIR] [--markdown]

For each size, `confdesk demo FILE --participants N --sessions S --days 10 --rooms R` builds
a synthetic event (400 sessions at 20,000 people, 1,600 at 100,000); then every figure is
the best of `--repeat` runs of a fresh process (`python -m confdesk ...`, offscreen Qt), each
printed beside a floor run the same way in the same run on the same data, and their ratio:

- `--version` against `python -c pass`;
- start-up, from spawning the process to the first **paint** of the filled Participants list
  (CONFDESK_EXIT_AFTER_SHOW: an application event filter on the table's viewport), against a
  bare QTableView over the same rows read with sqlite3, timed the same way; with the peak
  memory of both (GNU time);
- `stats` and `check` against `python -c pass` (the start cost of a light command);
- `import participants` of a mission-style XLSX (title row, blank row, 10 columns, written by
  openpyxl write_only) into a copy of the database, against python-calamine's read of the file
  plus sqlite3 executemany of its rows into a table of 10 text columns, committed (the
  event's own people again, `--on-duplicate add --possible-duplicates add`; and, beside it,
  the same sheet with default options into a new event nobody is registered in yet), and
  beside them a bound: the same read, then the rows written as people with one audit entry
  each into the database's real tables, with nothing else done (what no import into this
  schema can go below);
- `export participants --format csv` against the csv module writing the same columns read
  with sqlite3;
- `export programme --format pdf` against a bare reportlab canvas writing each session's
  time, room, title and people as lines of text, pages filled one after another;
- `export programme --format xlsx|ics|frab` (`--only formats`) against the same sessions and
  people read with sqlite3 and written with openpyxl in write-only mode, as iCalendar text
  lines written by hand, and with ElementTree;
- `export badges` and `export participants` (PDF): peak memory (GNU time), no floor, the
  target being under 300 MB at 100,000 (up to `--memory-up-to` participants, default all).

Compile the sources first (`python -m compileall -q src`), and do not set
PYTHONDONTWRITEBYTECODE for the run: otherwise every process recompiles confdesk and the
figures measure the compiler (the script unsets it for its children). Absolute times vary by
±20-30 % from run to run on a shared machine; compare ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

GNU_TIME = "/usr/bin/time"
PYTHON = sys.executable
SESSIONS = {1000: 40, 20000: 400, 100000: 1600}
ROOMS = {1000: 4, 20000: 6, 100000: 8}

_FLOOR_WINDOW = r'''
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from confdesk.ui.first_paint import FirstPaint
SQL = """SELECT p.given_name || ' ' || p.family_name, o.name_en, p.country_code, p.category,
 p.status, p.function, p.email, p.code FROM participant p
 LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.sort_key, p.id"""
class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None
app = QApplication(sys.argv[:1])
rows = sqlite3.connect(sys.argv[1]).execute(SQL).fetchall()
window = QMainWindow()
view = QTableView()
view.setModel(Model(rows))
window.setCentralWidget(view)
window.resize(1100, 700)
app.installEventFilter(FirstPaint(app, window))
window.show()
app.exec()
'''

_FLOOR_IMPORT = r'''
import sqlite3, sys
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
con = sqlite3.connect(sys.argv[2])
con.execute("CREATE TABLE person (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT,"
            " h TEXT, i TEXT, j TEXT)")
con.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[str(v) for v in (list(r) + [""] * 10)[:10]] for r in rows[3:]])
con.commit()
'''

_BOUND_IMPORT = r'''
import json, sqlite3, sys
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()[3:]
con = sqlite3.connect(sys.argv[2])
# confdesk's own settings for an import (db/engine.py, imports/bulk.py)
con.execute("PRAGMA foreign_keys=ON")
con.execute("PRAGMA synchronous=NORMAL")
con.execute("PRAGMA cache_size=-65536")
first = con.execute("SELECT coalesce(max(id), 0) + 1 FROM participant").fetchone()[0]
event = con.execute("SELECT min(id) FROM event").fetchone()[0]
now = "2026-12-04 05:00:00.000000"
people, trail = [], []
for i, r in enumerate(rows):
    r = [str(v) for v in (list(r) + [""] * 10)[:10]]
    pid, code = first + i, f"~{i:07d}"
    people.append((pid, event, code, r[0], r[1], r[2], 0, r[3], None, "member", "delegate",
                   "registered", None, r[6], r[7], "", r[9], "", None, None,
                   (r[2] + " " + r[1]).casefold(), " ".join(r).casefold(), 1, now, now, 0))
    trail.append((now, "bench", "desk", event, "participant", pid, f"{r[1]} {r[2]} ({code})",
                  "", None, "insert", "Import of a sheet", json.dumps(
                      {"given_name": [None, r[1]], "family_name": [None, r[2]],
                       "email": [None, r[6]], "country_code": [None, r[5]],
                       "category": [None, "delegate"], "status": [None, "registered"],
                       "delegation_role": [None, "member"], "organisation_id": [None, None],
                       "code": [None, code], "event_id": [None, event]}, ensure_ascii=False)))
con.executemany("INSERT INTO participant VALUES (" + ", ".join("?" * 26) + ")", people)
con.executemany("INSERT INTO audit_entries (at, person, desk, event_id, entity_kind, entity_id,"
                " entity_label, owner_kind, owner_id, operation, action, changes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", trail)
con.commit()
'''

_FLOOR_CSV = r'''
import csv, sqlite3, sys
SQL = """SELECT p.code, p.honorific, p.given_name, p.family_name, o.name_en, p.country_code,
 p.category, p.status, p.function, p.email, p.phone FROM participant p
 LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.sort_key, p.id"""
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["code", "honorific", "given", "family", "organisation", "country",
                     "category", "status", "function", "email", "phone"])
    writer.writerows(sqlite3.connect(sys.argv[1]).execute(SQL))
'''

_FLOOR_PROGRAMME = r'''
import sqlite3, sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from confdesk.exports.pdf import fonts
fonts.register_fonts()
con = sqlite3.connect(sys.argv[1])
people = {}
for sid, given, family in con.execute(
        "SELECT r.session_id, p.given_name, p.family_name FROM session_role r"
        " JOIN participant p ON p.id = r.participant_id ORDER BY r.session_id, r.position"):
    people.setdefault(sid, []).append(f"{given} {family}")
c = canvas.Canvas(sys.argv[2], pagesize=A4, initialFontName=fonts.SANS)
width, height = A4
y = height - 50
for sid, day, start, end, title, room in con.execute(
        "SELECT s.id, s.day, s.start_time, s.end_time, s.title, r.name FROM session s"
        " LEFT JOIN room r ON r.id = s.room_id ORDER BY s.day, s.start_time, r.position"):
    lines = [(fonts.SANS_BOLD, f"{day} {start[:5]}-{end[:5]}  {room}  {title}"),
             (fonts.SANS, ", ".join(people.get(sid, [])))]
    for font, text in lines:
        if y < 50:
            c.showPage()
            y = height - 50
        c.setFont(font, 9)
        c.drawString(40, y, text[:150])
        y -= 12
    y -= 6
c.save()
'''

#: The other programme formats' floors: the sessions and their people read with sqlite3 as
#: the PDF's floor reads them, written by the same library confdesk uses, in its plainest
#: way: XLSX with openpyxl in write-only mode (all sessions, then one sheet per day), frab
#: XML with ElementTree, iCalendar as text lines written by hand (confdesk uses icalendar).
_FLOOR_FORMAT_READ = r'''
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
people = {}
for sid, given, family in con.execute(
        "SELECT r.session_id, p.given_name, p.family_name FROM session_role r"
        " JOIN participant p ON p.id = r.participant_id ORDER BY r.session_id, r.position"):
    people.setdefault(sid, []).append(f"{given} {family}")
SESSIONS = [(sid, day, start[:5], end[:5], kind, title, room or "", "\n".join(people.get(sid, [])))
            for sid, day, start, end, kind, title, room in con.execute(
        "SELECT s.id, s.day, s.start_time, s.end_time, s.kind, s.title, r.name FROM session s"
        " LEFT JOIN room r ON r.id = s.room_id ORDER BY s.day, s.start_time, r.position")]
'''
_FLOOR_FORMATS = {
    "xlsx": _FLOOR_FORMAT_READ + r'''
from openpyxl import Workbook
wb = Workbook(write_only=True)
days = {}
for s in SESSIONS:
    days.setdefault(s[1], []).append(s)
for title, rows in [("All sessions", SESSIONS)] + list(days.items()):
    sheet = wb.create_sheet(title)
    sheet.append(["Day", "Start", "End", "Kind", "Title", "Room", "People"])
    for s in rows:
        sheet.append(list(s[1:]))
wb.save(sys.argv[2])
''',
    "frab": _FLOOR_FORMAT_READ + r'''
import xml.etree.ElementTree as ET
root = ET.Element("schedule")
days = {}
for s in SESSIONS:
    day = days.get(s[1])
    if day is None:
        day = days[s[1]] = ET.SubElement(root, "day", date=s[1])
    event = ET.SubElement(day, "event", id=str(s[0]))
    for name, value in (("start", s[2]), ("room", s[6]), ("title", s[5]), ("type", s[4])):
        ET.SubElement(event, name).text = value
    persons = ET.SubElement(event, "persons")
    for person in s[7].split("\n"):
        ET.SubElement(persons, "person").text = person
ET.ElementTree(root).write(sys.argv[2], encoding="utf-8", xml_declaration=True)
''',
    "ics": _FLOOR_FORMAT_READ + r'''
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//floor//EN\r\n")
    for sid, day, start, end, kind, title, room, names in SESSIONS:
        d = day.replace("-", "")
        t0, t1 = start.replace(":", ""), end.replace(":", "")
        out.write(f"BEGIN:VEVENT\r\nUID:{sid}@floor\r\nDTSTART:{d}T{t0}00\r\n"
                  f"DTEND:{d}T{t1}00\r\nSUMMARY:{title}\r\nLOCATION:{room}\r\n"
                  f"DESCRIPTION:{names.replace(chr(10), ', ')}\r\nEND:VEVENT\r\n")
    out.write("END:VCALENDAR\r\n")
''',
}


@dataclass
class Figure:
    label: str
    value: float
    floor: float | None
    unit: str
    note: str

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


FIGURES: list[tuple[int, Figure]] = []


def report(size: int, label: str, value: float, floor: float | None = None,
           unit: str = "s", note: str = "") -> None:
    figure = Figure(label, value, floor, unit, note)
    FIGURES.append((size, figure))
    shown = f"{floor:9.3f} {unit}" if floor is not None else " " * 11
    ratio = f"×{figure.ratio:5.2f}" if figure.ratio is not None else " " * 6
    print(f"  {label:<44} {value:9.3f} {unit}  {shown}  {ratio}  {note}", flush=True)


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONFDESK_EXIT_AFTER_SHOW="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(command: list[str], env: dict[str, str], *, painted: bool = False,
        ok: tuple[int, ...] = (0,), timeout: float = 900
        ) -> tuple[float, float | None, float | None]:
    """Seconds `command` took (to its "window shown" line when `painted`), its peak memory
    in MB and its processor time (user + system, seconds) when GNU time is there."""
    wrapped = ([GNU_TIME, "-f", "maxrss %M cpu %U %S", *command] if Path(GNU_TIME).exists()
               else command)
    began = time.time()
    done = subprocess.run(wrapped, env=env, capture_output=True, text=True, timeout=timeout)
    ended = time.time()
    if done.returncode not in ok:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n"
                         f"{done.stdout[-2000:]}{done.stderr[-2000:]}")
    if painted:
        shown = [line for line in done.stdout.splitlines()
                 if line.startswith("confdesk: window shown at")]
        if not shown:
            raise SystemExit(f"no paint reported: {' '.join(command)}\n{done.stdout}")
        ended = float(shown[0].split()[4])
    peak = [line.split() for line in done.stderr.splitlines() if line.startswith("maxrss ")]
    if not peak:
        return ended - began, None, None
    return ended - began, int(peak[-1][1]) / 1024, float(peak[-1][3]) + float(peak[-1][4])


def best(command: list[str], env: dict[str, str], repeat: int, *, painted: bool = False,
         before: object = None, ok: tuple[int, ...] = (0,)
         ) -> tuple[float, float | None, float | None]:
    """Best wall time of `repeat` runs, the highest peak memory, the least processor time."""
    runs = []
    for _ in range(repeat):
        if callable(before):
            before()
        runs.append(run(command, env, painted=painted, ok=ok))
    return (min(t for t, _, _ in runs), max((m for _, m, _ in runs if m is not None), default=None),
            min((c for _, _, c in runs if c is not None), default=None))


def confdesk(*words: str) -> list[str]:
    return [PYTHON, "-m", "confdesk", *words]


def write_registrations(database: Path, path: Path) -> int:
    """A mission-style sheet of the event's people: title row, blank row, headings."""
    import sqlite3

    from openpyxl import Workbook

    rows = sqlite3.connect(database).execute(
        "SELECT p.honorific, p.given_name, p.family_name, p.function, o.name_en,"
        " p.country_code, p.email, p.phone, p.category, p.dietary_needs FROM participant p"
        " LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id").fetchall()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Registrations")
    sheet.append(["Registrations received by the secretariat"])
    sheet.append([])
    sheet.append(["Title", "First name", "Surname", "Function", "Organisation", "Country",
                  "E-mail", "Phone", "Category", "Diet"])
    for row in rows:
        sheet.append([("" if v is None else v) for v in row])
    workbook.save(path)
    return len(rows)


MEASURES = ("version", "start", "light", "import", "csv", "programme", "formats", "memory")


def bench_size(size: int, folder: Path, repeat: int, memory_up_to: int,
               only: frozenset[str] = frozenset(MEASURES), reuse: bool = False) -> None:
    env = environment(folder)
    database = folder / f"scale-{size}.sqlite"
    sessions, rooms = SESSIONS.get(size, max(1, size // 50)), ROOMS.get(size, 6)
    if reuse and database.exists():
        took = 0.0
    else:
        took, _, _ = run(confdesk("demo", str(database), "--force", "--participants",
                                  str(size), "--sessions", str(sessions), "--days", "10",
                                  "--rooms", str(rooms)), env)
    print(f"\n{size:,} participants, {sessions:,} sessions ({rooms} rooms, 10 days); "
          f"generated in {took:.1f} s", flush=True)
    print(f"  {'measure':<44} {'confdesk':>11}  {'floor':>11}  {'ratio':>6}  note")
    nothing, _, nothing_cpu = best([PYTHON, "-c", "pass"], env, repeat)
    if size == min(SIZES) and "version" in only:
        version, _, cpu = best(confdesk("--version"), env, repeat)
        report(size, "confdesk --version", version, nothing,
               note="floor: python -c pass" + cpu_note(cpu, nothing_cpu))
        shown, _, cpu = best(confdesk("--help"), env, repeat)
        report(size, "confdesk --help", shown, nothing,
               note="floor: python -c pass" + cpu_note(cpu, nothing_cpu))
    if "start" in only:
        bench_start(size, database, env, repeat)
    if "light" in only:
        bench_light(size, database, env, repeat, nothing, nothing_cpu)
    if "import" in only:
        bench_import(size, folder, database, env, repeat)
    if "csv" in only:
        bench_csv(size, folder, database, env, repeat)
    if "programme" in only:
        bench_programme(size, folder, database, env, repeat, sessions)
    if "formats" in only:
        bench_formats(size, folder, database, env, repeat, sessions)
    if "memory" in only and size <= memory_up_to:
        bench_memory(size, folder, database, env)


def bench_start(size: int, database: Path, env: dict[str, str], repeat: int) -> None:
    floor, floor_mb, floor_cpu = best([PYTHON, "-c", _FLOOR_WINDOW, str(database)], env,
                                      repeat, painted=True)
    start, start_mb, cpu = best(confdesk("--database", str(database)), env, repeat,
                                painted=True)
    report(size, "start-up to the painted list", start, floor,
           note="floor: bare QTableView over sqlite3 rows, to its first paint"
           + cpu_note(cpu, floor_cpu))
    if start_mb is not None and floor_mb is not None:
        report(size, "  peak memory of that process", start_mb, floor_mb, unit="MB")


def bench_light(size: int, database: Path, env: dict[str, str], repeat: int,
                nothing: float, nothing_cpu: float | None) -> None:
    for words in (("stats",), ("check",)):
        # `check` exits with 1 when it finds something to report
        took, _, cpu = best(confdesk(*words, "--database", str(database)), env, repeat,
                            ok=(0, 1))
        report(size, f"confdesk {' '.join(words)}", took, nothing,
               note="floor: python -c pass" + cpu_note(cpu, nothing_cpu))


def bench_import(size: int, folder: Path, database: Path, env: dict[str, str],
                 repeat: int) -> None:
    xlsx = folder / f"registrations-{size}.xlsx"
    count = write_registrations(database, xlsx)
    copy = folder / "import-target.sqlite"
    scratch = folder / "floor.sqlite"

    def fresh_copy() -> None:
        shutil.copyfile(database, copy)

    def fresh_scratch() -> None:
        scratch.unlink(missing_ok=True)

    floor, _, floor_cpu = best([PYTHON, "-c", _FLOOR_IMPORT, str(xlsx), str(scratch)], env,
                               repeat, before=fresh_scratch)
    took, _, cpu = best(confdesk("import", "participants", "--database", str(copy),
                            "--skip-invalid", "--on-duplicate", "add",
                            "--possible-duplicates", "add", str(xlsx)),
                   env, repeat, before=fresh_copy)
    report(size, f"import {count:,}-row XLSX", took, floor,
           note="floor: calamine read + sqlite3 executemany + commit"
           + cpu_note(cpu, floor_cpu))
    # Not a floor, a bound: the same read, then each row written as a person of twenty-six
    # columns into confdesk's own table (its indexes and unique code) with one audit entry
    # each, with confdesk's SQLite settings and no other work at all (no checks, no
    # duplicates, no report, no SQLAlchemy). No import into this schema can cost less.
    bound, _, bound_cpu = best([PYTHON, "-c", _BOUND_IMPORT, str(xlsx), str(copy)], env,
                               repeat, before=fresh_copy)
    report(size, "  its writes alone (a bound, not confdesk)", bound, floor,
           note="calamine + people and audit entries into the real tables"
           + cpu_note(bound_cpu, floor_cpu))
    # The everyday case beside it: the same sheet, default options, into an event of the
    # same database where nobody is registered yet (every row added, none a duplicate of
    # someone registered); same floor.
    template = folder / "import-empty-event.sqlite"
    shutil.copyfile(database, template)
    created = subprocess.run(confdesk("event", "create", "--database", str(template),
                                      "--title", "Second session", "--start", "2027-01-10",
                                      "--end", "2027-01-12"),
                             env=env, check=True, capture_output=True, text=True)
    event_id = created.stdout.split()[-1]

    def fresh_empty_event() -> None:
        shutil.copyfile(template, copy)

    took, _, cpu = best(confdesk("import", "participants", "--database", str(copy),
                                 "--event", event_id, str(xlsx)),
                        env, repeat, before=fresh_empty_event)
    report(size, "  the same into an event nobody is in yet", took, floor,
           note="same floor; default options" + cpu_note(cpu, floor_cpu))


def bench_csv(size: int, folder: Path, database: Path, env: dict[str, str],
              repeat: int) -> None:
    csv_file = folder / "participants.csv"
    floor, _, floor_cpu = best([PYTHON, "-c", _FLOOR_CSV, str(database), str(csv_file)], env,
                               repeat)
    took, _, cpu = best(confdesk("export", "participants", "--database", str(database),
                                 "--format", "csv", "-o", str(csv_file)), env, repeat)
    report(size, "export participants CSV", took, floor,
           note="floor: csv module" + cpu_note(cpu, floor_cpu))


def bench_programme(size: int, folder: Path, database: Path, env: dict[str, str],
                    repeat: int, sessions: int) -> None:
    pdf = folder / "programme.pdf"
    floor, _, floor_cpu = best([PYTHON, "-c", _FLOOR_PROGRAMME, str(database), str(pdf)], env,
                               repeat)
    floor_pages = _pages(pdf)
    took, _, cpu = best(confdesk("export", "programme", "--database", str(database),
                                 "--format", "pdf", "--output", str(pdf)), env, repeat)
    report(size, f"export programme PDF ({sessions:,} sessions)", took, floor,
           note=f"{_pages(pdf)} pages; floor: canvas lines, {floor_pages} pages"
           + cpu_note(cpu, floor_cpu))


def bench_formats(size: int, folder: Path, database: Path, env: dict[str, str],
                  repeat: int, sessions: int) -> None:
    """The programme's other formats (`export programme --format F`) beside their floors."""
    for name, suffix in (("xlsx", "xlsx"), ("ics", "ics"), ("frab", "xml")):
        target = folder / f"programme.{suffix}"
        floor, _, floor_cpu = best([PYTHON, "-c", _FLOOR_FORMATS[name], str(database),
                                    str(target)], env, repeat)
        took, _, cpu = best(confdesk("export", "programme", "--database", str(database),
                                     "--format", name, "--output", str(target)), env, repeat)
        library = {"xlsx": "openpyxl write-only", "ics": "text lines",
                   "frab": "ElementTree"}[name]
        report(size, f"export programme {name} ({sessions:,} sessions)", took, floor,
               note=f"floor: {library}" + cpu_note(cpu, floor_cpu))


def bench_memory(size: int, folder: Path, database: Path, env: dict[str, str]) -> None:
    for label, words in (("badges", ("export", "badges", "-o", str(folder / "badges.pdf"))),
                         ("participants list PDF",
                          ("export", "participants", "-o", str(folder / "list.pdf")))):
        # 100,000 badges take 5 minutes of processor time (far more on a shared machine)
        took, peak, cpu = run(confdesk(*words, "--database", str(database)), env,
                              timeout=7200)
        if peak is not None:
            report(size, f"export {label}: peak memory", peak, None, unit="MB",
                   note=f"{took:.1f} s, CPU {cpu or 0:.1f} s (target: under 300 MB)")


def cpu_note(cpu: float | None, floor: float | None) -> str:
    """Processor time beside the floor's: on a machine shared with other work, wall time
    also counts the time the process waited for a core."""
    if cpu is None or not floor:
        return ""
    return f"; CPU {cpu:.2f} s vs {floor:.2f} s (×{cpu / floor:.1f})"


def _pages(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False)
    found = [line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")]
    return found[0] if found else "?"


def markdown() -> str:
    lines = ["| size | measure | confdesk | floor | ratio | note |",
             "| ---: | --- | ---: | ---: | ---: | --- |"]
    for size, f in FIGURES:
        floor = f"{f.floor:.2f} {f.unit}" if f.floor is not None else ""
        ratio = f"×{f.ratio:.1f}" if f.ratio is not None else ""
        lines.append(f"| {size:,} | {f.label.strip()} | {f.value:.2f} {f.unit} | {floor} | "
                     f"{ratio} | {f.note} |")
    return "\n".join(lines)


SIZES: list[int] = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,20000,100000",
                        help="numbers of participants, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    parser.add_argument("--memory-up-to", type=int, default=100000, metavar="N",
                        help="write badges and the list PDF (for their peak memory) up to this "
                        "many participants only (default 100000; 100,000 badges take about "
                        "5 minutes of processor time: 20000 skips them)")
    parser.add_argument("--only", default=",".join(MEASURES),
                        help="comma-separated measures to run, of: " + ", ".join(MEASURES))
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: use the databases already generated there")
    args = parser.parse_args()
    only = frozenset(w.strip() for w in args.only.split(",") if w.strip())
    unknown = only - set(MEASURES)
    if unknown:
        parser.error("unknown measure(s): " + ", ".join(sorted(unknown)))
    SIZES[:] = [int(s) for s in args.sizes.split(",")]
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}; best of {args.repeat}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in SIZES:
            bench_size(size, folder, args.repeat, args.memory_up_to, only,
                       args.reuse and args.keep is not None)
    if args.markdown:
        print("\n" + markdown())


if __name__ == "__main__":
    main()
