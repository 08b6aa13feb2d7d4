"""Labels of stored codes: each enum labelled once (confdesk/labels.py), nothing shown changed."""

from __future__ import annotations

import ast
from pathlib import Path

from confdesk.events.models import EventKind
from confdesk.labels import (
    DELEGATION_ROLE_LABELS,
    EVENT_KIND_LABELS,
    ORGANISATION_KIND_LABELS,
    STATUS_LABELS,
    count_labels,
    delegation_role_label,
    event_kind_label,
    status_label,
)
from confdesk.registration.models import DelegationRole, OrganisationKind, Status

SRC = Path(__file__).resolve().parent.parent / "src" / "confdesk"


def test_every_value_of_each_enum_has_its_label() -> None:
    assert set(STATUS_LABELS) == set(Status)
    assert set(DELEGATION_ROLE_LABELS) == set(DelegationRole)
    assert set(ORGANISATION_KIND_LABELS) == set(OrganisationKind)
    assert set(EVENT_KIND_LABELS) == set(EventKind)


def test_the_words_users_saw_before_are_unchanged() -> None:
    assert status_label(Status.CHECKED_IN) == ("StatusLabel", "Checked in")
    assert status_label(Status.CHECKED_IN, count=True) == ("Labels", "Checked in")
    assert delegation_role_label(DelegationRole.SUPPORT) == ("ParticipantDialog",
                                                             "Support staff")
    assert event_kind_label(EventKind.MEETING) == ("EventDialog", "Meeting")
    assert count_labels() == {
        "invited": "Invited", "registered": "Registered", "confirmed": "Confirmed",
        "checked_in": "Checked in", "declined": "Declined", "cancelled": "Cancelled",
        "state": "Member States", "observer_state": "Observer States",
        "un_system": "United Nations system", "regional_organisation": "Regional organisations",
        "international_organisation": "International organisations",
        "parliament": "Parliaments", "civil_society": "Civil society", "academia": "Academia",
        "media": "Media", "other": "Other",
        "African": "African States", "Asia-Pacific": "Asia-Pacific States",
        "Eastern European": "Eastern European States",
        "Latin American and Caribbean": "Latin American and Caribbean States",
        "Western European and others": "Western European and other States",
        "Observer States": "Observer States", "Other or none": "No State",
    }


def _noop_calls(path: Path) -> list[tuple[str, str]]:
    """The (context, text) of every QT_TRANSLATE_NOOP call with literal arguments."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"):
            context, text = (a.value for a in node.args if isinstance(a, ast.Constant))
            found.append((context, text))
    return found


def test_labels_are_marked_for_lupdate_in_their_context() -> None:
    """lupdate reads the literal calls: each label is marked in the context it is
    translated in (else the window would silently show English)."""
    marked = set(_noop_calls(SRC / "labels.py"))
    for status in Status:
        assert status_label(status) in marked and status_label(status, count=True) in marked
    for role in DelegationRole:
        assert delegation_role_label(role) in marked
    for kind in EventKind:
        assert event_kind_label(kind) in marked
    assert {("Labels", text) for text in count_labels().values()} <= marked


def test_the_window_module_does_not_define_them_again() -> None:
    """ui/labels.py translates the enums' labels; it holds no copy of them."""
    window_texts = {text for _context, text in _noop_calls(SRC / "ui" / "labels.py")}
    enum_texts = set(ORGANISATION_KIND_LABELS.values()) | {
        many for _one, many in STATUS_LABELS.values()}
    assert not window_texts & enum_texts - {"Registered"}  # also the "Registered" figure
