"""The demo conference's facts, read from `resources/demo/` (see SOURCES.md there)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from confdesk.paths import resource


@cache
def load(name: str) -> dict[str, Any]:
    """One JSON file of `resources/demo/`, e.g. "event" or "programme"."""
    with resource("demo", f"{name}.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data
