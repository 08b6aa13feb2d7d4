"""The schema's head read from the revision files without Alembic, as `ensure_schema` uses it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from confdesk.db import revisions
from confdesk.db.migrate import head_revision, quick_head_revision


def test_quick_head_is_alembics_head() -> None:
    assert quick_head_revision() == head_revision()


def _versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    (tmp_path / "versions").mkdir()
    for name, body in files.items():
        (tmp_path / "versions" / name).write_text(body, "utf-8")
    monkeypatch.setattr(revisions, "MIGRATIONS_DIR", tmp_path)
    quick_head_revision.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    quick_head_revision.cache_clear()
    yield
    quick_head_revision.cache_clear()


def test_a_line_of_revisions_gives_its_last(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _versions(tmp_path, monkeypatch, {
        "a.py": "revision: str = 'a1'\ndown_revision: str | None = None\n",
        "b.py": 'revision = "b2"\ndown_revision = "a1"  # after a1\n',
        "c.py": "revision: str = 'c3'\ndown_revision: str | None = 'b2'\n",
    })
    assert quick_head_revision() == "c3"


@pytest.mark.parametrize("files", [
    {  # two heads
        "a.py": "revision = 'a1'\ndown_revision = None\n",
        "b.py": "revision = 'b2'\ndown_revision = 'a1'\n",
        "c.py": "revision = 'c3'\ndown_revision = 'a1'\n",
    },
    {  # a merge revision names two parents
        "a.py": "revision = 'a1'\ndown_revision = None\n",
        "b.py": "revision = 'b2'\ndown_revision = ('a1', 'x')\n",
    },
    {  # a parent that is not there
        "b.py": "revision = 'b2'\ndown_revision = 'a1'\n",
    },
    {  # no revision line
        "a.py": "down_revision = None\n",
    },
])
def test_anything_but_a_plain_line_leaves_it_to_alembic(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    _versions(tmp_path, monkeypatch, files)
    assert quick_head_revision() is None


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "at-head.sqlite"
    opening = ("import sys; from confdesk.db.database import open_database; "
               "open_database(sys.argv[1]).close(); print('alembic' in sys.modules)")
    created = subprocess.run([sys.executable, "-c", opening, str(path)], check=True,
                             capture_output=True, text=True)
    assert created.stdout.strip() == "True"  # creating the schema is Alembic's work
    reopened = subprocess.run([sys.executable, "-c", opening, str(path)], check=True,
                              capture_output=True, text=True)
    assert reopened.stdout.strip() == "False"
