"""Choosing what to export: the list of participants (format, people, language, the
published list and its issue) and badges."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.exports.published_list import ListOptions
from confdesk.plenary.interpretation import language_name
from confdesk.ui.honorifics import window_language

#: Which people: the whole list, the rows shown (filtered), or the selected rows.
SCOPES = ("all", "filtered", "selection")


class _ScopeBox(QGroupBox):
    """Radio buttons for the people an export concerns, with how many each means."""

    def __init__(self, title: str, counts: dict[str, int], texts: dict[str, str],
                 default: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for scope, text in texts.items():
            button = QRadioButton(text.format(n=counts.get(scope, 0)), self)
            button.setObjectName(f"scope_{scope}")
            button.setEnabled(counts.get(scope, 0) > 0)
            self.group.addButton(button)
            self.buttons[scope] = button
            layout.addWidget(button)
        chosen = default if self.buttons[default].isEnabled() else next(
            (s for s, b in self.buttons.items() if b.isEnabled()), default)
        self.buttons[chosen].setChecked(True)

    def scope(self) -> str:
        return next(s for s, b in self.buttons.items() if b.isChecked())


def _languages(combo: QComboBox, language: str) -> None:
    """The languages of the document, named in the window's language ("anglais" in French),
    as the session dialog names them."""
    shown_in = window_language()
    for code in ("en", "fr"):
        combo.addItem(language_name(code, shown_in), code)
    combo.setCurrentIndex(max(combo.findData(language), 0))


class ListExportDialog(QDialog):
    """Format, people and language of the list of participants."""

    def __init__(self, counts: dict[str, int], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the List of Participants"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF: official list, grouped by delegation"), "pdf")
        self.format.addItem(self.tr("Excel workbook (XLSX): every field"), "xlsx")
        self.format.addItem(self.tr("CSV (UTF-8): every field"), "csv")
        form.addRow(self.tr("&Format:"), self.format)
        self.language = QComboBox(self)
        _languages(self.language, language)
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        self.scope = _ScopeBox(self.tr("Participants"), counts, {
            "all": self.tr("The whole list ({n})"),
            "filtered": self.tr("The filtered view ({n})"),
            "selection": self.tr("The selected rows ({n})"),
        }, "filtered", self)
        layout.addWidget(self.scope)
        self.published = QGroupBox(self.tr("Published list"), self)
        self.published.setObjectName("publishedBox")
        box = QVBoxLayout(self.published)
        self.attending = QCheckBox(
            self.tr("Only people who will &attend (not declined or cancelled)"), self)
        self.consent = QCheckBox(
            self.tr("Leave out people who asked &not to be published"), self)
        self.issue = QCheckBox(self.tr("&Record as a new issue (original, then Rev.1, Rev.2…), "
                                       "dated"), self)
        self.issued_on = QDateEdit(QDate.currentDate(), self)
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("d MMMM yyyy")
        self.changes = QCheckBox(
            self.tr("End with the &changes since the previous issue"), self)
        for widget in (self.attending, self.consent, self.issue, self.issued_on,
                       self.changes):
            box.addWidget(widget)
        layout.addWidget(self.published)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.issue.toggled.connect(self.issued_on.setEnabled)
        self._format_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _format_changed(self) -> None:
        """The PDF is the published list; spreadsheets carry everybody unless asked."""
        pdf = self.format.currentData() == "pdf"
        self.attending.setChecked(pdf)
        self.consent.setChecked(pdf)
        self.changes.setEnabled(pdf)
        self.issue.setEnabled(pdf)  # an issue is the printed list
        if not pdf:
            self.changes.setChecked(False)
            self.issue.setChecked(False)
        self.issued_on.setEnabled(self.issue.isChecked())

    def chosen(self) -> tuple[str, str, str]:
        """(format, language, scope)."""
        return self.format.currentData(), self.language.currentData(), self.scope.scope()

    def options(self) -> ListOptions:
        """Who goes on the list and how it is issued, as the boxes say."""
        attending, consent = self.attending.isChecked(), self.consent.isChecked()
        issued: date = self.issued_on.date().toPython()  # type: ignore[assignment]
        return ListOptions(
            language=self.language.currentData(), published=attending or consent,
            include_inactive=not attending, include_unpublished=not consent,
            issue=self.issue.isChecked(), issued_on=issued if self.issue.isChecked() else None,
            changes=self.changes.isChecked(),
        )


class BadgeExportDialog(QDialog):
    """Whose badges, page layout, and whether to record them as printed."""

    def __init__(self, counts: dict[str, int], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print Badges"))
        layout = QVBoxLayout(self)
        self.scope = _ScopeBox(self.tr("Badges for"), counts, {
            "selection": self.tr("The selected participants ({n})"),
            "filtered": self.tr("The filtered view ({n})"),
            "all": self.tr("Everybody expected ({n})"),
            "unprinted": self.tr("Everybody whose badge is not printed yet ({n})"),
        }, "selection", self)
        layout.addWidget(self.scope)
        form = QFormLayout()
        self.language = QComboBox(self)
        _languages(self.language, language)
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        self.one_per_page = QCheckBox(self.tr("One badge per page (badge printer)"), self)
        self.mark_printed = QCheckBox(self.tr("Record these badges as printed"), self)
        # Off unless asked: a badge counts as printed once it has left the printer.
        self.mark_printed.setChecked(False)
        layout.addWidget(self.one_per_page)
        layout.addWidget(self.mark_printed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print to PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
