"""The desktop entry and icon confdesk installs for a Linux applications menu."""

from __future__ import annotations

import configparser
from pathlib import Path

from confdesk.desktop_entry import entry_text, install, remove
from confdesk.paths import resource


def parse(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_an_entry_and_its_icon_and_remove_takes_them(tmp_path: Path) -> None:
    home = tmp_path / "share"
    done = install(["/opt/conf desk/bin/confdesk"], home)
    assert done.entry == home / "applications" / "confdesk.desktop"
    entry = parse(done.entry)
    assert entry["Type"] == "Application" and entry["Name"] == "confdesk"
    assert entry["GenericName[fr]"] == "Secrétariat de conférence"
    # a path with a space is quoted as the specification asks; a file opens with it
    assert entry["Exec"] == '"/opt/conf desk/bin/confdesk" --database %f'
    assert entry["Icon"] == "confdesk" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert done.icon.read_bytes() == resource("icons", "confdesk.svg").read_bytes()
    assert sorted(remove(home)) == sorted([done.entry, done.icon])
    assert not done.entry.exists() and not done.icon.exists()


def test_the_exec_line_escapes_what_the_specification_reserves() -> None:
    text = entry_text(["/home/ana/100%/$venv/bin/confdesk"])
    assert 'Exec="/home/ana/100%%/\\$venv/bin/confdesk" --database %f' in text
