"""Python's cyclic garbage collector paused around work that makes many long-lived objects.

Loading the models (some 200,000 objects that live as long as the process), reading 100,000
rows for the list, or reading, previewing and inserting a sheet of 100,000 rows allocate
objects that hold no reference cycles and are freed by reference counting as usual. Each
time enough have piled up, the cyclic collector walks every object still alive, and the
walks grow with the work: a fifth of an import's time, a tenth of a light command's start.
`paused` switches the collector off for the block and gives it back afterwards (unless it
was already off: nested pauses leave it to the outermost), when the few cycles made
meanwhile are collected in one pass. Standard library only: the CLI uses it before anything
heavy is imported.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, then as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
