"""A session drawn as a block of the day grid: time, title, kind and chair, conflict marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from confdesk.programme.conflicts import Finding, Severity
from confdesk.programme.models import RoleKind, SessionKind
from confdesk.programme.queries import SessionInfo
from confdesk.ui.programme.labels import finding_text, kind_text, long_day, role_text

ERROR_COLOUR = QColor("#d32f2f")
WARNING_COLOUR = QColor("#ef8f00")
SELECTED_COLOUR = QColor("#16306b")
#: The keyboard focus ring's dashes (over a white line, so they show on every fill).
FOCUS_COLOUR = QColor("#c2410c")
TEXT_COLOUR = QColor("#1d2733")
#: Height in pixels of the band at a block's bottom that resizes it.
RESIZE_BAND = 6.0


def pastel(colour: QColor, strength: float = 0.28) -> QColor:
    """`colour` mixed with white: the block's fill, light enough for dark text."""
    r = 255 + (colour.red() - 255) * strength
    g = 255 + (colour.green() - 255) * strength
    b = 255 + (colour.blue() - 255) * strength
    return QColor(int(r), int(g), int(b))


class SessionBlock(QGraphicsObject):
    """One session in the grid; the view moves and resizes it, the block only draws.

    A QObject (not a bare item) so that screen readers reach it as a child of the grid
    (see `grid_access`).
    """

    def __init__(self, session: SessionInfo, column: int, rect: QRectF, colour: QColor,
                 findings: list[Finding]) -> None:
        super().__init__()
        #: True while the grid has keyboard focus and this block is its selection.
        self.focus_ring = False
        self.session = session
        self.column = column
        self.colour = colour
        self.findings = findings
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setToolTip(self._tooltip())

    # -- geometry ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        margin = 5.0 if self.focus_ring else 2.0  # the focus ring is drawn outside
        return self._rect.adjusted(-margin, -margin, margin, margin)

    def set_focus_ring(self, shown: bool) -> None:
        """Ring the block (keyboard focus), above its neighbours so the ring is whole."""
        if shown != self.focus_ring:
            self.prepareGeometryChange()
            self.focus_ring = shown
            self.setZValue(2 if shown else 1)
            self.update()

    def set_height(self, height: float) -> None:
        """Stretch the block while its bottom edge is dragged."""
        self.prepareGeometryChange()
        self._rect.setHeight(max(height, 6.0))
        self.update()

    def height(self) -> float:
        return self._rect.height()

    def width(self) -> float:
        return self._rect.width()

    def in_resize_band(self, scene_point: QPointF) -> bool:
        """True when `scene_point` is on the block's bottom edge."""
        local = self.mapFromScene(scene_point)
        return self._rect.height() - RESIZE_BAND <= local.y() <= self._rect.height() + 2

    # -- text ----------------------------------------------------------------------------
    @property
    def severity(self) -> Severity | None:
        """The worst finding's severity, None when the session is fine."""
        if any(f.severity == Severity.ERROR for f in self.findings):
            return Severity.ERROR
        return Severity.WARNING if self.findings else None

    def chair_line(self) -> str:
        """"Chair: H.E. Ms …" (or moderator, or keynote speaker) for the block's last line."""
        s = self.session
        for role in (RoleKind.CHAIR, RoleKind.MODERATOR, RoleKind.KEYNOTE_SPEAKER):
            people = s.people(role)
            if people:
                names = ", ".join(p.display_name for p in people)
                return QCoreApplication.translate("SessionBlock", "{role}: {names}").format(
                    role=role_text(role), names=names)
        return ""

    def _lines(self) -> list[str]:
        """Plain text: title; time, kind and room; theme; people by role (no findings)."""
        s = self.session
        lines = [s.title, f"{s.time_range} · {kind_text(s.kind)}"
                 + (f" · {s.room.name}" if s.room else "")]
        if s.theme:
            lines.append(s.theme.name)
        for role, people in s.role_groups():
            lines.append(f"{role_text(role)}: " + ", ".join(p.display_name for p in people))
        return lines

    def _tooltip(self) -> str:
        title, *rest = self._lines()
        lines = [f"<b>{_escape(title)}</b>", *map(_escape, rest)]
        for f in self.findings:
            colour = ERROR_COLOUR if f.severity == Severity.ERROR else WARNING_COLOUR
            lines.append(f"<span style='color:{colour.name()}'>⚠ "
                         f"{_escape(finding_text(f))}</span>")
        return "<br>".join(lines)

    def accessible_text(self) -> str:
        """The tooltip's content as one plain sentence list, for screen readers."""
        lines = self._lines() + [finding_text(f) for f in self.findings]
        return ". ".join(line.rstrip(".") for line in lines) + "."

    def accessible_name(self) -> str:
        """The session's title: what a screen reader says first."""
        return self.session.title

    def accessible_description(self) -> str:
        """Day, time and room, then kind, theme, people and conflicts, in plain sentences."""
        s = self.session
        tr = QCoreApplication.translate
        where = s.room.name if s.room else tr("SessionBlock", "no room")
        parts = [tr("SessionBlock", "{day}, {time}, {room}").format(
            day=long_day(s.day), time=s.time_range, room=where), kind_text(s.kind)]
        if s.theme:
            parts.append(s.theme.name)
        parts += [f"{role_text(role)}: " + ", ".join(p.display_name for p in people)
                  for role, people in s.role_groups()]
        if self.findings:
            parts.append(tr("SessionBlock", "%n conflict(s): ", "", len(self.findings))
                         + "; ".join(finding_text(f).rstrip(".") for f in self.findings))
        else:
            parts.append(tr("SessionBlock", "No conflicts"))
        return ". ".join(part.rstrip(".") for part in parts) + "."

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
        is_break = self.session.kind == SessionKind.BREAK
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        fill = pastel(self.colour, 0.22 if is_break else 0.30)
        if selected:
            fill = pastel(self.colour, 0.50)
        painter.fillPath(path, fill)
        if is_break:
            hatch = QBrush(QColor(0, 0, 0, 38), Qt.BrushStyle.BDiagPattern)
            painter.fillPath(path, hatch)
        # the colour stripe on the left
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), self.colour)
        painter.restore()
        severity = self.severity
        if selected:
            pen = QPen(SELECTED_COLOUR, 2.5)
        elif severity == Severity.ERROR:
            pen = QPen(ERROR_COLOUR, 2.5)
        elif severity == Severity.WARNING:
            pen = QPen(WARNING_COLOUR, 2.0)
        else:
            pen = QPen(self.colour.darker(130), 1.0)
        painter.setPen(pen)
        painter.drawPath(path)
        self._paint_text(painter, rect, is_break)
        if severity is not None:
            self._paint_mark(painter, rect, severity)
        if self.focus_ring:
            ring = rect.adjusted(-2.5, -2.5, 2.5, 2.5)  # outside, clear of the text
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("white"), 3.0))
            painter.drawRoundedRect(ring, 3, 3)
            dashes = QPen(FOCUS_COLOUR, 2.0, Qt.PenStyle.CustomDashLine)
            dashes.setDashPattern([3.0, 2.0])
            painter.setPen(dashes)
            painter.drawRoundedRect(ring, 3, 3)

    def _paint_text(self, painter: QPainter, rect: QRectF, is_break: bool) -> None:
        s = self.session
        text_rect = rect.adjusted(9, 3, -4, -2)
        if severity_mark_width := (16 if self.findings else 0):
            top_rect = text_rect.adjusted(0, 0, -severity_mark_width, 0)
        else:
            top_rect = text_rect
        base = QFont(painter.font())
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 6.5))
        bold = QFont(base)
        bold.setBold(True)
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(TEXT_COLOUR)
        y = top_rect.top()
        painter.setFont(small)
        head = f"{s.time_range}" if is_break else f"{s.time_range} · {kind_text(s.kind)}"
        metrics = QFontMetricsF(small)
        bold_metrics = QFontMetricsF(bold)
        if text_rect.height() < metrics.height() + bold_metrics.height():
            # a short block: time and title side by side on one line
            line = QRectF(top_rect.left(), top_rect.top() - 1, top_rect.width(),
                          bold_metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             s.time_range)
            shift = metrics.horizontalAdvance(s.time_range) + 6
            painter.setFont(bold)
            painter.drawText(line.adjusted(shift, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bold_metrics.elidedText(s.title, Qt.TextElideMode.ElideRight,
                                                     max(line.width() - shift, 0)))
            painter.restore()
            return
        painter.drawText(QRectF(top_rect.left(), y, top_rect.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(head, Qt.TextElideMode.ElideRight, top_rect.width()))
        y += metrics.height()
        chair = self.chair_line()
        chair_height = metrics.height() if chair else 0.0
        title_space = text_rect.bottom() - y - chair_height
        painter.setFont(bold)
        if title_space < bold_metrics.height():  # a short block: title on one line, no chair
            title_space, chair = max(title_space + chair_height, 0), ""
        lines = max(int(title_space // bold_metrics.lineSpacing()), 1)
        title_rect = QRectF(text_rect.left(), y, text_rect.width(),
                            lines * bold_metrics.lineSpacing())
        painter.drawText(title_rect, _wrap(s.title, bold_metrics, text_rect.width(), lines),)
        y += title_rect.height()
        if chair:
            painter.setFont(small)
            painter.setPen(QColor("#3b4653"))
            painter.drawText(
                QRectF(text_rect.left(), y, text_rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(chair, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        painter.restore()

    def _paint_mark(self, painter: QPainter, rect: QRectF, severity: Severity) -> None:
        colour = ERROR_COLOUR if severity == Severity.ERROR else WARNING_COLOUR
        centre = QPointF(rect.right() - 10, rect.top() + 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, 7, 7)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawLine(QPointF(centre.x(), centre.y() - 4), QPointF(centre.x(), centre.y() + 1))
        painter.drawPoint(QPointF(centre.x(), centre.y() + 3.5))


def _wrap(text: str, metrics: QFontMetricsF, width: float, lines: int) -> str:
    """`text` broken into at most `lines` lines of `width`, the last one elided."""
    words = text.split()
    result: list[str] = []
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        result.append(current)
        current = word
        if len(result) == lines:  # no room left: the rest goes on the last line, elided
            result[-1] = " ".join([result[-1], *words[index:]])
            current = ""
            break
    if current:
        result.append(current)
    result = result[:lines]
    if result:
        result[-1] = metrics.elidedText(result[-1], Qt.TextElideMode.ElideRight, width)
    return "\n".join(result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
