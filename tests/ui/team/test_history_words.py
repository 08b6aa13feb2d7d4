"""The History shows stored fields as words of the window's language, and dates through
QLocale: no column name nor English month in the French window."""

from __future__ import annotations

from datetime import date, datetime

from confdesk.ui.dates import day_text, moment_text
from confdesk.ui.team.history import field_label


def test_field_words_in_english() -> None:
    assert field_label("given_name") == "Given name"
    assert field_label("room_id") == "Room"
    assert field_label("accessible_places") == "Accessible places"  # tidied from its name
    assert field_label("reply_to_id") == "Reply to"


def test_field_words_and_dates_in_french(french: None) -> None:
    assert field_label("given_name") == "Prénom"
    assert field_label("country_code") == "Pays"
    assert field_label("final") == "Définitif"
    assert day_text(date(2014, 3, 31)) == "lun. 31 mars"
    assert moment_text(datetime(2014, 4, 1, 9, 5), "d MMMM yyyy HH:mm") == "1 avril 2014 09:05"
