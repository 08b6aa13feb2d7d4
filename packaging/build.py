"""Build confdesk as a one-folder desktop application with PyInstaller (Linux, Windows, macOS).

    python packaging/build.py [--dist DIR] [--work DIR]

The result is `DIR/confdesk/` (default `dist/confdesk/`): the `confdesk` executable (on
macOS also `DIR/confdesk.app`) with Python, Qt and every shipped file beside it. It runs
without Python installed, on the same operating system family and processor as the
machine that built it (PyInstaller does not cross-compile). See packaging/README.md.

Why PyInstaller: its build takes about a minute of CPU here, needs no C compiler on Windows
and has hooks for every library confdesk uses (PySide6, reportlab, python-docx, babel,
openpyxl); Nuitka was tried and measured against it (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def arguments(dist: Path, work: Path) -> list[str]:
    separator = os.pathsep  # PyInstaller's SOURCE:DEST separator (';' on Windows)
    icon = ROOT / "resources" / "icons" / ("confdesk.icns" if sys.platform == "darwin"
                                           else "confdesk.ico")
    args = [
        "--noconfirm", "--clean", "--onedir", "--windowed", "--name", "confdesk",
        "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
        # shipped data, where confdesk.paths looks for it inside the package
        "--add-data", f"{ROOT / 'resources'}{separator}confdesk/resources",
        "--add-data", f"{ROOT / 'forms'}{separator}confdesk/forms",
        # Alembic reads the migration scripts as files
        "--add-data",
        f"{ROOT / 'src' / 'confdesk' / 'db' / 'migrations'}{separator}confdesk/db/migrations",
        # commands are imported by name when they run
        "--collect-submodules", "confdesk",
        "--collect-data", "docx", "--collect-data", "reportlab", "--collect-data", "babel",
        # reportlab imports its C accelerator by a name in a string: PyInstaller cannot see it
        "--hidden-import", "_rl_accel",
        "--exclude-module", "tkinter", "--exclude-module", "pytest",
    ]
    # python-docx finds its templates as docx/parts/../templates: the folder must exist
    import docx

    parts = Path(docx.__file__).resolve().parent / "parts"
    args += ["--add-data", f"{parts}{separator}docx/parts"]
    if icon.exists():
        args += ["--icon", str(icon)]
    if sys.platform == "darwin":
        args += ["--osx-bundle-identifier", "org.confdesk.confdesk"]
    return [*args, str(ROOT / "packaging" / "confdesk_launcher.py")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    options = parser.parse_args()
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is not installed: pip install pyinstaller", file=sys.stderr)
        return 2
    pyinstaller.run(arguments(options.dist.resolve(), options.work.resolve()))
    print(f"built {options.dist.resolve() / 'confdesk'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
