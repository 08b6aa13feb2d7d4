"""The reference texts and schemas the golden tests read are in the repository, as in ../shared/."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED_DIR, TEST_DATA

FILES = (
    "reference/brussels-2014-chairs-conclusions.txt",
    "reference/brussels-2014-about-the-conference.txt",
    "reference/brussels-2014-un-press-note.txt",
    "reference/brussels-2014-closing-press-release.txt",
    "schemas/schedule.xml.xsd",
    "schemas/akomantoso30.xsd",
    "schemas/xml.xsd",
)


@pytest.mark.parametrize("name", FILES)
def test_the_file_is_in_the_repository_and_cited(name: str) -> None:
    path = TEST_DATA / name
    assert path.is_file() and path.stat().st_size > 1000, name
    assert path.name in (TEST_DATA / "SOURCES.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_the_copy_is_the_shared_original(name: str) -> None:
    """Where ../shared/ is beside the checkout, the copies have not drifted from it."""
    original = SHARED_DIR / name
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared/ is not beside this checkout (the copies above are used)")
    assert (TEST_DATA / name).read_bytes() == original.read_bytes()
