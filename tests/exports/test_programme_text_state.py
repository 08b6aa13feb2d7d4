"""The printed programme writes a text it has written before from memory: the same name in
the same look must come out at the same size and in the same font wherever it stands."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.exports.pdf.programme import programme_pdf
from confdesk.programme.kinds import RoleKind, SessionKind
from confdesk.programme.queries import RoleInfo, load_programme
from tests.programme.sample import build_sample

_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"([^<]*)</word>")


def _word_heights(path: Path, word: str) -> list[float]:
    """The height of each box pdftotext finds `word` in (it follows the font size)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [round(float(y_max) - float(y_min), 2)
            for y_min, _, y_max, text in _WORD.findall(out) if text == word]


def test_a_name_written_again_keeps_its_size(sqlite_database: Database,
                                               tmp_path: Path) -> None:
    """Two people without function or organisation speak one after the other (the second
    name is written without naming the font again: it is the first's), then the second opens
    another session's speakers, right under the role's smaller line: the name is printed at
    the people's size there too, not at the role's."""
    with sqlite_database.sessions() as s:
        build_sample(s)
        snapshot = load_programme(SessionReader(s))
    sessions = [x for x in snapshot.sessions if x.kind != SessionKind.BREAK]
    template = sessions[0].roles[0].person
    first = dataclasses.replace(template, id=-1, honorific="", given_name="Amina",
                                family_name="Oyelaran", function="", organisation="",
                                organisation_acronym="", organisation_fr="")
    second = dataclasses.replace(first, id=-2, given_name="Tobias", family_name="Quennell")
    one = dataclasses.replace(sessions[0], roles=(
        RoleInfo(-1, RoleKind.SPEAKER, 0, first), RoleInfo(-2, RoleKind.SPEAKER, 1, second)))
    other = dataclasses.replace(sessions[-1], roles=(
        RoleInfo(-3, RoleKind.SPEAKER, 0, second),))
    changed = {one.id: one, other.id: other}
    snapshot = dataclasses.replace(
        snapshot, sessions=tuple(changed.get(x.id, x) for x in snapshot.sessions))
    path = tmp_path / "programme.pdf"
    path.write_bytes(programme_pdf(snapshot))

    heights = _word_heights(path, "Quennell")
    assert len(heights) == 2
    assert heights[0] == heights[1] == _word_heights(path, "Oyelaran")[0]
    # and at the size of the sample's own speakers' names, larger than the role's line
    assert heights[0] > max(_word_heights(path, "Speakers") or _word_heights(path, "Speaker"))
