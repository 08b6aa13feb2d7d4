"""The add/edit participant dialog: form ⇄ ParticipantData, validation, duplicate warning.

The dialog does not save: it hands the data to a `Saver` (the screen), which writes it and
pushes the undo command. A refused save keeps the dialog open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QWidget

from confdesk.errors import UserError
from confdesk.registration.models import (
    DEFAULT_CATEGORIES,
    DelegationRole,
    Status,
)
from confdesk.registration.operations import (
    DuplicateMatch,
    ParticipantData,
    ParticipantInvalidError,
    validation_errors,
)
from confdesk.registration.states import all_states, country_name, find_state
from confdesk.ui.generated.ui_participant_dialog import Ui_ParticipantDialog
from confdesk.ui.honorifics import fill_honorifics, honorific_of, set_honorific
from confdesk.ui.labels import role_label as role_label
from confdesk.ui.messages import user_text
from confdesk.ui.participants.table_model import status_label


def _contains_completer(combo: QComboBox) -> QCompleter:
    """The completer of an editable combo, as Qt makes it (inline, case-insensitive, over
    the combo's items) but matching anywhere in a name: "Health" finds "World Health
    Organization"."""
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionColumn(combo.modelColumn())
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


@dataclass(frozen=True)
class FormResult:
    """What the dialog holds: the fields, and the organisation as chosen or typed."""

    data: ParticipantData
    #: The organisation's text when it is not one of the listed ones (to find or create).
    new_organisation: str = ""


#: Writes a FormResult; raises UserError (shown in the dialog) when refused.
Saver = Callable[[FormResult], None]
#: Lists people who may be the same as the data (for the duplicate warning).
DuplicateFinder = Callable[[ParticipantData], list[DuplicateMatch]]


class ParticipantDialog(QDialog):
    """Add or edit one participant."""

    def __init__(self, organisations: list[tuple[int, str]], saver: Saver,
                 find_duplicates: DuplicateFinder, *, language: str = "en",
                 data: ParticipantData | None = None,
                 categories: list[tuple[str, str]] | None = None,
                 delegation_countries: dict[int, str] | None = None,
                 parent: QWidget | None = None) -> None:
        """`categories`: the event's, as (code, name); the default set when not given.
        `delegation_countries`: a State delegation's country by organisation id, shown in
        an empty Country field as the country the list shows for the person."""
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        self.saver = saver
        self.find_duplicates = find_duplicates
        self._acknowledged: set[int] = set()
        ui = self.ui
        self.setWindowTitle(self.tr("Edit Participant") if data else self.tr("New Participant"))
        fill_honorifics(ui.honorific)
        ui.organisation.addItem("", None)
        for oid, name in organisations:
            ui.organisation.addItem(name, oid)
        for role in DelegationRole:
            ui.delegationRole.addItem(role_label(role), role)
        if categories is None:
            categories = [(code, fr if language == "fr" else en)
                          for code, en, fr, _colour, _listed in DEFAULT_CATEGORIES]
        for code, name in categories:
            ui.category.addItem(name, code)
        for status in Status:
            ui.status.addItem(status_label(status), status)
        ui.country.addItem("", None)
        for st in sorted(all_states(), key=lambda s: s.sort_key(language)):
            ui.country.addItem(st.name(language), st.code)
        for combo in (ui.organisation, ui.country):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setCompleter(_contains_completer(combo))
        ui.problems.hide()
        ui.duplicates.hide()
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.language = language
        self.delegation_countries = delegation_countries or {}
        ui.organisation.currentIndexChanged.connect(lambda _i: self._country_hint())
        ui.country.currentIndexChanged.connect(lambda _i: self._country_hint())
        self.set_data(data or ParticipantData())
        ui.givenName.setFocus()

    def _country_hint(self) -> None:
        """An empty Country of a State delegation's member shows the delegation's country
        (greyed): the list shows it for them, and it is what a save keeps meaning."""
        ui = self.ui
        code = self.delegation_countries.get(ui.organisation.currentData()) \
            if isinstance(ui.organisation.currentData(), int) else None
        edit = ui.country.lineEdit()
        if edit is None:
            return
        edit.setPlaceholderText(
            self.tr("{country} (the delegation's)").format(
                country=country_name(code, self.language)) if code else "")

    # -- form ⇄ data -------------------------------------------------------------------
    def set_data(self, data: ParticipantData) -> None:
        ui = self.ui
        set_honorific(ui.honorific, data.honorific)
        ui.givenName.setText(data.given_name)
        ui.familyName.setText(data.family_name)
        ui.familyNameFirst.setChecked(data.family_name_first)
        ui.function.setText(data.function)
        index = ui.organisation.findData(data.organisation_id)
        ui.organisation.setCurrentIndex(max(index, 0))
        ui.delegationRole.setCurrentIndex(ui.delegationRole.findData(data.delegation_role))
        if ui.category.findData(data.category) < 0:
            ui.category.addItem(data.category, data.category)
        ui.category.setCurrentIndex(ui.category.findData(data.category))
        ui.status.setCurrentIndex(ui.status.findData(data.status))
        ui.country.setCurrentIndex(max(ui.country.findData(data.country_code), 0))
        ui.email.setText(data.email)
        ui.phone.setText(data.phone)
        ui.dietaryNeeds.setText(data.dietary_needs)
        ui.accessNeeds.setPlainText(data.access_needs)
        ui.notes.setPlainText(data.notes)
        ui.doNotPublish.setChecked(data.do_not_publish)

    def result_data(self) -> FormResult:
        """What the form holds now."""
        ui = self.ui
        org_text = ui.organisation.currentText().strip()
        org_index = ui.organisation.currentIndex()
        if ui.organisation.itemText(org_index).strip() != org_text:  # typed, not chosen
            org_index = ui.organisation.findText(org_text, Qt.MatchFlag.MatchFixedString)
        org_id = ui.organisation.itemData(org_index) if org_index > 0 else None
        country_text = ui.country.currentText().strip()
        country_index = ui.country.findText(country_text, Qt.MatchFlag.MatchFixedString)
        typed_state = find_state(country_text) if country_index <= 0 else None
        country = ui.country.itemData(country_index) if country_index > 0 else (
            typed_state.code if typed_state is not None  # "South Korea", "Bolivia"…
            else country_text.upper() if country_text else None)
        data = ParticipantData(
            given_name=ui.givenName.text(), family_name=ui.familyName.text(),
            honorific=honorific_of(ui.honorific),
            family_name_first=ui.familyNameFirst.isChecked(), function=ui.function.text(),
            organisation_id=org_id, delegation_role=ui.delegationRole.currentData(),
            category=ui.category.currentData(), status=ui.status.currentData(),
            country_code=country, email=ui.email.text().strip(), phone=ui.phone.text(),
            access_needs=ui.accessNeeds.toPlainText(), dietary_needs=ui.dietaryNeeds.text(),
            notes=ui.notes.toPlainText(), do_not_publish=ui.doNotPublish.isChecked(),
        )
        return FormResult(data, org_text if org_id is None and org_text else "")

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        """Validate, warn once about likely duplicates, then hand over to the saver."""
        result = self.result_data()
        problems = validation_errors(result.data)
        if problems:
            self.show_problems(problems)
            return
        self.ui.problems.hide()
        lookup = result.data if not result.new_organisation else replace(
            result.data, organisation_id=-1)
        matches = [m for m in self.find_duplicates(lookup)
                   if m.participant_id not in self._acknowledged]
        if matches:
            self._acknowledged |= {m.participant_id for m in matches}
            lines = "<br>".join(f"• <b>{m.name}</b>: {m.reason}" for m in matches)
            self.ui.duplicates.setText(
                self.tr("This may be someone already registered:") + f"<br>{lines}<br>"
                + self.tr("Press Save again to save anyway, or Cancel."))
            self.ui.duplicates.show()
            return
        try:
            self.saver(result)
        except ParticipantInvalidError as exc:
            self.show_problems(exc.errors)
            return
        except UserError as exc:
            self.ui.problems.setText(user_text(exc))
            self.ui.problems.show()
            return
        self.accept()

    def show_problems(self, problems: dict[str, UserError]) -> None:
        """Say what is wrong (in the user's language) and put the cursor in the first field
        concerned."""
        self.ui.problems.setText("\n".join(user_text(e) for e in problems.values()))
        self.ui.problems.show()
        widgets = {"family_name": self.ui.familyName, "given_name": self.ui.givenName,
                   "email": self.ui.email, "country_code": self.ui.country}
        first = next((widgets[f] for f in problems if f in widgets), None)
        if first is not None:
            first.setFocus()
