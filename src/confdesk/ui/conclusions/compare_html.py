"""The comparison of two drafts as HTML for a QTextBrowser (built from diff.py's segments).

Its words are translated in the "ComparisonPage" context (the page that shows it), where the
translations have always been; each call names the context so that lupdate files it there.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from confdesk.conclusions.diff import DELETE, INSERT, Comparison, ParagraphChange, Segment
from confdesk.i18n import QT_TRANSLATE_NOOP

#: The context of the comparison's words.
CONTEXT = "ComparisonPage"

INSERTED_STYLE = "color:#1a6b2c; background-color:#e3f4e6; text-decoration: underline;"
DELETED_STYLE = "color:#b3261e; background-color:#fde8e6; text-decoration: line-through;"
MOVED_STYLE = "color:#1d4f9c; background-color:#e4ecfa;"
STATUS_STYLE = "color:#5f6b7a; background-color:#eef0f3;"

#: A paragraph's statuses, shown as "proposed → agreed" when a draft changed one.
_STATUS_TEXT: dict[str, str] = {
    "proposed": QT_TRANSLATE_NOOP("ComparisonPage", "proposed"),
    "agreed": QT_TRANSLATE_NOOP("ComparisonPage", "agreed"),
    "bracketed": QT_TRANSLATE_NOOP("ComparisonPage", "bracketed"),
}


def _status(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, _STATUS_TEXT.get(status, status))


def segments_html(segments: Iterable[Segment]) -> str:
    """Equal text as is, insertions underlined green, deletions struck red."""
    parts = []
    for segment in segments:
        text = escape(segment.text)
        if segment.op == INSERT:
            parts.append(f'<span class="ins" style="{INSERTED_STYLE}">{text}</span>')
        elif segment.op == DELETE:
            parts.append(f'<span class="del" style="{DELETED_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def _badge(text: str, style: str) -> str:
    return f'<span style="{style} font-size:small;">&nbsp;{escape(text)}&nbsp;</span> '


def _label(change: ParagraphChange) -> str:
    if change.kind == "deleted":
        return f'<span style="{DELETED_STYLE}">{escape(change.old_label)}</span>'
    if change.renumbered and change.old_label:
        return (f'<span style="{DELETED_STYLE}">{escape(change.old_label)}</span> '
                f'<span style="{INSERTED_STYLE}">{escape(change.new_label)}</span>')
    return escape(change.new_label)


def _paragraph(change: ParagraphChange) -> str:
    badges = ""
    if change.kind == "added":
        badges += _badge(QCoreApplication.translate("ComparisonPage", "inserted"),
                         INSERTED_STYLE)
    elif change.kind == "deleted":
        badges += _badge(QCoreApplication.translate("ComparisonPage", "deleted"), DELETED_STYLE)
    if change.moved:
        badges += _badge(QCoreApplication.translate("ComparisonPage", "moved"), MOVED_STYLE)
    if change.kind == "kept" and change.old_status != change.new_status and change.old_status:
        badges += _badge(f"{_status(change.old_status)} → {_status(change.new_status)}",
                         STATUS_STYLE)
    margin = 36 + 28 * change.depth
    label = _label(change)
    return (f'<p style="margin-left:{margin}px; text-indent:-30px; margin-bottom:8px;">'
            f'<b>{label}</b>&nbsp; {badges}{segments_html(change.segments)}</p>')


def comparison_html(comparison: Comparison) -> str:
    """The whole comparison: legend, title, sections with lead-ins and paragraphs."""
    counts = {kind: len(comparison.uids(kind))
              for kind in ("added", "deleted", "moved", "changed", "renumbered")}
    summary = QCoreApplication.translate(
        "ComparisonPage", "{added} inserted · {deleted} deleted · {moved} moved · "
        "{changed} reworded · {renumbered} renumbered").format(**counts)
    changes_from = QCoreApplication.translate("ComparisonPage", "Changes from")
    to = QCoreApplication.translate("ComparisonPage", "to")
    legend = QCoreApplication.translate("ComparisonPage", "Legend:")
    inserted = QCoreApplication.translate("ComparisonPage", "inserted text")
    deleted = QCoreApplication.translate("ComparisonPage", "deleted text")
    moved = QCoreApplication.translate("ComparisonPage", "moved")
    out = [
        '<html><body style="font-size:11pt;">',
        f'<p style="color:#5f6b7a;">{escape(changes_from)} <b>{escape(comparison.old_name)}'
        f'</b> {escape(to)} <b>{escape(comparison.new_name)}</b> — {escape(summary)}</p>',
        f'<p style="color:#5f6b7a;">{escape(legend)} '
        f'<span style="{INSERTED_STYLE}">{escape(inserted)}</span> '
        f'<span style="{DELETED_STYLE}">{escape(deleted)}</span> '
        f'<span style="{MOVED_STYLE}">{escape(moved)}</span></p>',
        f'<h2 style="text-align:center;">{segments_html(comparison.title)}</h2>',
    ]
    for section in comparison.sections:
        if section.title:
            out.append(f'<h3 style="margin-top:16px;">{segments_html(section.title)}</h3>')
        if section.lead_in:
            style = ""
            if section.status == "added":
                style = INSERTED_STYLE
            elif section.status == "deleted":
                style = DELETED_STYLE
            out.append(f'<p style="margin-top:14px; {style}"><i>'
                       f'{segments_html(section.lead_in)}</i></p>')
        out += [_paragraph(change) for change in section.paragraphs]
    out.append("</body></html>")
    return "\n".join(out)
