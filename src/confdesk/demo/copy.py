"""The user's working copy of the demo conference (`confdesk --demo`, File → Reset Demo…).

The copy is kept between starts, so that what a user tries on the demo is still there the
next time; a fresh copy is written only when there is none yet or when the user asks.
"""

from __future__ import annotations

from pathlib import Path

from confdesk.paths import private_folder, user_data_dir


def demo_copy_path() -> Path:
    """Where the demo copy lives (in the user's data folder, private to them)."""
    return private_folder(user_data_dir() / "demo") / "brussels-2014.sqlite"


def demo_copy(*, fresh: bool = False) -> Path:
    """The demo copy's path, written first if there is none yet or `fresh` is asked for
    (atomically: a failure leaves the earlier copy as it was)."""
    path = demo_copy_path()
    if fresh or not path.exists():
        from confdesk.demo.builder import write_demo_database  # only a new copy needs it

        write_demo_database(path, replace=True)
    return path
