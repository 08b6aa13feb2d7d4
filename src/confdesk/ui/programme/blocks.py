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
        where = s.room.name if s.room else QCoreApplication.translate("SessionBlock", "no room")
        parts = [QCoreApplication.translate("SessionBlock", "{day}, {time}, {room}").format(
            day=long_day(s.day), time=s.time_range, room=where), kind_text(s.kind)]
        if s.theme:
            parts.append(s.theme.name)
        parts += [f"{role_text(role)}: " + ", ".join(p.display_name for p in people)
                  for role, people in s.role_groups()]
        if self.findings:
            parts.append(QCoreApplication.translate("SessionBlock", "%n conflict(s): ", "",
                                                    len(self.findings))
                         + "; ".join(finding_text(f).rstrip(".") for f in self.findings))
        else:
            parts.append(QCoreApplication.translate("SessionBlock", "No conflicts"))
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

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        """(small, bold): the fonts of the time/kind/chair lines and of the title."""
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 6.5))
        bold = QFont(base)
        bold.setBold(True)
        return small, bold

    def text_lines(self, base: QFont, rect: QRectF | None = None) -> list[tuple[str, str]]:
        """The lines painted in the block, as ("head" | "title" | "chair" | "inline", text).

        Every part wraps over the lines the block has room for; only a part's last line is
        elided when the part does not fit (the tooltip shows everything). Room goes first to
        one line each of time and title, then to the title's second line, then to the kind
        on a line of its own (so "Débat de haut niveau" is not cut), then to the chair, then
        to the rest of the title and of the chair.
        """
        s = self.session
        rect = rect if rect is not None else self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
        text_rect = rect.adjusted(9, 3, -4, -2)
        width = text_rect.width()
        top_width = width - (16 if self.findings else 0)  # the conflict mark's corner
        small, bold = self._fonts(base)
        metrics, bold_metrics = QFontMetricsF(small), QFontMetricsF(bold)
        small_line, bold_line = metrics.lineSpacing(), bold_metrics.lineSpacing()
        if text_rect.height() < metrics.height() + bold_metrics.height():
            # a short block: time and title side by side on one line
            shift = metrics.horizontalAdvance(s.time_range) + 6
            return [("inline", s.time_range),
                    ("inline", bold_metrics.elidedText(s.title, Qt.TextElideMode.ElideRight,
                                                       max(top_width - shift, 0)))]
        is_break = s.kind == SessionKind.BREAK
        head = [s.time_range] if is_break else [f"{s.time_range} · {kind_text(s.kind)}"]
        if not is_break and metrics.horizontalAdvance(head[0]) > top_width:
            head = [f"{s.time_range} ·", kind_text(s.kind)]
        title_all = _wrap(s.title, bold_metrics, width, 1000).split("\n")
        chair = self.chair_line()
        chair_all = _wrap(chair, metrics, width, 1000).split("\n") if chair else []
        budget = text_rect.height() - small_line - bold_line
        counts = {"head": 1, "title": 1, "chair": 0}
        wanted = {"head": len(head), "title": len(title_all), "chair": len(chair_all)}
        heights = {"head": small_line, "title": bold_line, "chair": small_line}
        order = ["title", "head", "chair", *["title"] * 200, *["chair"] * 50]
        for part in order:
            if counts[part] < wanted[part] and budget >= heights[part]:
                counts[part] += 1
                budget -= heights[part]
        lines = [("head", line) for line in self._fit(head, metrics, top_width, counts["head"])]
        lines += [("title", line)
                  for line in self._fit(title_all, bold_metrics, width, counts["title"])]
        lines += [("chair", line)
                  for line in self._fit(chair_all, metrics, width, counts["chair"])]
        return lines

    @staticmethod
    def _fit(lines: list[str], metrics: QFontMetricsF, width: float, count: int) -> list[str]:
        """The first `count` of `lines`; the last one shown carries the rest, elided."""
        if count <= 0 or not lines:
            return []
        shown = lines[:count]
        if len(lines) > count:
            shown[-1] = " ".join([shown[-1], *lines[count:]])
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in shown]

    def _paint_text(self, painter: QPainter, rect: QRectF, is_break: bool) -> None:
        del is_break  # the layout knows the session's kind
        text_rect = rect.adjusted(9, 3, -4, -2)
        small, bold = self._fonts(QFont(painter.font()))
        metrics, bold_metrics = QFontMetricsF(small), QFontMetricsF(bold)
        lines = self.text_lines(QFont(painter.font()), rect)
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(TEXT_COLOUR)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if lines and lines[0][0] == "inline":
            line = QRectF(text_rect.left(), text_rect.top() - 1, text_rect.width(),
                          bold_metrics.height())
            painter.setFont(small)
            painter.drawText(line, left, lines[0][1])
            shift = metrics.horizontalAdvance(lines[0][1]) + 6
            painter.setFont(bold)
            painter.drawText(line.adjusted(shift, 0, 0, 0), left, lines[1][1])
            painter.restore()
            return
        y = text_rect.top()
        chair_lines = sum(1 for part, _ in lines if part == "chair")
        for part, text in lines:
            if part == "chair" and chair_lines:  # the chair's lines sit at the bottom
                y = max(y, text_rect.bottom() - chair_lines * metrics.lineSpacing())
                chair_lines = 0
            font, step = (bold, bold_metrics.lineSpacing()) if part == "title" else (
                small, metrics.lineSpacing())
            painter.setFont(font)
            painter.setPen(QColor("#3b4653") if part == "chair" else TEXT_COLOUR)
            painter.drawText(QRectF(text_rect.left(), y, text_rect.width(), step), left, text)
            y += step
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
