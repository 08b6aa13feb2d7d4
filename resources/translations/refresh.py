"""Refresh the translation sources from the code, then compile them.

Run from anywhere, with the project's virtualenv:

    .venv/bin/python resources/translations/refresh.py            # lupdate + lrelease
    .venv/bin/python resources/translations/refresh.py --no-compile
    .venv/bin/python resources/translations/refresh.py --list     # the files lupdate reads

It reads the forms (`forms/*.ui`) and every module of `src/confdesk/` but the generated form
classes (the forms themselves are read) and `i18n.py` (the marker's definition), so a new
catalogue marked with `QT_TRANSLATE_NOOP` outside `ui/` is picked up without editing this
script; `tests/ui/test_translation_sources.py` extracts from the same files. Existing
translations are kept; strings no longer in the code are dropped (`-no-obsolete`).
`confdesk_en.ts` only holds the English plural forms (`-pluralonly`).

Afterwards, translate the entries left unfinished (`pyside6-linguist confdesk_fr.ts`, or a
script) and run it again (or `--compile-only`) to build the `.qm` files the application loads;
`tests/ui/test_translations.py` fails while a French entry or a plural form is missing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = ROOT / "src" / "confdesk"


def _tool(name: str) -> str:
    """`pyside6-<name>` beside the running interpreter, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def source_files() -> list[Path]:
    """Every file lupdate must read, sorted, relative to the project root."""
    files = set(ROOT.glob("forms/*.ui"))
    for path in SOURCE.rglob("*.py"):
        if "generated" in path.relative_to(SOURCE).parts or path.name == "i18n.py":
            continue
        files.add(path)
    return sorted(path.relative_to(ROOT) for path in files)


def update() -> None:
    files = [str(path) for path in source_files()]
    lupdate = _tool("lupdate")
    common = ["-no-obsolete", "-locations", "none"]
    for ts in sorted(HERE.glob("confdesk_*.ts")):
        language = ts.stem.split("_", 1)[1]
        plural_only = ["-pluralonly", "-target-language", "en"] if language == "en" else []
        options = [*plural_only, *common]
        subprocess.run([lupdate, *options, *files, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True)


def compile_all() -> None:
    lrelease = _tool("lrelease")
    for ts in sorted(HERE.glob("confdesk_*.ts")):
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="print the files lupdate reads")
    what.add_argument("--no-compile", action="store_true", help="lupdate only")
    what.add_argument("--compile-only", action="store_true", help="lrelease only")
    options = parser.parse_args(argv)
    if options.list:
        print("\n".join(str(path) for path in source_files()))
        return 0
    if not options.compile_only:
        update()
    if not options.no_compile:
        compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
