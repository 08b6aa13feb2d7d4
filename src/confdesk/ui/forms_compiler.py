"""Compile the Qt Designer forms in `forms/` into `ui/generated/` (run after editing a form).

Usage: ``python -m confdesk.ui.forms_compiler`` (writes) or ``--check`` (exit 1 if stale).
The generated modules carry a fixed header instead of uic's, so that their text depends on
the form and not on which PySide6 release compiled it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from confdesk.paths import forms_dir

GENERATED_DIR = Path(__file__).resolve().parent / "generated"

HEADER = (
    "# Generated from forms/{form} by `python -m confdesk.ui.forms_compiler`: do not edit.\n"
    "# ruff: noqa\n"
)


def uic_executable() -> Path:
    """PySide6's own copy of Qt's user interface compiler."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / "Qt" / "libexec" / "uic", base / "uic", base / "uic.exe"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("PySide6's uic was not found; install PySide6-Essentials")


def forms() -> list[Path]:
    """Every `.ui` file, in a stable order."""
    return sorted(forms_dir().glob("*.ui"))


def module_name(form: Path) -> str:
    """`main_window.ui` → `ui_main_window.py`."""
    return f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python code uic generates for `form`, with the fixed header."""
    result = subprocess.run(
        [str(uic_executable()), "-g", "python", str(form)],
        capture_output=True, text=True, check=True,
    )
    body = result.stdout
    # Drop uic's banner (it names the Qt version); keep everything from the first import.
    start = body.find("\nfrom ")
    body = body[start + 1:] if start >= 0 else body
    return HEADER.format(form=form.name) + "\n" + body


def stale_modules() -> list[str]:
    """Names of generated modules that differ from what their forms compile to now."""
    stale = []
    for form in forms():
        target = GENERATED_DIR / module_name(form)
        if not target.is_file() or target.read_text(encoding="utf-8") != compile_form(form):
            stale.append(target.name)
    return stale


def write_all() -> list[Path]:
    """(Re)write every generated module; returns the paths written."""
    written = []
    for form in forms():
        target = GENERATED_DIR / module_name(form)
        target.write_text(compile_form(form), encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Compile every form, or with --check report stale ones (exit code 1)."""
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        stale = stale_modules()
        for name in stale:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if stale else 0
    for path in write_all():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
