"""Benchmark of the programme: 400 sessions over 10 days in 6 rooms.

Not collected by pytest (no `test_` prefix). Run it by hand:

    /work/venv/bin/python tests/benchmarks/bench_programme.py [--participants N] [--keep DIR]

It prints the time to build the event, load the snapshot, check conflicts, lay out the day
grids and write every export (PDF A4 and A5, XLSX, iCalendar, frab XML, speakers PDF and XLSX).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.synthetic import generate_event
from confdesk.exports.frab import schedule_xml
from confdesk.exports.ics import programme_calendar
from confdesk.exports.pdf.programme import programme_pdf
from confdesk.exports.pdf.speakers import speakers_pdf
from confdesk.exports.programme_xlsx import programme_workbook, speakers_workbook
from confdesk.programme.conflicts import check_programme
from confdesk.programme.queries import load_programme
from confdesk.programme.timetable import day_grid

T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> T:
    """Run `action`, print how long it took, return its result."""
    began = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - began
    size = f"  {len(result) / 1024:8.0f} KiB" if isinstance(result, bytes) else ""
    print(f"{label:<28} {elapsed * 1000:9.1f} ms{size}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="write the exports into this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.sessions() as session:
            event = timed("build 400 sessions", lambda: generate_event(
                session, participants=args.participants, sessions=400, days=10, rooms=6))
            session.commit()
            event_id = event.id
        with db.sessions() as session:
            snapshot = timed("load snapshot",
                             lambda: load_programme(SessionReader(session), event_id))
        findings = timed("check conflicts", lambda: check_programme(snapshot))
        print(f"  {len(snapshot.sessions)} sessions, {len(findings)} findings")
        timed("lay out 10 day grids", lambda: [day_grid(snapshot, d) for d in snapshot.days])
        exports: dict[str, Callable[[], bytes]] = {
            "programme.pdf": lambda: programme_pdf(snapshot),
            "programme-a5.pdf": lambda: programme_pdf(snapshot, a5=True),
            "programme.xlsx": lambda: programme_workbook(snapshot),
            "programme.ics": lambda: programme_calendar(snapshot),
            "schedule.xml": lambda: schedule_xml(snapshot),
            "speakers.pdf": lambda: speakers_pdf(snapshot),
            "speakers.xlsx": lambda: speakers_workbook(snapshot),
        }
        for name, export in exports.items():
            data = timed(f"export {name}", export)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / name).write_bytes(data)
        db.close()


if __name__ == "__main__":
    main()
