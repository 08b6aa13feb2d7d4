"""`confdesk` imports only what the command asked for needs (issue 14): `--version` and
`--help` answer without SQLAlchemy, Qt or the exporters, and a command's own help without
the other commands' modules; the lazily built parser shows what the complete one does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from confdesk.cli import COMMAND_MODULES, COMMANDS, build_parser

#: Libraries no light answer may load: each costs from 0.1 s to over a second to import.
HEAVY = ("sqlalchemy", "PySide6", "openpyxl", "reportlab", "alembic", "lxml", "docx",
         "python_calamine")

PROBE = """
import json, sys
from confdesk.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(argv: list[str], cwd: Path) -> tuple[str, set[str]]:
    """Run `confdesk ARGV` in a fresh interpreter: its standard output, and every module
    loaded by the end."""
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, cwd=cwd, timeout=120, check=False)
    return done.stdout, set(json.loads(done.stderr.strip().splitlines()[-1]))


def heavy_in(modules: set[str]) -> set[str]:
    return {name for name in modules if name.split(".")[0] in HEAVY}


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_import_no_heavy_library(argv: list[str], tmp_path: Path) -> None:
    out, modules = modules_after(argv, tmp_path)
    assert "confdesk" in out
    assert heavy_in(modules) == set()
    assert not {m for m in modules if m.startswith("confdesk.commands.")} - {
        "confdesk.commands.common"}


def test_a_commands_help_imports_that_command_only(tmp_path: Path) -> None:
    out, modules = modules_after(["demo", "--help"], tmp_path)
    assert "--force" in out
    assert "confdesk.commands.demo" in modules
    assert "confdesk.commands.stats" not in modules
    assert "confdesk.commands.event" not in modules
    assert heavy_in(modules) == set()


def test_stats_help_does_not_import_qt_or_the_exporters(tmp_path: Path) -> None:
    out, modules = modules_after(["stats", "--help"], tmp_path)
    assert "--json" in out
    assert not heavy_in(modules) & {"PySide6", "openpyxl", "reportlab"}


def test_the_lazy_help_is_the_complete_parsers_help() -> None:
    complete = build_parser(complete=True)
    lazy = build_parser(complete=False)
    assert lazy.format_help() == complete.format_help()


def test_every_commands_module_is_in_the_table() -> None:
    """A module in COMMAND_MODULES but not in COMMANDS still works, but is imported by every
    command, `--version` included: give its command a line in `cli.COMMANDS`."""
    missing = set(COMMAND_MODULES) - {module for module, _help in COMMANDS.values()}
    assert not missing, f"add the commands of {sorted(missing)} to confdesk.cli.COMMANDS"
    assert {module for module, _help in COMMANDS.values()} <= set(COMMAND_MODULES)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_help_is_the_same_whichever_command_is_loaded(command: str) -> None:
    parser = build_parser(command, complete=False)
    assert parser.format_help() == build_parser(complete=True).format_help()


def test_the_window_starts_without_the_exporters_libraries(tmp_path: Path) -> None:
    """The window's modules (confdesk.app and every screen) load neither reportlab nor
    openpyxl nor python-docx: an export imports them when it runs."""
    done = subprocess.run(
        [sys.executable, "-c", "import json, sys, confdesk.app; "
         "print(json.dumps(sorted(sys.modules)))"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert heavy_in(modules) & {"reportlab", "openpyxl", "docx", "python_calamine"} == set()


@pytest.mark.parametrize(("command", "hook", "table"), [
    ("export", "register_export", "confdesk.commands.export:EXPORTS"),
    ("import", "register_import", "confdesk.commands.importing:IMPORTS"),
])
def test_the_deferred_subcommands_lines_are_their_modules_own(command: str, hook: str,
                                                              table: str) -> None:
    """`confdesk export --help` lists each WHAT from its line in the table; the module that
    adds it says the same, and adds no WHAT the table lacks."""
    import argparse
    import importlib

    module_name, attribute = table.split(":")
    lines: dict[str, tuple[str, str]] = getattr(importlib.import_module(module_name), attribute)
    common = argparse.ArgumentParser(add_help=False)
    for module in dict.fromkeys(m for m, _help in lines.values()):
        actions = argparse.ArgumentParser().add_subparsers()
        getattr(importlib.import_module(f"confdesk.commands.{module}"), hook)(actions, common)
        registered = {a.dest: a.help for a in actions._choices_actions}
        assert registered == {name: help_text for name, (m, help_text) in lines.items()
                              if m == module}, f"confdesk {command}: {module}"


def test_an_export_loads_the_module_of_its_own_what_only(tmp_path: Path) -> None:
    out, modules = modules_after(["export", "participants", "--help"], tmp_path)
    assert "--include-inactive" in out
    assert "confdesk.commands.registration" in modules
    assert not {"confdesk.commands.programme", "confdesk.commands.conclusions",
                "confdesk.commands.floor", "confdesk.commands.seating",
                "confdesk.commands.interpretation"} & modules
    out, modules = modules_after(["import", "document", "--help"], tmp_path)
    assert "--draft-name" in out
    assert "confdesk.commands.registration" not in modules


@pytest.fixture
def one_event(tmp_path: Path) -> Path:
    """A SQLite file with one event, two participants (one with a formula-like name) and a
    session."""
    from confdesk.db.database import open_database
    from tests.factories import make_event, make_participant, make_session

    path = tmp_path / "one.sqlite"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        event = make_event(s)
        make_participant(s, event, given_name="Ana", family_name="Lima")
        make_participant(s, event, given_name="=1+1", family_name="Ortiz")
        make_session(s, event)
    db.close()
    return path


#: What a light command has no use for: the window, the spreadsheet and PDF writers, the
#: migration machinery (a database at the newest schema is recognised by one SELECT).
NOT_FOR_LIGHT = {"PySide6", "openpyxl", "reportlab", "alembic", "lxml", "docx",
                 "python_calamine"}


@pytest.mark.parametrize("argv", [["stats"], ["check"],
                                  ["export", "participants", "--format", "csv"]])
def test_light_commands_load_neither_qt_nor_writers_nor_alembic(
        argv: list[str], one_event: Path, tmp_path: Path) -> None:
    if argv[0] == "export":
        argv = [*argv, "-o", str(tmp_path / "list.csv")]
    out, modules = modules_after([*argv, "--database", str(one_event)], tmp_path)
    assert out.strip(), "the command printed nothing"
    assert heavy_in(modules) & NOT_FOR_LIGHT == set()
    assert not {m for m in modules if m.startswith((
        "confdesk.ui", "confdesk.exports.pdf", "confdesk.imports", "confdesk.plenary.seating",
        "confdesk.commands.programme", "confdesk.commands.seating"))}
    if argv[0] == "export":
        written = (tmp_path / "list.csv").read_text("utf-8-sig").splitlines()
        assert len(written) == 3 and "'=1+1" in written[1] + written[2]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_table_list_of_a_sqlite_file_loads_no_sqlalchemy(fmt: str, one_event: Path,
                                                             tmp_path: Path) -> None:
    target = tmp_path / f"list.{fmt}"
    out, modules = modules_after(["export", "participants", "--format", fmt, "-o",
                                  str(target), "--database", str(one_event)], tmp_path)
    assert out.strip() == f"Wrote 2 participants to {target}"
    loaded = {name.split(".")[0] for name in heavy_in(modules)}
    assert loaded == ({"openpyxl", "lxml"} if fmt == "xlsx" else set())
    assert not {m for m in modules if m.endswith(".models")}
    if fmt == "csv":
        assert "'=1+1" in target.read_text("utf-8-sig")
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(target).active
        assert sheet is not None
        names = {sheet.cell(row, 3).value for row in (2, 3)}
        assert names == {"Ana", "=1+1"}
        assert {sheet.cell(row, 3).quotePrefix for row in (2, 3)} == {False, True}


def test_in_team_mode_the_csv_list_still_asks_for_the_role(one_event: Path,
                                                           tmp_path: Path) -> None:
    """Roles apply on SQLite too once any is granted: the export then goes the service's
    way, which refuses a person without the registrar's role (and loads SQLAlchemy)."""
    from confdesk.db.database import open_database
    from confdesk.team.models import RoleGrant
    from confdesk.team.roles import Role

    db = open_database(one_event)
    with db.sessions() as s, s.begin():
        s.add(RoleGrant(person="somebody-else", role=Role.DESK))
    db.close()
    target = tmp_path / "list.csv"
    done = subprocess.run([sys.executable, "-m", "confdesk", "export", "participants",
                           "--format", "csv", "-o", str(target), "--database",
                           str(one_event)], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120, check=False)
    assert done.returncode != 0
    assert "role" in done.stderr and "Traceback" not in done.stderr
    assert not target.exists()
    _out, modules = modules_after(["export", "participants", "--format", "csv", "-o",
                                   str(target), "--database", str(one_event)], tmp_path)
    assert "sqlalchemy" in heavy_in(modules)


@pytest.mark.parametrize("argv", [["stats"], ["stats", "--json"]])
def test_stats_on_a_sqlite_file_loads_no_sqlalchemy(argv: list[str], one_event: Path,
                                                   tmp_path: Path) -> None:
    """`confdesk stats` reads a SQLite file with Python's sqlite3: neither SQLAlchemy nor the
    models load (0.4-0.6 s of processor time), nor babel (CLDR's country names are not
    needed for the regions) nor platformdirs (the file is named), nor logging (nothing
    there logs)."""
    out, modules = modules_after([*argv, "--database", str(one_event)], tmp_path)
    assert "Test Conference on Prevention" in out
    assert "2 participants from 0 States and 0 organisations" in out
    assert {name.split(".")[0] for name in modules} & {
        "sqlalchemy", "babel", "platformdirs", "logging", "PySide6", "alembic"} == set()
    assert not {m for m in modules if m.endswith(".models") or m.startswith("confdesk.db.")} - {
        "confdesk.db.reader", "confdesk.db.revisions"}


def test_logging_is_configured_for_the_window_and_heavy_commands_only(tmp_path: Path) -> None:
    """`--version` answers before logging is set up (importing it costs 8 ms); a command
    that is not light still gets "WARNING: …" lines from the root logger."""
    _out, modules = modules_after(["--version"], tmp_path)
    assert "logging" not in modules
    done = subprocess.run(
        [sys.executable, "-c", "import logging, sys; from confdesk.cli import main; "
         "main(['event', 'list', '--database', sys.argv[1]]); "
         "logging.getLogger('confdesk.test').warning('seen')", str(tmp_path / "x.sqlite")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False)
    assert "WARNING: seen" in done.stderr


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo conference in a SQLite file at the newest schema."""
    from confdesk.db.database import open_database
    from confdesk.demo.builder import build_demo

    path = tmp_path_factory.mktemp("light") / "demo.sqlite"
    db = open_database(path)
    with db.sessions() as s:
        build_demo(s)
        s.commit()
    db.close()
    return path


def test_check_on_a_sqlite_file_loads_no_heavy_library(demo_file: Path, tmp_path: Path) -> None:
    out, modules = modules_after(["check", "--database", str(demo_file)], tmp_path)
    assert out.startswith("Brussels 2014: 19 sessions, 0 errors, 0 warnings.")
    assert heavy_in(modules) == set()
    assert "babel" not in {m.split(".")[0] for m in modules}


@pytest.mark.parametrize(("name", "own"), [
    ("pdf", {"reportlab"}), ("frab", set()), ("ics", set())])
def test_the_programme_export_on_a_sqlite_file_loads_no_sqlalchemy(
        demo_file: Path, tmp_path: Path, name: str, own: set[str]) -> None:
    """`export programme` reads a SQLite file with sqlite3 and loads only its own writer
    (reportlab for the PDF; the calendar and frab XML need none of the heavy libraries)."""
    target = tmp_path / f"programme.{name}"
    out, modules = modules_after(["export", "programme", "--database", str(demo_file),
                                  "--format", name, "--output", str(target)], tmp_path)
    assert out.startswith(f"Wrote {target} ({name}, 19 sessions)")
    assert target.stat().st_size > 1000
    assert {m.split(".")[0] for m in heavy_in(modules)} == own


def test_check_on_a_server_or_an_old_file_still_opens_it_the_usual_way(
        demo_file: Path, tmp_path: Path) -> None:
    """Only a SQLite file at the newest schema is read without SQLAlchemy; a URL with
    options goes the usual way, with the same answer."""
    out, modules = modules_after(
        ["check", "--database", f"sqlite:///{demo_file}?timeout=5"], tmp_path)
    assert out.startswith("Brussels 2014: 19 sessions, 0 errors, 0 warnings.")
    assert "sqlalchemy" in {m.split(".")[0] for m in modules}


def test_a_command_line_builds_the_parsers_of_its_own_command_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The other commands (and the other WHATs of `export`) stand in for themselves: their
    help lines are listed, but no parser of theirs is built while a command line is parsed."""
    import argparse

    from confdesk.cli import parse_arguments

    built: list[str | None] = []
    original = argparse.ArgumentParser.__init__

    def counting(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        built.append(kwargs.get("prog"))  # type: ignore[arg-type]
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(argparse.ArgumentParser, "__init__", counting)
    args = parse_arguments(["export", "participants", "-o", "x.csv", "--format", "csv"])
    assert (args.command, args.what, args.format) == ("export", "participants", "csv")
    # confdesk and its `common` parent; a scratch parent for `export` and `export` itself;
    # one for the registration module, which adds `participants` and `badges`
    assert {p for p in built if p} == {"confdesk", "confdesk export",
                                       "confdesk export participants", "confdesk export badges"}
    assert len(built) == 7


@pytest.mark.parametrize(("words", "command", "database"), [
    (["--database", "stats", "check"], "check", "stats"),
    (["-d", "check", "stats"], "stats", "check"),
    (["check", "--database", "stats"], "check", "stats"),
])
def test_the_command_is_the_one_argparse_finds(words: list[str], command: str,
                                               database: str) -> None:
    """A command's name given as the value of an option is that value, not the command."""
    from confdesk.cli import parse_arguments

    args = parse_arguments(words)
    assert (args.command, args.database) == (command, database)
