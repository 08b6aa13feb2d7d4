"""Fonts for PDFs in every UN script, and the text handling reportlab lacks.

reportlab neither falls back between fonts nor shapes Arabic. Text is therefore cut into runs
by script: Latin, Cyrillic and Greek in Noto Sans, Arabic in Noto Sans Arabic (reshaped into
joined forms and put in visual right-to-left order), Chinese in Droid Sans Fallback.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from confdesk.paths import resource
from confdesk.text import clean_text

#: Family names to use in styles and on canvases.
SANS = "ConfdeskSans"
SANS_BOLD = "ConfdeskSans-Bold"
SANS_ITALIC = "ConfdeskSans-Italic"
SANS_BOLD_ITALIC = "ConfdeskSans-BoldItalic"
ARABIC = "ConfdeskArabic"
ARABIC_BOLD = "ConfdeskArabic-Bold"
CJK = "ConfdeskCJK"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(
        ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
    )
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)


LATIN, ARABIC_SCRIPT, CJK_SCRIPT = "latin", "arabic", "cjk"


def _script_of(ch: str) -> str | None:
    """The script class of a character, or None for neutral ones (spaces, digits, punctuation)."""
    code = ord(ch)
    if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
        return ARABIC_SCRIPT
    if (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FFFF):
        return CJK_SCRIPT
    if ch.isalpha():
        return LATIN
    return None


@dataclass(frozen=True, slots=True)
class Run:
    script: str
    text: str


def split_runs(text: str) -> list[Run]:
    """Cut text into runs of one script.

    Neutral characters (spaces, digits, punctuation) stay inside an Arabic or Chinese run only
    between two of its letters; elsewhere they go with the Latin text, whose font has them all.
    """
    runs: list[Run] = []
    current = LATIN
    buffer: list[str] = []
    pending: list[str] = []  # neutrals seen since the last letter
    for ch in text:
        script = _script_of(ch)
        if script is None:
            pending.append(ch)
            continue
        if script == current:
            buffer.extend(pending)
        else:
            if current == LATIN:
                buffer.extend(pending)
                if buffer:
                    runs.append(Run(current, "".join(buffer)))
                buffer = []
            else:
                runs.append(Run(current, "".join(buffer)))
                buffer = []
                if script == LATIN:
                    buffer.extend(pending)
                else:
                    if pending:
                        runs.append(Run(LATIN, "".join(pending)))
            current = script
        pending = []
        buffer.append(ch)
    if current == LATIN:
        buffer.extend(pending)
        pending = []
    if buffer:
        runs.append(Run(current, "".join(buffer)))
    if pending:
        runs.append(Run(LATIN, "".join(pending)))
    return runs


def has_arabic(text: str) -> bool:
    return any(_script_of(ch) == ARABIC_SCRIPT for ch in text)


#: Explicit directional formatting (embeddings, overrides, isolates and their ends) and the
#: directional marks: they steer the bidirectional algorithm but are never drawn.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
_NO_OVERRIDE = str.maketrans({"\u202d": "\u202a", "\u202e": "\u202b"})
_NO_CONTROLS = str.maketrans(dict.fromkeys(map(ord, BIDI_CONTROLS)))


def visual_line(text: str) -> str:
    """A line in drawing order: Arabic reshaped into joined forms, the line put in visual order
    by the Unicode bidirectional algorithm (so mixed Arabic and Latin text reads right).

    Text pasted from Word or a browser carries directional controls. Isolates and embeddings
    are honoured (python-bidi's Rust implementation knows isolates; its older Python one fails
    on them). Overrides (U+202D, U+202E) are weakened into embeddings first: they would print
    the letters of a name backwards, which on a badge is never wanted and is a known way of
    disguising text. No control character reaches the page.
    """
    text = unicodedata.normalize("NFC", clean_text(text))
    if has_arabic(text):
        import arabic_reshaper
        from bidi import get_display

        text = str(get_display(arabic_reshaper.reshape(text.translate(_NO_OVERRIDE))))
    return text.translate(_NO_CONTROLS)


def font_for(script: str, *, bold: bool = False) -> str:
    if script == ARABIC_SCRIPT:
        return ARABIC_BOLD if bold else ARABIC
    if script == CJK_SCRIPT:
        return CJK
    return SANS_BOLD if bold else SANS


def prepared_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, text to draw) pairs for one line, in drawing order."""
    return [(font_for(r.script, bold=bold), r.text) for r in split_runs(visual_line(text))]


def markup(text: str, *, bold: bool = False) -> str:
    """Text as reportlab Paragraph markup: escaped, with font tags around non-Latin runs."""
    register_fonts()
    parts = []
    for font, drawn in prepared_runs(text, bold=bold):
        if font in (SANS, SANS_BOLD):
            parts.append(escape(drawn))
        else:
            parts.append(f'<font name="{font}">{escape(drawn)}</font>')
    return "".join(parts)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    register_fonts()
    return float(sum(
        pdfmetrics.stringWidth(drawn, font, size) for font, drawn in prepared_runs(text, bold=bold)
    ))


def draw_text(canvas: object, x: float, y: float, text: str, size: float, *,
              bold: bool = False, align: str = "left") -> float:
    """Draw one line of mixed-script text on a reportlab canvas; returns its width."""
    register_fonts()
    runs = prepared_runs(text, bold=bold)
    width = float(sum(pdfmetrics.stringWidth(drawn, font, size) for font, drawn in runs))
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for font, drawn in runs:
        canvas.setFont(font, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, drawn)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(drawn, font, size)
    return width


def fit_size(text: str, max_width: float, size: float, *, min_size: float = 6,
             bold: bool = False) -> float:
    """The largest size ≤ `size` at which `text` fits `max_width` (never below `min_size`)."""
    width = text_width(text, size, bold=bold)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width)
