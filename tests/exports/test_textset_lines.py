"""`Typesetter` takes text whose words are one space apart as it stands: the lines must be
those it breaks the same text into word by word."""

from __future__ import annotations

import random
import re

import pytest

from confdesk.exports.pdf import fonts, textset
from confdesk.exports.pdf.textset import Run, Typesetter

_PIECES = ["Minister", "of", "Foreign", "Affairs,", "Belgium", "H.E.", "Mr", "Ndayishimiye",
           "Herzégovine", "Δημήτρης", "Олександр", "a", "", " ", "  ", "\xa0", "\t", "\n",
           "\u2009", ",", ", ", "Bosnie-Herzégovine", "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww"]


_WORDS = [p for p in _PIECES if p.strip()]


def _text(rng: random.Random) -> str:
    if rng.random() < 0.5:  # words one space apart, maybe with a space before or after
        return rng.choice(["", "", " "]) + " ".join(rng.choices(_WORDS, k=rng.randint(1, 9))) \
            + rng.choice(["", "", " "])
    parts = rng.choices(_PIECES, k=rng.randint(0, 9))
    return "".join(p + rng.choice(["", " ", " ", " ", "  "]) for p in parts)


def _runs(rng: random.Random) -> list[Run]:
    return [(rng.choice([fonts.SANS, fonts.SANS_BOLD]), _text(rng))
            for _ in range(rng.choice([1, 1, 2, 3, 4]))]


@pytest.mark.parametrize("seed", range(4))
def test_lines_as_broken_word_by_word(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    cases = [(_runs(rng), rng.choice([40.0, 90.0, 160.0, 400.0]), rng.choice([8.0, 9.5]))
             for _ in range(1500)]
    # plain text among them: words one space apart, in one font or several
    cases += [([(fonts.SANS_BOLD, "H.E. Mr Didier Reynders"), (fonts.SANS, ", "),
                (fonts.SANS, "Deputy Prime Minister and Minister of Foreign Affairs")],
               w, 9.5) for w in (100.0, 200.0, 300.0, 500.0)]
    fast = [Typesetter().lines(runs, width, size) for runs, width, size in cases]
    # every text treated as if it were not plainly spaced: split into words and joined
    monkeypatch.setattr(textset, "_NOT_ONE_SPACE", re.compile(""))
    slow = [Typesetter().lines(runs, width, size) for runs, width, size in cases]
    assert fast == slow
    assert sum(len(lines) == 1 for lines in fast) > 100
    assert sum(len(lines) > 1 for lines in fast) > 100
