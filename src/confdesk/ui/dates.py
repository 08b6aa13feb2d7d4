"""Dates and times as the window's language writes them (through QLocale), never Python's
English `strftime` names: "lun. 31 mars 10:00" in the French window, "Mon 31 Mar 10:00" in
the English one."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def day_text(day: date, pattern: str = "ddd d MMM") -> str:
    """A day in the window's language with a QLocale pattern ("ddd d MMM": "Mon 31 Mar")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def moment_text(moment: datetime, pattern: str = "d MMM HH:mm") -> str:
    """A local date and time in the window's language with a QLocale pattern."""
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(stamp, pattern)
