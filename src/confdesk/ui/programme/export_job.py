"""Programme exports from the window: the question about conflicts, then the shared job runner
(`ui/jobs.py`) over the export registry (`exports/registry.py`), as the CLI uses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from confdesk.exports import registry
from confdesk.exports.registry import ExportKind, ExportOptions
from confdesk.programme.conflicts import Finding
from confdesk.programme.queries import ProgrammeSnapshot
from confdesk.ui import messages
from confdesk.ui.jobs import JobControl, JobWatcher, start_job, write_export
from confdesk.ui.programme.labels import finding_text

__all__ = ["ExportKind", "confirm_despite_conflicts", "export_job"]

#: Conflicts listed in the question before an export (the rest are counted).
LISTED_CONFLICTS = 6


class ProgrammeExport(QObject):
    """The texts with a number: pyside6-lupdate finds plural forms in `self.tr` only, not in
    `QCoreApplication.translate` (used, with the same context, for the other texts)."""

    def conflicts(self, count: int) -> str:
        return self.tr("The programme has %n conflict(s). %1 would show it as it stands.", "",
                       count)

    def more(self, count: int) -> str:
        return self.tr("… and %n more (see the Conflicts panel).", "", count)


def confirm_despite_conflicts(parent: QWidget | None, conflicts: list[Finding],
                              file_name: str) -> bool:
    """Ask before writing an export of a programme that has conflicts (from
    `conflicts.export_conflicts`); True when the user chose to write it anyway.

    Cancel is the default: the file would print, say, one hall holding two sessions at once.
    """
    listed = "\n".join(f"• {finding_text(f)}" for f in conflicts[:LISTED_CONFLICTS])
    if len(conflicts) > LISTED_CONFLICTS:
        listed += "\n" + ProgrammeExport().more(len(conflicts) - LISTED_CONFLICTS)
    return messages.confirm(
        parent, QCoreApplication.translate("ProgrammeExport", "Export a programme with conflicts?"),
        ProgrammeExport().conflicts(len(conflicts)).replace("%1", file_name),
        action=QCoreApplication.translate("ProgrammeExport", "Export anyway"), destructive=True,
        details=listed + "\n\n" + QCoreApplication.translate("ProgrammeExport", "Export anyway?"),
        name="exportConflictsQuestion")


def export_job(parent: QWidget, kind: ExportKind, snapshot: ProgrammeSnapshot,
               path: Path, options: ExportOptions | None = None) -> JobWatcher:
    """Write one export of `snapshot` to `path` through the export registry, in the shared
    job runner; the watcher's `completed` carries the path written (as a string)."""

    def work(control: JobControl) -> str:
        export = registry.ProgrammeExport(kind, snapshot, options or ExportOptions())
        return write_export(control, export, path)

    label = QCoreApplication.translate("ProgrammeExport", "Writing %1…").replace("%1", path.name)
    return start_job(parent, work, label, QCoreApplication.translate("ProgrammeExport", "Export"))
