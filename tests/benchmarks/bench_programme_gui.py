"""Benchmark of the Programme screen: 400 sessions over 10 days in 6 rooms, offscreen.

Not collected by pytest (no `test_` prefix). Run it by hand:

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python tests/benchmarks/bench_programme_gui.py

It prints, best of --repeat runs: opening the event on the screen, building and painting the
grid of one day, switching days, recomputing the conflicts (alone, and the whole refresh
after a change: reload, check, grid, list, warnings), a move with its undo, zooming, a search
in the list, and the person picker (load everyone, search). The floor beside the refresh is
the snapshot load plus the checks alone.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from confdesk.db.database import open_database
from confdesk.db.reader import SessionReader
from confdesk.demo.synthetic import generate_event
from confdesk.programme.conflicts import check_programme
from confdesk.programme.queries import load_programme
from confdesk.ui.programme.screen import ProgrammeScreen


def best(label: str, action: Callable[[], object], repeat: int, per: int = 1) -> float:
    """Run `action` `repeat` times; print and return the best time in ms (divided by `per`)."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000 / per)
    print(f"{label:<44} {min(times):8.1f} ms")
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.sessions() as session:
            event = generate_event(session, participants=args.participants, sessions=400,
                                   days=10, rooms=6)
            session.commit()
            event_id = event.id
        screen = ProgrammeScreen()
        screen.resize(1280, 800)
        screen.show()
        app.processEvents()
        repeat = args.repeat

        def open_event() -> None:
            screen.show_event(db, event_id)
            app.processEvents()

        best("open the event (load, check, grid, list)", open_event, repeat)
        snapshot = screen.snapshot
        assert snapshot is not None
        print(f"  {len(snapshot.sessions)} sessions, {len(snapshot.days)} days, "
              f"{len(snapshot.rooms)} rooms, {len(screen.findings)} findings, "
              f"{len(screen.grid.blocks)} blocks on day 1")

        def floor() -> None:
            with db.sessions() as s:
                check_programme(load_programme(SessionReader(s), event_id))

        best("floor: load snapshot + check conflicts", floor, repeat)
        best("check conflicts alone (pure)", lambda: check_programme(snapshot), repeat)

        def switch_days() -> None:
            for index in range(len(snapshot.days)):
                screen.show_day(index)
                screen.grid.viewport().repaint()

        best("switch day: build + paint one day's grid", switch_days, repeat,
             per=len(snapshot.days))
        best("paint the shown day", lambda: screen.grid.viewport().repaint(), repeat)
        best("refresh after a change (all views)", lambda: screen.refresh(), repeat)

        screen.show_day(0)
        first = next(iter(screen.grid.blocks.values())).session
        room = snapshot.rooms[-1]

        def move_and_undo() -> None:
            screen.move_session(first.id, room.id, first.start_time)
            screen.undo_stack.undo()

        best("move a block + undo (2 writes, 2 refreshes)", move_and_undo, repeat, per=2)

        def zoom() -> None:
            screen.grid.zoom_in()
            screen.grid.viewport().repaint()
            screen.grid.zoom_out()
            screen.grid.viewport().repaint()

        best("zoom step (rebuild + paint)", zoom, repeat, per=2)

        def search() -> None:
            screen.model.set_search("room 3 panel")
            screen.model.set_search("")

        best("search in the list of all sessions", search, repeat, per=2)

        def picker() -> None:
            screen._people = None  # as when the screen is shown again
            dialog = screen.person_picker(screen)
            dialog.search_edit.setText("mar")
            dialog.deleteLater()

        best(f"person picker: load {args.participants} people + search", picker, repeat)

        def picker_again() -> None:
            dialog = screen.person_picker(screen)
            dialog.search_edit.setText("mar")
            dialog.deleteLater()

        best("person picker again (people kept) + search", picker_again, repeat)
        screen.close()
        db.close()


if __name__ == "__main__":
    main()
