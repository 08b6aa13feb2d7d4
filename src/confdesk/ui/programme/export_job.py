"""Programme exports from the window: the question about conflicts, then the shared job runner
(`ui/jobs.py`) over the export registry (`exports/registry.py`), as the CLI uses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from confdesk.exports import registry
from confdesk.exports.files import write_atomically
from confdesk.exports.registry import ExportKind, ExportOptions
from confdesk.programme.conflicts import Finding
from confdesk.programme.queries import ProgrammeSnapshot
from confdesk.ui import messages
from confdesk.ui.jobs import JobControl, JobWatcher, start_job
from confdesk.ui.programme.labels import finding_text

__all__ = ["ExportKind", "confirm_despite_conflicts", "export_job"]

#: Conflicts listed in the question before an export (the rest are counted).
LISTED_CONFLICTS = 6


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ProgrammeExport", text, None, n)


def confirm_despite_conflicts(parent: QWidget | None, conflicts: list[Finding],
                              file_name: str) -> bool:
    """Ask before writing an export of a programme that has conflicts (from
    `conflicts.export_conflicts`); True when the user chose to write it anyway.

    Cancel is the default: the file would print, say, one hall holding two sessions at once.
    """
    listed = "\n".join(f"• {finding_text(f)}" for f in conflicts[:LISTED_CONFLICTS])
    if len(conflicts) > LISTED_CONFLICTS:
        listed += "\n" + _tr("… and %n more (see the Conflicts panel).",
                             len(conflicts) - LISTED_CONFLICTS)
    return messages.confirm(
        parent, _tr("Export a programme with conflicts?"),
        _tr("The programme has %n conflict(s). %1 would show it as it stands.",
            len(conflicts)).replace("%1", file_name),
        action=_tr("Export anyway"), destructive=True,
        details=listed + "\n\n" + _tr("Export anyway?"), name="exportConflictsQuestion")


def export_job(parent: QWidget, kind: ExportKind, snapshot: ProgrammeSnapshot,
               path: Path, options: ExportOptions | None = None) -> JobWatcher:
    """Write one export of `snapshot` to `path` through the export registry, in the shared
    job runner; the watcher's `completed` carries the path written (as a string)."""

    def work(control: JobControl) -> str:
        data = registry.render(kind, snapshot, options, progress=control)
        control.check()  # cancelled during the last step: write nothing
        write_atomically(path, data)
        return str(path)

    return start_job(parent, work, _tr("Writing %1…").replace("%1", path.name), _tr("Export"))
