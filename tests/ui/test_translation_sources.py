"""The shipped French translation covers every string the code marks, like the forms check.

`pyside6-lupdate` extracts the source strings of the forms and of every module (the same
files as the command in resources/translations/README.md) into a temporary .ts; the test
fails with the list of strings that `confdesk_fr.ts` lacks or leaves unfinished. Fix: run
that README's lupdate command, translate the new entries, lrelease (branches leave this to
the lead, who refreshes the .ts files once after merging).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "translations" / "confdesk_fr.ts"

#: (context, source text, disambiguation comment)
Key = tuple[str, str, str]


def lupdate() -> str:
    """The pyside6-lupdate beside this Python (the virtualenv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.fail("pyside6-lupdate is not installed (it comes with PySide6)")
    return found


def sources() -> list[Path]:
    """What lupdate reads: the forms and every module but the generated ones (Qt-free
    catalogues such as errors.py mark their strings with confdesk.i18n.QT_TRANSLATE_NOOP)."""
    forms = sorted((ROOT / "forms").glob("*.ui"))
    modules = sorted(p for p in (ROOT / "src" / "confdesk").rglob("*.py")
                     if "generated" not in p.relative_to(ROOT).parts)
    return forms + modules


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by its key, with its <translation> element."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")  # (an Element without children is falsy)
            found[key] = (translation if translation is not None
                          else ET.Element("translation", type="unfinished"))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    ts = tmp_path_factory.mktemp("lupdate") / "confdesk_fr.ts"
    done = subprocess.run(
        [lupdate(), "-no-obsolete", "-locations", "none", *map(str, sources()), "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    found = messages(ts)
    assert len(found) > 500, "lupdate found too few strings: check the file list"
    return found


def listing(keys: list[Key]) -> str:
    return "\n".join(f"  [{c}] {s!r}" + (f" ({d})" if d else "") for c, s, d in sorted(keys))


def test_every_string_of_the_code_is_in_the_french_ts(extracted: dict[Key, ET.Element]) -> None:
    shipped = messages(SHIPPED)
    missing = [key for key in extracted if key not in shipped]
    assert not missing, (
        f"{len(missing)} string(s) of the code are not in {SHIPPED.name} (run the lupdate "
        "command of resources/translations/README.md, then translate them):\n"
        + listing(missing))


def test_no_french_entry_is_unfinished(extracted: dict[Key, ET.Element]) -> None:
    shipped = messages(SHIPPED)
    unfinished = [key for key in extracted if key in shipped
                  and shipped[key].get("type") in {"unfinished", "vanished", "obsolete"}]
    assert not unfinished, (
        f"{len(unfinished)} string(s) are untranslated in {SHIPPED.name} (translate them "
        "with `pyside6-linguist`, then lrelease):\n" + listing(unfinished))
