"""Benchmark of confdesk at 20,000 participants, through the window, each figure beside its floor.

Not collected by pytest (no `test_` prefix). Run it by hand (about one minute here):

    .venv/bin/python tests/benchmarks/bench_participants.py [--participants 20000]
        [--badges N] [--repeat 3] [--keep DIR] [--markdown]

Every floor is measured in the same run, on the same data, so the ratio is what to compare
between machines (absolute times vary by ±20-30 % from run to run):

- start-up: `confdesk --database FILE` on the offscreen platform with CONFDESK_EXIT_AFTER_SHOW=1
  (quits at the first paint of the filled Participants list) against a Python process that
  shows an empty QMainWindow and quits after the first event-loop turn (bench_scale.py
  measures start-up against a bare table over the same rows, to its first paint, instead);
- search: text typed into the Participants list until its table model has reset and the view
  repainted, against a plain Python loop over the same 20,000 folded strings;
- sort: a click on a column heading until the model reset and the view repainted, against
  `sorted()` of the same keys, computed beforehand;
- import of a 20,000-row XLSX (written by openpyxl write_only) into a new event, against
  python-calamine's bare read of the file;
- badges PDF, against a bare reportlab canvas loop drawing the same badges (band, texts at
  fixed sizes, segno QR as one path, cut marks) with none of the fitting;
- peak memory (ru_maxrss) of this process against its size once Qt is up and of the start-up
  subprocess against the empty window's.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import segno
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from python_calamine import CalamineWorkbook
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from sqlalchemy import select

from confdesk.db.database import open_database
from confdesk.demo.synthetic import generate_event
from confdesk.events.models import Event
from confdesk.exports.pdf import badges as badge_pdf
from confdesk.exports.pdf import fonts
from confdesk.imports.mapping import detect
from confdesk.imports.participants import prepare, run_import
from confdesk.imports.tables import read_table
from confdesk.registration import names
from confdesk.registration.models import Participant
from confdesk.registration.queries import _COLUMNS, SORT_KEYS, ParticipantRow
from confdesk.registration.service import RegistrationService
from confdesk.ui.participants.list_page import SEARCH_DELAY_MS, ListPage
from confdesk.ui.participants.table_model import COLUMNS, ScreenRowStore

T = TypeVar("T")
SEARCHES = ("s", "sao", "thorbjorn", "united states", "zzzz")
#: Seconds the headless start-up waits at most before it counts as hung.
STARTUP_TIMEOUT = 120
#: GNU time (Debian's `time` package) measures the start-up subprocesses' peak memory.
GNU_TIME = "/usr/bin/time"


@dataclass
class Figure:
    """One line of the table: what confdesk took beside its floor."""

    label: str
    value: float
    floor: float | None = None
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


FIGURES: list[Figure] = []


def report(label: str, value: float, floor: float | None = None, unit: str = "ms",
           note: str = "") -> None:
    """Record a figure (seconds are given, milliseconds shown) and print its line at once."""
    scale = 1000.0 if unit == "ms" else 1.0
    figure = Figure(label, value * scale, None if floor is None else floor * scale, unit, note)
    FIGURES.append(figure)
    print(_line(figure), flush=True)


def _line(f: Figure) -> str:
    floor = f"{f.floor:10.1f} {f.unit}" if f.floor is not None else " " * 13
    ratio = f"{f.ratio:6.2f}" if f.ratio is not None else " " * 6
    return f"{f.label:<40} {f.value:10.1f} {f.unit}  {floor}  {ratio}  {f.note}"


def timed(action: Callable[[], T], repeat: int = 1) -> tuple[T, float]:
    """Result of `action` and its best time in seconds over `repeat` runs."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - began)
    return result, best


def max_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------------------ start-up

_EMPTY_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def shown():
    print(f"confdesk: window shown at {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _startup(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from spawning `command` to its "window shown" line, and its peak memory (MB).

    GNU time reports the peak: a child forked from this large process and reaped here would
    report this process's size, which Linux keeps across exec. Without it: no memory figure.
    """
    wrapped = [GNU_TIME, "-f", "maxrss %M", *command] if Path(GNU_TIME).exists() else command
    began = time.time()
    try:
        done = subprocess.run(wrapped, env=env, capture_output=True, text=True,
                              timeout=STARTUP_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit(f"start-up hung: {' '.join(command)}") from None
    shown = [line for line in done.stdout.splitlines()
             if line.startswith("confdesk: window shown at")]
    peak = [line for line in done.stderr.splitlines() if line.startswith("maxrss ")]
    if done.returncode != 0 or not shown:
        raise SystemExit(f"start-up failed ({done.returncode}): {' '.join(command)}\n"
                         f"{done.stdout}{done.stderr}")
    rss = int(peak[-1].split()[1]) / 1024 if peak else None
    return float(shown[0].rsplit(" ", 1)[1]) - began, rss


def _import_time(env: dict[str, str]) -> float:
    """Seconds a fresh interpreter spends importing what `confdesk` imports before its window."""
    code = ("import time; t = time.perf_counter(); import confdesk.cli, confdesk.app; "
            "print(time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True)
    return float(done.stdout.split()[-1])


def bench_startup(database: Path, home: Path, repeat: int) -> None:
    """Start-up to a usable main window, beside a process showing an empty QMainWindow."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONFDESK_EXIT_AFTER_SHOW="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"))
    confdesk = Path(sys.executable).with_name("confdesk")
    app_command = ([str(confdesk)] if confdesk.exists()
                   else [sys.executable, "-m", "confdesk"]) + ["--database", str(database)]
    floor_runs = [_startup([sys.executable, "-c", _EMPTY_WINDOW], env) for _ in range(repeat)]
    app_runs = [_startup(app_command, env) for _ in range(repeat)]
    floor = min(t for t, _ in floor_runs)
    took = min(t for t, _ in app_runs)
    report("start-up to the window on the database", took, floor,
           note=f"best of {repeat}; floor: an empty QMainWindow")
    imports = min(_import_time(env) for _ in range(repeat))
    report("  of which importing confdesk's modules", imports, None,
           note="import confdesk.cli, confdesk.app in a fresh interpreter")
    app_rss, floor_rss = app_runs[-1][1], floor_runs[-1][1]
    if app_rss is not None and floor_rss is not None:
        report("  peak memory of that process", app_rss, floor_rss, unit="MB",
               note="floor: the empty window's")


# ------------------------------------------------------------------------------ list view

class ListView:
    """The Participants list page as the window shows it, shown offscreen at 1200 × 700."""

    def __init__(self, event_id: int) -> None:
        self.store = ScreenRowStore(event_id)
        self.page = ListPage(self.store)
        self.page.resize(1200, 700)
        self.page.show()
        self.model = self.page.model
        self.table = self.page.table
        self.through = "the Participants list page (ListPage)"
        QApplication.processEvents()

    def repaint(self) -> None:
        """Paint the visible rows now, as the view does on the next event-loop turn."""
        self.table.viewport().repaint()

    def search(self, text: str) -> float:
        """Seconds from typing `text` to a reset model and repainted view, leaving out the
        page's pause after the last keystroke: the work the keystroke and the page's
        debounce timer set off, run at once."""
        resets: list[None] = []

        def reset() -> None:
            resets.append(None)

        self.model.modelReset.connect(reset)
        began = time.perf_counter()
        self.page.search.setText(text)  # the keystroke: starts the debounce timer
        self.page.apply_filter()  # what the timer runs when it fires
        self.repaint()
        took = time.perf_counter() - began
        self.model.modelReset.disconnect(reset)
        if not resets:
            raise SystemExit(f"the list did not reset after typing {text!r}")
        return took

    @property
    def debounce(self) -> float:
        """The pause after the last keystroke before the page filters, in seconds."""
        return SEARCH_DELAY_MS / 1000

    def sort(self, column: int, descending: bool) -> float:
        """Seconds from a click on a heading to the re-sorted view."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        began = time.perf_counter()
        self.table.sortByColumn(column, order)
        self.repaint()
        return time.perf_counter() - began


def bench_list(database: Path, event_id: int, repeat: int) -> list[ParticipantRow]:
    """Load, search and sort through the Participants list; returns the rows, by name."""
    db = open_database(database)
    view = ListView(event_id)
    print(f"  (measured through {view.through})")
    with db.sessions() as session:
        _, floor = timed(lambda: session.execute(
            select(*(getattr(Participant, name) for name in _COLUMNS))
            .where(Participant.event_id == event_id)).all(), repeat)

        def load() -> None:
            view.model.load(RegistrationService(db, event_id), "en")
            view.repaint()

        _, took = timed(load, repeat)
    report("load the list (model reset + paint)", took, floor,
           note="floor: bare SELECT of the same columns")
    rows = list(view.model.rows)
    haystacks = [row.haystack for row in rows]
    _, paint = timed(view.repaint, repeat)
    report("  of which painting the visible rows", paint, None,
           note="in every search and sort figure below too")
    print(f"  (search times below leave out the list's {view.debounce * 1000:.0f} ms "
          "pause after the last keystroke, which a typist waits on top)")

    def bare_search(words: list[str]) -> list[str]:
        return [h for h in haystacks if all(w in h for w in words)]

    for text in SEARCHES:
        shown, floor = timed(partial(bare_search, names.fold(text).split()), repeat)
        times = []
        for _ in range(repeat):
            times.append(view.search(text))
            view.search("")  # back to everyone, as after clearing the field
        took = min(times)
        report(f"search {text!r}", took, floor, note=f"{len(shown):,} rows shown")
    for index, (column, _title) in enumerate(COLUMNS):
        keys = [SORT_KEYS[column](row) for row in rows]
        _, floor = timed(partial(sorted, keys, reverse=True), repeat)
        took = min(view.sort(index, descending=True) for _ in range(repeat))
        report(f"sort by {column}", took, floor, note="floor: sorted() of the keys")
    view.sort(0, descending=False)
    db.close()
    return rows


# ------------------------------------------------------------------------------ import

_HEADINGS = ("Title", "First name", "Surname", "Function", "Organisation", "Country",
             "E-mail", "Phone", "Category", "Diet")


def write_registrations(path: Path, rows: list[ParticipantRow]) -> None:
    """A mission-style sheet: a title row, a blank row, then headings and one row each."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Registrations")
    sheet.append(["Registrations received by the secretariat"])
    sheet.append([])
    sheet.append(list(_HEADINGS))
    for r in rows:
        sheet.append([r.honorific, r.given_name, r.family_name, r.function, r.organisation_name,
                      r.country_name, r.email, r.phone, r.category, r.dietary_needs])
    workbook.save(path)


def bench_import(database: Path, event_id: int, rows: list[ParticipantRow], out: Path,
                 repeat: int) -> None:
    """Import the rows, written as an XLSX, into a new event of the same database."""
    xlsx = out / "registrations.xlsx"
    _, took = timed(lambda: write_registrations(xlsx, rows))
    print(f"  (wrote {len(rows):,} rows with openpyxl write_only in {took:.1f} s)")
    _, floor = timed(lambda: CalamineWorkbook.from_path(str(xlsx))
                     .get_sheet_by_index(0).to_python(), repeat)
    db = open_database(database)
    with db.sessions() as session:
        template = session.get(Event, event_id)
        assert template is not None
        target = Event(title="Import target", start_date=template.start_date,
                       end_date=template.end_date)
        session.add(target)
        session.flush()
        began = time.perf_counter()
        table, t_read = timed(lambda: read_table(xlsx))
        preview, t_prepare = timed(lambda: prepare(session, target.id, table, detect(table.rows)))
        result, t_run = timed(lambda: run_import(session, preview, skip_invalid=True))
        _, t_commit = timed(session.commit)
        whole = time.perf_counter() - began
    db.close()
    report(f"import {len(rows):,}-row XLSX, whole", whole, floor,
           note=f"added {result.added:,}, skipped {len(result.skipped):,}")
    report("  read the sheet", t_read, floor, note="floor: python-calamine's bare read")
    report("  preview (mapping, checks, duplicates)", t_prepare, floor)
    report("  insert and commit", t_run + t_commit, floor)


# ------------------------------------------------------------------------------ badges

def bare_badges(path: Path, badges: list[badge_pdf.Badge]) -> int:
    """The floor: the same badges on a bare canvas, texts at fixed sizes, QR as one path."""
    fonts.register_fonts()
    c = rl_canvas.Canvas(str(path), initialFontName=fonts.SANS, pageCompression=1)
    width, height = badge_pdf.WIDTH, badge_pdf.HEIGHT
    qr = badge_pdf.QR_SIZE
    pages = 0
    for start in range(0, len(badges), 10):
        for i, b in enumerate(badges[start:start + 10]):
            x = badge_pdf.MARGIN_X + (i % 2) * width
            y = badge_pdf.MARGIN_Y + (4 - i // 2) * height
            c.setFillColor(colors.HexColor(b.colour))
            c.rect(x, y + height - badge_pdf.BAND, width, badge_pdf.BAND, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(fonts.SANS_BOLD, 9)
            c.drawString(x + 8, y + height - 16, b.category_label)
            c.setFont(fonts.SANS, 8)
            c.drawRightString(x + width - 8, y + height - 16, b.event_name)
            c.setFillColor(colors.black)
            c.setFont(fonts.SANS_BOLD, 18)
            c.drawCentredString(x + width / 2, y + 90, b.name)
            c.setFont(fonts.SANS_BOLD, 10.5)
            c.drawString(x + 8, y + 40, b.organisation)
            c.setFont(fonts.SANS, 9.5)
            c.drawString(x + 8, y + 28, b.country)
            c.setFillColor(colors.grey)
            c.setFont(fonts.SANS, 7)
            c.drawString(x + 8, y + 8, b.code)
            matrix = segno.make(b.code, error="m", micro=False, mask=0).matrix
            module = qr / len(matrix)
            path_ = c.beginPath()
            for r, line in enumerate(matrix):
                run = 0
                for col, dark in enumerate((*line, 0)):
                    if dark:
                        run += 1
                    elif run:
                        path_.rect(x + width - 10 - qr + (col - run) * module,
                                   y + 10 + qr - (r + 1) * module, run * module, module)
                        run = 0
            c.setFillColor(colors.black)
            c.drawPath(path_, stroke=0, fill=1)
        c.setLineWidth(0.3)
        for k in range(3):
            xk = badge_pdf.MARGIN_X + k * width
            c.line(xk, 10, xk, 24)
            c.line(xk, 818, xk, 832)
        for k in range(6):
            yk = badge_pdf.MARGIN_Y + k * height
            c.line(10, yk, 24, yk)
            c.line(571, yk, 585, yk)
        c.showPage()
        pages += 1
    c.save()
    return pages


def bench_badges(rows: list[ParticipantRow], count: int, out: Path) -> None:
    """Badges for `count` people (a sample spread over the list when fewer than all)."""
    sample = rows if count >= len(rows) else random.Random(2).sample(rows, count)
    badges = badge_pdf.badges_from_rows(sample, "Synthetic benchmark conference")
    scale = len(rows) / len(badges)
    _, floor = timed(lambda: bare_badges(out / "bare-badges.pdf", badges))
    pages, took = timed(lambda: badge_pdf.write_badges(out / "badges.pdf", badges))
    note = f"{pages:,} pages, {pages / took:.0f} pages/s"
    if scale != 1:
        note += f"; {len(badges):,} drawn, times × {scale:.1f}"
    report(f"badges PDF for {len(rows):,}", took * scale, floor * scale, note=note)


# ------------------------------------------------------------------------------ main

def _amount(value: float, unit: str) -> str:
    return f"{value:,.1f} {unit}" if value < 10 else f"{value:,.0f} {unit}"


def print_markdown() -> None:
    """The figures as a Markdown table, for the README."""
    print("\n| measure | confdesk | floor | ratio | note |\n| --- | ---: | ---: | ---: | --- |")
    for f in FIGURES:
        label = f"↳ {f.label.strip()}" if f.label.startswith(" ") else f.label
        floor = _amount(f.floor, f.unit) if f.floor is not None else ""
        ratio = f"{f.ratio:.1f}" if f.ratio is not None else ""
        print(f"| {label} | {_amount(f.value, f.unit)} | {floor} | {ratio} | {f.note} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=20000)
    parser.add_argument("--badges", type=int, default=None,
                        help="draw this many badges and extrapolate (default: everyone)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N for short figures")
    parser.add_argument("--keep", type=Path, help="write the database and files here")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    baseline = max_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        database = out / "bench.sqlite"
        database.unlink(missing_ok=True)
        db = open_database(database)
        with db.sessions() as session:
            event, took = timed(lambda: generate_event(
                session, participants=args.participants, sessions=40, days=2, rooms=4))
            session.commit()
            event_id = event.id
        db.close()
        print(f"{args.participants:,} participants generated in {took:.1f} s; "
              f"{os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
        print(f"{'measure':<40} {'confdesk':>13}  {'floor':>13}  {'ratio':>6}  note")
        bench_startup(database, Path(tmp), args.repeat)
        rows = bench_list(database, event_id, args.repeat)
        peaks = [f"{max_rss_mb():.0f} MB after the list"]
        bench_import(database, event_id, rows, out, min(args.repeat, 2))
        peaks.append(f"{max_rss_mb():.0f} after the import")
        bench_badges(rows, args.badges or len(rows), out)
        report("peak memory of this process", max_rss_mb(), baseline, unit="MB",
               note=f"floor: Python with Qt and confdesk imported; {', '.join(peaks)}")
    if args.markdown:
        print_markdown()


if __name__ == "__main__":
    main()
