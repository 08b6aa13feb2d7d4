"""The summary widget draws what the view-model says, and redraws cleanly."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from confdesk.ui.summary.view_model import DocumentLine, Figure, Row, Section, Summary
from confdesk.ui.summary.widget import SectionBox, SummaryWidget, format_range


def summary(documents: tuple[DocumentLine, ...] = ()) -> Summary:
    return Summary(
        title="Conference", short_name="C 2014", start=date(2014, 3, 31), end=date(2014, 4, 1),
        figures=(Figure("participants", 1234), Figure("states", 1)),
        sections=(Section("participants_by_status", (Row("invited", 3, 1.0),), 3),),
        documents=documents,
    )


def test_widget_shows_figures_sections_and_documents(qtbot: QtBot) -> None:
    widget = SummaryWidget(first_sections=("documents",))
    qtbot.addWidget(widget)
    widget.show_summary(summary((DocumentLine("Chair's conclusions", 3, 24),)))
    assert widget.dates.text() == "C 2014 · 31 March – 1 April 2014"
    assert widget.cards["participants"].value.text() == "1,234"
    assert widget.cards["participants"].caption.text() == "Registered"
    assert widget.sections["participants_by_status"].rows() == [("Invited", "3")]
    assert widget.documents is not None
    assert widget.documents.rows() == ["Chair's conclusions · 3 drafts · 24 paragraphs"]


def test_widget_redraws_without_leftovers_and_shows_empty_states(qtbot: QtBot) -> None:
    widget = SummaryWidget()
    qtbot.addWidget(widget)
    widget.show_summary(summary())
    assert widget.documents is not None and widget.documents.rows() == ["None yet"]
    widget.show_summary(summary())
    assert len(widget.findChildren(SectionBox)) == 1  # the first drawing's box is gone
    widget.show_nothing("This database holds no event yet.")
    assert widget.cards == {} and widget.sections == {} and widget.documents is None
    assert widget.title.text() == "This database holds no event yet."


def test_format_range() -> None:
    assert format_range(date(2014, 3, 31), date(2014, 4, 1)) == "31 March – 1 April 2014"
    assert format_range(date(2014, 12, 31), date(2015, 1, 2)) == (
        "31 December 2014 – 2 January 2015"
    )
    assert format_range(date(2015, 5, 4), date(2015, 5, 4)) == "4 May 2015"


def test_a_card_caption_too_long_for_its_card_wraps_whole_instead_of_being_cut(
        qtbot: QtBot) -> None:
    widget = SummaryWidget()
    qtbot.addWidget(widget)
    widget.resize(520, 500)  # two cards side by side: about 250 pixels each
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_summary(summary())
    caption = widget.cards["states"].caption
    caption.setText("États membres et observateurs représentés par une délégation")
    qtbot.waitUntil(lambda: caption.height() >= caption.heightForWidth(caption.width()))
    assert caption.wordWrap()
    # one line would need more than the card has: the caption takes two lines, both shown
    assert caption.fontMetrics().horizontalAdvance(caption.text()) > caption.width()
    assert caption.heightForWidth(caption.width()) > caption.fontMetrics().height()
    widest = max(caption.fontMetrics().horizontalAdvance(w) for w in caption.text().split())
    assert widest <= caption.width()  # every word shows whole, on some line
    assert caption.toolTip() == "States"
