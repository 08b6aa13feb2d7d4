"""Text set straight on a reportlab canvas, for documents of thousands of short paragraphs.

A platypus `Paragraph` parses markup through an HTML parser, breaks its lines, and is
usually measured twice (by `KeepTogether`, then by the frame); a `Table` measures its cells
again to size its rows. For a programme of 1,600 sessions that is most of the time spent. A
`Typesetter` does what those paragraphs did for plain text in a few fonts: it cuts text into
runs of one script with the fonts of `confdesk.exports.pdf.fonts`, breaks lines where
`Paragraph` breaks them (between words, a word wider than the line cut between letters),
and remembers the widths it measured, which repeat (names of countries, rooms, roles).
A `SetText` holds the lines of one paragraph; `draw` writes them into a text object.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from confdesk.exports.pdf import fonts
from confdesk.text import clean_text

#: (font name, text in drawing order).
Run = tuple[str, str]
#: A text object's font: name, size and leading (None before the first is set).
FontState = tuple[str, float, float] | None
#: What decides the operators a run or a paragraph is written with: the text object's font,
#: and the subset of that font its last text was in (-1 after a change of font).
PenState = tuple[FontState, int]

#: Characters `fonts.split_runs` does not set in the Latin font: text without any of them is
#: one Latin run. The ranges are those of `fonts._script_of` (a test holds them together).
_OTHER_SCRIPT = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
    "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0002ffff]"
)
#: Where words end: white space as `Paragraph` reads it (a no-break space joins).
_SPACES = re.compile(r"[^\S\xa0]+")
#: White space that `_SPACES` would not leave as it stands between words: any but a single
#: space (a no-break space is not white space there).
_NOT_ONE_SPACE = re.compile(r"[^\S \xa0]| {2}")
_LATIN = (fonts.SANS, fonts.SANS_BOLD)
_NO_CONTROLS = str.maketrans(dict.fromkeys(map(ord, fonts.BIDI_CONTROLS)))


@dataclass(frozen=True, slots=True)
class Look:
    """What a paragraph style says about plain text: size, leading, colour, indent and the
    space around it, and the font of its Latin text (the other scripts have their own)."""

    font: str
    size: float
    leading: float
    colour: Color
    indent: float = 0.0
    before: float = 0.0
    after: float = 0.0


#: How much of its spaces' width a line may lose to take one more word (`Paragraph`'s
#: `spaceShrinkage`): such a line is drawn with its spaces narrowed.
SHRINK = 0.05

#: A line: its runs, and the change of width of its spaces (negative when they are narrowed).
Line = tuple[tuple[Run, ...], float]


class SetText:
    """A paragraph broken into lines for one width. Set once, it may be drawn many times (a
    time, a room, a role's name): `Pen` keeps here the code it wrote for it."""

    __slots__ = ("look", "lines", "height", "drawn")

    def __init__(self, look: Look, lines: tuple[Line, ...]) -> None:
        self.look, self.lines = look, lines
        self.height = len(lines) * look.leading
        #: The text operators written for this paragraph, by the pen's state before it:
        #: (code, font after, subset after) (see `Pen`).
        self.drawn: dict[PenState, tuple[str, FontState, int]] = {}


class Typesetter:
    """Runs, widths and line breaks of plain text, remembered for one document."""

    def __init__(self) -> None:
        fonts.register_fonts()
        self._runs: dict[tuple[str, bool], tuple[Run, ...]] = {}
        self._styled: dict[tuple[str, bool, str], tuple[Run, ...]] = {}
        self._widths: dict[tuple[str, str, float], float] = {}
        #: The operators `draw_line` wrote, by document, place and text, and the canvas's
        #: font after them.
        self._drawn: dict[tuple[Any, float, float, str, float, bool, str],
                          tuple[list[str], tuple[str, float, float]]] = {}

    def runs(self, text: str, *, bold: bool = False, latin: str | None = None
             ) -> tuple[Run, ...]:
        """`fonts.prepared_runs(text, bold=bold)`, with the Latin runs in `latin` if given (a
        bold style sets its Latin text bold while markup leaves other scripts regular)."""
        key = (text, bold)
        runs = self._runs.get(key)
        if runs is None:
            # Text in Latin, Cyrillic or Greek alone (nearly all) is one run of the Latin
            # font: what `fonts.visual_line` makes of it without looking for Arabic letter
            # by letter. Text with other scripts goes through `fonts.prepared_runs`.
            if text.isascii() and text.isprintable():  # as it stands: clean, NFC, no bidi
                line = text
            else:
                line = "" if _OTHER_SCRIPT.search(text) else \
                    unicodedata.normalize("NFC", clean_text(text)).translate(_NO_CONTROLS)
            if line and _OTHER_SCRIPT.search(line) is None:
                runs = ((fonts.SANS_BOLD if bold else fonts.SANS, line),)
            else:
                runs = tuple(fonts.prepared_runs(text, bold=bold))
            self._runs[key] = runs
        if latin is None:
            return runs
        styled = self._styled.get((text, bold, latin))
        if styled is None:
            styled = self._styled[(text, bold, latin)] = tuple(
                (latin if font in _LATIN else font, part) for font, part in runs)
        return styled

    def width(self, font: str, text: str, size: float) -> float:
        """Width of `text` in `font` at `size` (measured at that size, as `Paragraph` and
        `fonts.text_width` measure: the same figure to the last bit decides the same breaks)."""
        key = (font, text, size)
        wide = self._widths.get(key)
        if wide is None:
            wide = self._widths[key] = pdfmetrics.stringWidth(text, font, size)
        return wide

    def line_width(self, text: str, size: float, *, bold: bool = False) -> float:
        """`fonts.text_width`, remembered."""
        return float(sum(self.width(font, part, size)
                         for font, part in self.runs(text, bold=bold)))

    def draw_line(self, canvas: Canvas, x: float, y: float, text: str, size: float, *,
                  bold: bool = False, align: str = "left") -> None:
        """`fonts.draw_text`, with the runs and widths remembered, and the operators: a
        running head is the same text at the same place on every page of a day."""
        code = canvas._code
        key = (canvas._doc, x, y, text, size, bold, align)
        drawn = self._drawn.get(key)
        if drawn is not None:
            code.extend(drawn[0])
            canvas._fontname, canvas._fontsize, canvas._leading = drawn[1]
            return
        start = len(code)
        self._draw_line(canvas, x, y, text, size, bold=bold, align=align)
        # (each string starts a fresh text object: its operators depend on nothing else)
        self._drawn[key] = (code[start:], (canvas._fontname, canvas._fontsize, canvas._leading))

    def _draw_line(self, canvas: Canvas, x: float, y: float, text: str, size: float, *,
                   bold: bool, align: str) -> None:
        runs = self.runs(text, bold=bold)
        if align != "left":
            wide = float(sum(self.width(font, part, size) for font, part in runs))
            x -= wide / 2 if align == "center" else wide
        for font, part in runs:
            canvas.setFont(font, size)
            canvas.drawString(x, y, part)
            x += self.width(font, part, size)

    def set(self, look: Look, runs: Sequence[Run], width: float) -> SetText:
        """`runs` broken into lines no wider than `width` less the look's indent."""
        return SetText(look, self.lines(runs, width - look.indent, look.size))

    def lines(self, runs: Sequence[Run], width: float, size: float) -> tuple[Line, ...]:
        """Lines as `Paragraph` breaks them: words (text between white space, in one or
        more fonts) as many as fit, a space between two in the font that ends the first, the
        spaces narrowed by up to `SHRINK` to take one more; a word wider than a line cut
        between letters."""
        if len(runs) == 1:
            return self._lines_of_one_font(runs[0], width, size)
        return self._lines(runs, width, size)

    def _lines_of_one_font(self, run: Run, width: float, size: float) -> tuple[Line, ...]:
        """`lines` of text in one font (most paragraphs): whole lines measured at once."""
        font, text = run
        if _one_spaced(text):  # as `Paragraph` would join its words: one line if it fits
            if self.width(font, text, size) <= width:
                return (((font, text),), 0.0),
            words = text.split(" ")
        else:
            words = [word for word in _SPACES.split(text) if word]
            if not words:
                return ()
            joined = " ".join(words)
            if self.width(font, joined, size) <= width:
                return (((font, joined),), 0.0),
        space = self.width(font, " ", size)
        found: list[Line] = []
        start, used, count = 0, 0.0, 0
        for i, word in enumerate(words):
            wide = self.width(font, word, size)
            if wide > width:  # to be cut between letters
                return self._lines((run,), width, size)
            if count and used + space + wide > width + SHRINK * space * count:
                found.append((((font, " ".join(words[start:i])),),
                              _narrowing(width - used, count - 1)))
                start, used, count = i, wide, 1
            else:
                used, count = (used + space + wide if count else wide), count + 1
        found.append((((font, " ".join(words[start:])),), _narrowing(width - used, count - 1)))
        return tuple(found)

    def _lines(self, runs: Sequence[Run], width: float, size: float) -> tuple[Line, ...]:
        if _plainly_spaced(runs):
            # The words are the runs' as they stand, each space in the font of the word it
            # follows (the run it ends): the runs, neighbours in one font merged, are the
            # line `_joined` would make of them. One line if it fits (a person's name and
            # affiliation, nearly always).
            whole = _merged(runs)
            if sum(self.width(font, part, size) for font, part in whole) <= width:
                return ((whole, 0.0),)
        words: list[list[Run]] = []
        word: list[Run] = []
        for font, text in runs:
            for n, part in enumerate(_SPACES.split(text)):
                if n and word:
                    words.append(word)
                    word = []
                if part:
                    word.append((font, part))
        if word:
            words.append(word)
        if not words:
            return ()
        whole = _joined(words)
        if sum(self.width(font, part, size) for font, part in whole) <= width:
            return ((whole, 0.0),)  # fits on one line (the common case)
        lines: list[tuple[list[list[Run]], float, float]] = []  # words, width, spaces
        line: list[list[Run]] = []
        used = spaces = 0.0
        for word in words:
            wide = sum(self.width(font, part, size) for font, part in word)
            space = self.width(line[-1][-1][0], " ", size) if line else 0.0
            if wide > width:
                pieces = self._cut(word, width - used - space if line else width, width, size)
                for n, (piece, piece_wide) in enumerate(pieces):
                    if piece:
                        if line:
                            used, spaces = used + space + piece_wide, spaces + space
                        else:
                            used = piece_wide
                        line.append(piece)
                    if n < len(pieces) - 1 and line:
                        lines.append((line, used, spaces))
                        line, used, spaces = [], 0.0, 0.0
                    space = 0.0
                continue
            if line and used + space + wide > width + SHRINK * (spaces + space):
                lines.append((line, used, spaces))
                line, used, spaces, space = [], 0.0, 0.0, 0.0
            line.append(word)
            used, spaces = used + space + wide, spaces + space
        if line:
            lines.append((line, used, spaces))
        return tuple((_joined(words_of_line), _narrowing(width - used, len(words_of_line) - 1))
                     for words_of_line, used, spaces in lines)

    def _cut(self, word: list[Run], first: float, width: float, size: float
             ) -> list[tuple[list[Run], float]]:
        """A word too wide for a line cut between letters, each piece with its width: the
        first fills what is left of the current line (`first`, possibly nothing), the next
        whole lines; the last is where the line goes on."""
        pieces: list[tuple[list[Run], float]] = []
        piece: list[Run] = []
        room, used = first, 0.0
        for font, text in word:
            start = 0
            for i, ch in enumerate(text):
                wide = self.width(font, ch, size)
                if used + wide > room and (used > 0 or wide <= width):
                    if i > start:
                        piece.append((font, text[start:i]))
                    pieces.append((piece, used))
                    piece, start, used, room = [], i, 0.0, width
                used += wide
            if start < len(text):
                piece.append((font, text[start:]))
        pieces.append((piece, used))
        return pieces


def _one_spaced(text: str) -> bool:
    """True when `text` is words with one space between each: not empty, no white space at
    either end, nor any but single spaces within."""
    return bool(text) and text[0] != " " and text[-1] != " " and \
        _NOT_ONE_SPACE.search(text) is None


def _plainly_spaced(runs: Sequence[Run]) -> bool:
    """`_one_spaced` for text in several runs: a run may end with the space after its last
    word, none may start with one."""
    return bool(runs) and all(text and text[0] != " " and _NOT_ONE_SPACE.search(text) is None
                              for _, text in runs) and runs[-1][1][-1] != " "


def _merged(runs: Sequence[Run]) -> tuple[Run, ...]:
    """`runs` with neighbouring runs of one font made one."""
    merged: list[Run] = []
    for font, text in runs:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + text)
        else:
            merged.append((font, text))
    return tuple(merged)


def _narrowing(extra: float, spaces: int) -> float:
    """How much narrower each space of an overfull line is drawn (as `Paragraph` does)."""
    return extra / spaces if extra < -1e-8 and spaces > 0 else 0.0


def _joined(words: Sequence[list[Run]]) -> tuple[Run, ...]:
    """A line's words as runs: a space after each word but the last, in its last font, and
    neighbouring runs of one font merged."""
    fonts_: list[str] = []
    texts: list[list[str]] = []
    for n, word in enumerate(words):
        if n:
            texts[-1].append(" ")
        for font, text in word:
            if fonts_ and fonts_[-1] == font:
                texts[-1].append(text)
            else:
                fonts_.append(font)
                texts.append([text])
    return tuple((font, "".join(parts)) for font, parts in zip(fonts_, texts, strict=True))


class TextCache:
    """What one document's pens have written: runs of text, by the state before them and
    the text (operators, subset after); fill colours, and the pens of coloured rules
    (operators, by the colour's id; the colour is kept so that its id stays its own)."""

    __slots__ = ("runs", "fills", "rules")

    def __init__(self) -> None:
        self.runs: dict[tuple[FontState, int, str], tuple[str, int]] = {}
        self.fills: dict[int, tuple[Color, str]] = {}
        self.rules: dict[int, tuple[Color, list[str]]] = {}


class Pen:
    """Writes set paragraphs into one text object: each paragraph placed once, its lines
    following one another by the leading (`T*`), font and colour set only when they change.

    Encoding a run into the embedded fonts' subsets, character by character, is most of the
    cost of drawing a programme, and times, rooms, role names and countries repeat on every
    page: a run already written in the document is written from `cache`, and a paragraph
    drawn before (the same `SetText`) from what it was written as. Both are kept by the
    state they were written in (`PenState`), which decides whether the font is named
    before them, and give back the state they leave: within a document a character keeps
    its code in the subset it was first given, so the same text in the same state is the
    same code. `cache` is one document's.
    """

    def __init__(self, text: PDFTextObject, cache: TextCache) -> None:
        self.text = text
        self.code: list[str] = text._code
        self.cache = cache
        self.font: FontState = None
        self.colour: Color | None = None

    def draw(self, block: SetText, x: float, top: float) -> None:
        """Write `block` with its top at `top`: baselines one font size under the top and a
        leading apart, as `Paragraph` draws them."""
        if not block.lines:
            return
        text, code, look = self.text, self.code, block.look
        colour = look.colour
        if colour is not self.colour:
            fill = self.cache.fills.get(id(colour))
            if fill is None:
                start = len(code)
                text.setFillColor(colour)
                fill = self.cache.fills[id(colour)] = (colour, " ".join(code[start:]))
            else:
                code.append(fill[1])
                text._fillColorObj = colour
            self.colour = colour
        code.append(f"1 0 0 1 {fp_str(x + look.indent, top - look.size)} Tm")
        state = (self.font, text._curSubset)
        drawn = block.drawn.get(state)
        if drawn is not None:
            operators, font, subset = drawn
            code.append(operators)
            if font != self.font:
                assert font is not None
                self.font = font
                text._fontname, text._fontsize, text._leading = font
            text._curSubset = subset
            return
        start = len(code)
        self._write(block)
        block.drawn[state] = (" ".join(code[start:]), self.font, text._curSubset)

    def _write(self, block: SetText) -> None:
        text, code, cache = self.text, self.code, self.cache.runs
        size, leading = block.look.size, block.look.leading
        last = len(block.lines) - 1
        for n, (line, narrowing) in enumerate(block.lines):
            if narrowing:
                code.append(f"{fp_str(narrowing)} Tw")
            end = len(line) - 1
            for i, (font, part) in enumerate(line):
                if self.font != (font, size, leading):
                    text.setFont(font, size, leading)
                    self.font = (font, size, leading)
                key = (self.font, text._curSubset, part)
                written = cache.get(key)
                if written is None:
                    # (`_formatText`, as platypus itself writes text: `textOut` would
                    # measure each run again to move a cursor that the next line does
                    # not use.)
                    operators = text._formatText(part)
                    cache[key] = (operators, text._curSubset)
                else:
                    operators, text._curSubset = written
                code.append(operators + " T*" if i == end and n < last else operators)
            if narrowing:
                code.append("0 Tw")
