"""The Open Recent list: pure rules, no Qt, so they are tested without a window."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

#: How many databases File → Open Recent remembers.
MAX_RECENT = 8


def is_file_target(entry: str) -> bool:
    """True for a SQLite file path, False for a server URL."""
    return "://" not in entry


def pruned(
    entries: Iterable[str], exists: Callable[[Path], bool] = Path.is_file
) -> list[str]:
    """Entries without duplicates and without files that no longer exist (URLs stay)."""
    kept: list[str] = []
    for entry in entries:
        if not entry or entry in kept:
            continue
        if is_file_target(entry) and not exists(Path(entry)):
            continue
        kept.append(entry)
    return kept[:MAX_RECENT]


def with_opened(entries: Iterable[str], opened: str) -> list[str]:
    """The list after `opened` was opened: it moves to the top, the oldest falls off."""
    rest = [entry for entry in entries if entry != opened]
    return [opened, *rest][:MAX_RECENT]
