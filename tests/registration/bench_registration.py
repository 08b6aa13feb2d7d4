"""Benchmark of registration at 20,000 participants, each figure beside its floor.

Not collected by pytest (no `test_` prefix). Run it by hand:

    /work/venv/bin/python tests/registration/bench_registration.py [--participants N]
        [--badges N] [--keep DIR]

Floors, measured in the same run: a bare SELECT of the same columns (loading), a plain Python
loop over the same folded strings (search), sorting a list of plain strings (sort),
python-calamine's bare read of the file (import), a bare reportlab canvas loop drawing the
same badge texts and QR matrices (badges).
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reportlab.pdfgen import canvas as rl_canvas
from sqlalchemy import select

from confdesk.db.database import open_database
from confdesk.demo.synthetic import generate_event
from confdesk.events.models import Event
from confdesk.exports.participants_table import write_xlsx
from confdesk.exports.pdf import fonts
from confdesk.exports.pdf.badges import badges_from_rows, draw_qr, write_badges
from confdesk.exports.pdf.participants_list import ListHeader, write_participants_list
from confdesk.imports.mapping import detect
from confdesk.imports.participants import prepare, run_import
from confdesk.imports.tables import read_table
from confdesk.registration.models import Participant
from confdesk.registration.protocol import delegations
from confdesk.registration.queries import ParticipantFilter, ParticipantRowStore

T = TypeVar("T")


def timed(action: Callable[[], T], repeat: int = 1) -> tuple[T, float]:
    """Result of `action` and its best time in seconds over `repeat` runs."""
    best = float("inf")
    result: T
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - began)
    return result, best


def line(label: str, seconds: float, floor: float | None = None, note: str = "") -> None:
    ratio = f"   floor {floor * 1000:9.1f} ms   ratio {seconds / floor:5.1f}" if floor else ""
    print(f"{label:<36} {seconds * 1000:9.1f} ms{ratio} {note}")


def bare_badges(path: Path, badges: list, one_qr: bool = True) -> None:  # type: ignore[type-arg]
    """The floor: the same strings and QR matrices on a canvas, no fitting, no layout."""
    fonts.register_fonts()
    c = rl_canvas.Canvas(str(path), initialFontName=fonts.SANS)
    for i, b in enumerate(badges):
        c.setFont(fonts.SANS_BOLD, 18)
        c.drawString(30, 700 - (i % 10) * 60, b.name)
        c.setFont(fonts.SANS, 10)
        c.drawString(30, 685 - (i % 10) * 60, b.organisation)
        c.drawString(30, 672 - (i % 10) * 60, b.country)
        if one_qr:
            draw_qr(c, b.code, 400, 660 - (i % 10) * 60, 50)
        if i % 10 == 9:
            c.showPage()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=20000)
    parser.add_argument("--badges", type=int, default=None, help="default: everyone")
    parser.add_argument("--keep", type=Path, help="write the files into this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.sessions() as session:
            event, took = timed(lambda: generate_event(
                session, participants=args.participants, sessions=40, days=2, rooms=4))
            session.commit()
            event_id = event.id
            line(f"generate {args.participants} participants", took)

        with db.sessions() as session:
            _, floor = timed(lambda: session.execute(
                select(*[c for c in Participant.__table__.c])
                .where(Participant.event_id == event_id)).all(), 3)
            store = ParticipantRowStore(event_id)
            _, took = timed(lambda: store.load(session), 3)
            line("load rows into the store", took, floor)

        haystacks = [r.haystack for r in store.visible]
        for text in ("s", "sao", "thorbjorn", "united states", "zzzz"):
            words = text.split()
            _, floor = timed(
                lambda words=words: [h for h in haystacks if all(w in h for w in words)], 5)
            shown, took = timed(lambda text=text: store.set_filter(ParticipantFilter(text=text)), 5)
            line(f"search {text!r} ({len(shown)} rows)", took, floor)
        store.set_filter(ParticipantFilter())
        keys = [r.sort_key for r in store.visible]
        random.Random(1).shuffle(keys)
        _, floor = timed(lambda: sorted(keys), 3)
        for column in ("name", "organisation", "country", "status", "email"):
            _, took = timed(lambda column=column: store.set_sort(column, descending=True), 3)
            line(f"sort by {column}", took, floor)

        rows = store.visible
        xlsx = out / "participants.xlsx"
        _, took = timed(lambda: write_xlsx(xlsx, rows))
        line("export XLSX", took)

        from python_calamine import CalamineWorkbook
        _, floor = timed(lambda: CalamineWorkbook.from_path(str(xlsx))
                         .get_sheet_by_index(0).to_python(), 3)
        table, took = timed(lambda: read_table(xlsx))
        line("import: read the XLSX", took, floor)
        with db.sessions() as session:
            new_event = Event(title="Import target", start_date=event.start_date,
                              end_date=event.end_date)
            session.add(new_event)
            session.flush()
            mapping = detect(table.rows)
            preview, t_prep = timed(lambda: prepare(session, new_event.id, table, mapping))
            report, t_run = timed(lambda: run_import(session, preview, skip_invalid=True))
            _, t_commit = timed(session.commit)
            line("import: preview", t_prep, floor)
            line("import: insert and commit", t_run + t_commit, floor,
                 f"(added {report.added}, skipped {len(report.skipped)})")
            line("import: whole, beyond the bare read", took - floor + t_prep + t_run + t_commit,
                 floor)

        with db.sessions() as session:
            event_title = session.get(Event, event_id).title  # type: ignore[union-attr]
        badges = badges_from_rows(rows[: args.badges or len(rows)], "Bench 2026")
        _, floor = timed(lambda: bare_badges(out / "bare.pdf", badges))
        pages, took = timed(lambda: write_badges(out / "badges.pdf", badges))
        line(f"badges: {len(badges)} on {pages} pages", took, floor,
             f"({len(badges) / took:.0f} badges/s, {pages / took:.1f} pages/s)")
        _, took = timed(lambda: write_participants_list(
            out / "list.pdf", ListHeader(event_title, "", ""), delegations(rows)))
        line("list of participants PDF", took)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak memory (max RSS)':<36} {peak:9.0f} MB")
        db.close()


if __name__ == "__main__":
    main()
