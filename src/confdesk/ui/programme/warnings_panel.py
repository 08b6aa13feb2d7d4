"""The live list of conflict findings beside the timetable; a click selects the session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from confdesk.programme.conflicts import Finding, Severity
from confdesk.ui.icons import standard_icon
from confdesk.ui.programme.labels import finding_text

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class WarningsPanel(QWidget):
    """Errors first, then warnings; emits the first session a clicked finding concerns."""

    session_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.findings: list[Finding] = []
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        """Replace the list with `findings` (already in display order)."""
        self.findings = findings
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        warnings = len(findings) - errors
        if not findings:
            self.heading.setText(self.tr("No conflicts"))
        else:
            self.heading.setText(self.tr("Conflicts: {errors}, {warnings}").format(
                errors=self.tr("%n error(s)", "", errors),
                warnings=self.tr("%n warning(s)", "", warnings)))
        self.list.clear()
        error_icon = standard_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = standard_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, f in enumerate(findings):
            item = QListWidgetItem(error_icon if f.severity == Severity.ERROR else warning_icon,
                                   finding_text(f))
            item.setData(FINDING_ROLE, index)
            item.setToolTip(finding_text(f))
            self.list.addItem(item)

    def texts(self) -> list[str]:
        """The sentences shown, in order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _clicked(self, item: QListWidgetItem) -> None:
        finding = self.findings[int(item.data(FINDING_ROLE))]
        if finding.session_ids:
            self.session_chosen.emit(finding.session_ids[0])
