"""The desktop entry: confdesk in the applications menu of a Linux desktop (freedesktop.org
Desktop Entry and Icon Theme specifications), for the user who installed it with pip.

`confdesk desktop-entry` writes `confdesk.desktop` under `$XDG_DATA_HOME/applications` and the
icon under `$XDG_DATA_HOME/icons/hicolor/scalable/apps`, pointing at the confdesk that runs
the command; `--remove` takes both away. Both files are written atomically.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from confdesk.exports.files import write_atomically
from confdesk.paths import resource

#: The entry's file name (also its desktop id).
ENTRY_NAME = "confdesk.desktop"
ICON_NAME = "confdesk"


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def launcher() -> list[str]:
    """The command that starts this confdesk: its console script beside the interpreter,
    else `python -m confdesk`."""
    script = Path(sys.executable).with_name("confdesk")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "confdesk"]


def entry_text(command: list[str]) -> str:
    """The .desktop file for `command` (English and French names and comments)."""
    exec_line = " ".join(_exec_quote(part) for part in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=confdesk",
        "GenericName=Conference Secretariat",
        "GenericName[fr]=Secrétariat de conférence",
        "Comment=Participants, programme and chair's conclusions of intergovernmental "
        "conferences",
        "Comment[fr]=Participants, programme et conclusions de la présidence des conférences "
        "intergouvernementales",
        f"Exec={exec_line} --database %f",
        f"TryExec={command[0]}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Office;ProjectManagement;Qt;",
        "Keywords=conference;participants;badges;programme;delegations;",
        "Keywords[fr]=conférence;participants;badges;programme;délégations;",
        "StartupWMClass=confdesk",
        "",
    ])


def _exec_quote(part: str) -> str:
    """Quote an Exec argument as the Desktop Entry specification asks (reserved characters
    in double quotes, with \\ " ` $ escaped; a literal % doubled)."""
    part = part.replace("%", "%%")
    if part and all(c.isalnum() or c in "/._-+=:,@" for c in part):
        return part
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
    return f'"{escaped}"'


@dataclass(frozen=True)
class Installed:
    entry: Path
    icon: Path


def install(command: list[str] | None = None, home: Path | None = None) -> Installed:
    """Write the entry and the icon; returns where."""
    home = home or data_home()
    entry = home / "applications" / ENTRY_NAME
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(icon, resource("icons", "confdesk.svg").read_bytes())
    write_atomically(entry, entry_text(command or launcher()).encode("utf-8"))
    _refresh_caches(home)
    return Installed(entry, icon)


def remove(home: Path | None = None) -> list[Path]:
    """Take the entry and the icon away; returns what was removed."""
    home = home or data_home()
    removed = []
    for path in (home / "applications" / ENTRY_NAME,
                 home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Tell the desktop, where its tools are installed (quietly skipped elsewhere)."""
    import subprocess

    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, str(home / "applications")], check=False, capture_output=True)

