"""Choosing what to export: the list of participants (format, people, language) and badges."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

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
    combo.addItem("English", "en")
    combo.addItem("Français", "fr")
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, str, str]:
        """(format, language, scope)."""
        return self.format.currentData(), self.language.currentData(), self.scope.scope()


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
        self.mark_printed.setChecked(True)
        layout.addWidget(self.one_per_page)
        layout.addWidget(self.mark_printed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print to PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
