"""The quick scan of an XLSX sheet's XML sends every odd cell tag to the exact walk."""

from __future__ import annotations

import random

from confdesk.imports import preflight


def _odd_cells_as_counted(text: str) -> bool:
    """The rule as it was first written (five counts): the reference."""
    others = text.count("<c") - text.count("<c ") - text.count("<co") - text.count("<cf") \
        - text.count("<cu")
    return others != 0 or (":c" in text and preflight._ODD_CELLS.search(
        text.replace("<c ", "")) is not None)


def test_one_search_answers_as_the_five_counts_did() -> None:
    pieces = ['<c r="A1">', "<c ", "<c", "<c>", "<c/>", "<c\n", "<c\t", "<col ", "<cols>",
              "<cfRule ", "<customSheetViews>", "<cx", "<x:c ", "<x:c>", ":c", "c", "<",
              " ", "<row r=\"2\">", "</c>", "<v>1</v>", "é", "<<c "]
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert preflight._odd_cells(text) == _odd_cells_as_counted(text), text
