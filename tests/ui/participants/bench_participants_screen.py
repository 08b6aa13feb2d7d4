"""Benchmark of the Participants screen at 20,000 participants (figures, not a test).

Run by hand (not collected by pytest):

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python \
        tests/ui/participants/bench_participants_screen.py [--participants N]

Each figure is printed beside its floor measured in the same run: a plain Python loop over
the same folded strings for search, sorting plain strings for sort.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from confdesk.db.database import open_database
from confdesk.demo.synthetic import generate_event
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.settings import Settings


def timed(action: Callable[[], object]) -> float:
    """Milliseconds one call takes, events processed included."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=20000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        with db.sessions() as s:
            event_id = generate_event(s, participants=args.participants, sessions=40).id
            s.commit()
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        screen = ParticipantsScreen(settings=settings)
        screen.resize(1280, 800)
        screen.show()
        page = screen.list_page
        figures = [("open the event (load, list, desk)", timed(
            lambda: screen.show_event(db, event_id)), 0.0)]
        hay = [r.haystack for r in screen.store.all_rows()]
        for word in ("a", "ma", "mar", "mart", "martin"):
            page.search.setText(word)
            floor = timed(lambda w=word: [h for h in hay if w in h])  # type: ignore[misc]
            figures.append((f"search keystroke “{word}” → view", timed(page.apply_filter),
                            floor))
        page.search.setText("")
        page.apply_filter()
        keys = [r.sort_key for r in screen.store.all_rows()]
        for column in (1, 4, 6):
            figures.append((f"sort on column {column}", timed(
                partial(page.table.sortByColumn, column, Qt.SortOrder.AscendingOrder)),
                timed(lambda: sorted(keys))))
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        some = {r.id for r in screen.store.all_rows()[:3]}
        figures.append(("refresh after an edit of 3 people",
                        timed(lambda: screen.participants_changed(some)), 0.0))
        figures.append(("delegations tab shown", timed(
            lambda: screen.tabs.setCurrentWidget(screen.delegations_page)), 0.0))
        screen.desk_page.field.setText("mart")
        figures.append(("desk: matches for “mart”", timed(screen.desk_page.update_matches),
                        0.0))
        print(f"{args.participants:,} participants")
        for name, value, floor in figures:
            beside = f"(floor {floor:7.1f} ms, ×{value / floor:4.1f})" if floor else ""
            print(f"  {name:<40} {value:8.1f} ms {beside}")
        screen.close()
        db.close()
    del app


if __name__ == "__main__":
    main()
