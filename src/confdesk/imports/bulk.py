"""Bulk work without the cyclic garbage collector.

Reading a sheet of 100,000 rows, previewing it and inserting it allocate millions of small
objects (cells, rows, parameters, audit entries) that live until the import ends. Each time
enough have piled up, Python's cyclic collector walks every object still alive, and the
walks grow with the import: a fifth of an import's time at 20,000 rows went into them.
Those objects hold no reference cycles (they are freed by reference counting as usual), so
`collector_paused` switches the collector off for the block and back on after it, when the
few cycles made meanwhile are collected in one pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (unless someone else already
    switched it off: then it stays as it is)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
