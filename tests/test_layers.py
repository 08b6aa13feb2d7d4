"""The direction of imports: no window module talks to the database directly.

`ui/` reaches data only through the services (programme/service.py, registration/service.py,
conclusions/service.py, events/service.py): no ui module imports SQLAlchemy.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "confdesk"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def _ui_modules_importing(package: str) -> set[str]:
    return {
        path.relative_to(SRC).as_posix()
        for path in (SRC / "ui").rglob("*.py")
        if any(name == package or name.startswith(package + ".") for name in _imports(path))
    }


def test_no_ui_module_imports_sqlalchemy() -> None:
    assert _ui_modules_importing("sqlalchemy") == set(), "ui modules must go through a service"


def test_the_programme_screen_is_converted() -> None:
    assert not {m for m in _ui_modules_importing("sqlalchemy") if m.startswith("ui/programme/")}


def test_the_events_window_parts_are_converted() -> None:
    """The event dialog, the main window and the summary read and write through services."""
    converted = ("ui/events/", "ui/summary/", "ui/main_window.py")
    assert not {m for m in _ui_modules_importing("sqlalchemy") if m.startswith(converted)}


def test_events_stale_checks_go_through_the_one_helper() -> None:
    """No domain copies the StaleDataError translation of db/concurrency.py."""
    for path in (SRC / "events").rglob("*.py"):
        assert "StaleDataError" not in path.read_text(encoding="utf-8"), path


def test_the_conclusions_screen_is_converted() -> None:
    assert not {m for m in _ui_modules_importing("sqlalchemy")
                if m.startswith("ui/conclusions/")}


def test_the_participants_screen_is_converted() -> None:
    assert not {m for m in _ui_modules_importing("sqlalchemy")
                if m.startswith("ui/participants/")}


def test_registration_does_not_import_other_domains_for_deletion_consequences() -> None:
    """What a participant's deletion takes along lives in confdesk/consequences.py."""
    for path in (SRC / "registration").rglob("*.py"):
        if path.name == "models.py":  # the mapped relationship to programme roles
            continue
        text = path.read_text(encoding="utf-8")
        assert "confdesk.conclusions" not in text, path
        assert "confdesk.programme.models" not in text, path


def test_domains_do_not_import_each_other_for_deletion_consequences() -> None:
    """What a session's deletion takes along lives in confdesk/consequences.py."""
    for path in (SRC / "programme").rglob("*.py"):
        if path.name == "service.py":
            continue
        assert not any(n.startswith("confdesk.conclusions") for n in _imports(path)), path
        assert "confdesk.conclusions" not in path.read_text(encoding="utf-8"), path


def test_qt_stays_in_ui() -> None:
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("ui/") or relative in {"app.py"}:
            continue
        assert not any(n.startswith("PySide6") for n in _imports(path)), relative
