"""The window's one error path: translated UserErrors, never SQLAlchemy's text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from confdesk.errors import RECORD_CHANGED, ConcurrentEditError, UserError
from confdesk.ui import messages


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def _french_catalogue(tmp_path: Path) -> Path:
    """A .qm holding a French translation of one catalogue message, made with lrelease."""
    ts = tmp_path / "errors_fr.ts"
    source = RECORD_CHANGED.replace("&", "&amp;")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr_FR"><context><name>UserError</name><message>'
        f"<source>{source}</source>"
        "<translation>{record} a été modifié par quelqu’un d’autre depuis que vous l’avez "
        "ouvert. Rechargez et refaites votre modification.</translation>"
        "</message></context></TS>\n", encoding="utf-8")
    qm = tmp_path / "errors_fr.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def test_a_user_error_is_shown_in_the_users_language(
        qapp: QApplication, tmp_path: Path, boxes: list[tuple[str, str]]) -> None:
    translator = QTranslator()
    assert translator.load(str(_french_catalogue(tmp_path)))
    QCoreApplication.installTranslator(translator)
    try:
        with messages.user_errors(None, "Séance") as outcome:
            raise ConcurrentEditError.changed("“Déjeuner”")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert outcome.failed and outcome.error is not None
    assert outcome.error.code == "concurrent.changed"
    assert boxes == [("Séance", "“Déjeuner” a été modifié par quelqu’un d’autre depuis que "
                      "vous l’avez ouvert. Rechargez et refaites votre modification.")]
    # the CLI's text stays English
    assert str(outcome.error).startswith("“Déjeuner” was changed by someone else")


def test_a_lost_database_is_a_message_not_sqlalchemy_text(
        qapp: QApplication, boxes: list[tuple[str, str]]) -> None:
    parent = QWidget()
    reloaded: list[UserError] = []
    with messages.user_errors(parent, "The export failed", before_showing=reloaded.append):
        raise OperationalError("SELECT * FROM session", {}, Exception("connection refused"))
    assert len(boxes) == 1 and len(reloaded) == 1
    assert boxes[0][1].startswith("The database could not be reached")
    assert "SELECT" not in boxes[0][1] and "connection refused" not in boxes[0][1]


def test_a_bug_is_not_swallowed(qapp: QApplication, boxes: list[tuple[str, str]]) -> None:
    with pytest.raises(KeyError), messages.user_errors(None, "Title"):
        raise KeyError("a bug")
    assert boxes == []


def test_nothing_shown_when_all_goes_well(qapp: QApplication,
                                          boxes: list[tuple[str, str]]) -> None:
    with messages.user_errors(None, "Title") as outcome:
        pass
    assert not outcome.failed and boxes == []
