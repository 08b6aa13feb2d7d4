"""UserError: a stable code, English text for the CLI, a template and params to translate."""

from __future__ import annotations

import pickle

from sqlalchemy.exc import IntegrityError, OperationalError

from confdesk.db import errors as old_home
from confdesk.errors import (
    ConcurrentEditError,
    DatabaseUnavailableError,
    UndoRefusedError,
    UserError,
    known_error,
)


def test_coded_errors_read_in_english_and_keep_their_template_and_params() -> None:
    exc = ConcurrentEditError.changed("“Lunch”")
    assert exc.code == "concurrent.changed"
    assert str(exc) == ("“Lunch” was changed by someone else since you opened it. "
                        "Reload and make your change again.")
    assert exc.template.startswith("{record} was changed") and exc.params == {"record": "“Lunch”"}
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is ConcurrentEditError and str(again) == str(exc)
    assert again.code == exc.code


def test_free_text_errors_still_work_braces_and_all() -> None:
    exc = UserError("A {curly} name")
    assert str(exc) == "A {curly} name" and exc.code == "error" and exc.params == {}


def test_undo_refusals_are_concurrent_edits() -> None:
    exc = UndoRefusedError.theme_in_use(3)
    assert isinstance(exc, ConcurrentEditError) and exc.code == "undo.theme_in_use"
    assert str(exc).startswith("3 session(s) have this theme now")


def test_old_import_path_is_the_same_class() -> None:
    assert old_home.UserError is UserError
    assert old_home.ConcurrentEditError is ConcurrentEditError


def test_known_errors_hide_sqlalchemy_text() -> None:
    lost = OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    known = known_error(lost)
    assert isinstance(known, DatabaseUnavailableError)
    assert "SELECT" not in str(known) and "could not be reached" in str(known)
    assert known_error(IntegrityError("INSERT", {}, Exception("x"))) is None  # a bug
    assert known_error(ValueError("x")) is None
    mine = UserError("mine")
    assert known_error(mine) is mine
