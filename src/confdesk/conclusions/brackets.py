"""Square brackets around part of a paragraph: spans kept beside the text, not typed in it.

A paragraph's `brackets` are [start, end) character offsets into its text; they are counted,
listed and printed as "[" and "]" (`render`), and follow the text through edits (`remap`),
so that a word inserted before a bracket does not shift it onto other words. Pure functions:
the operations and the tree use them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

Span = tuple[int, int]


def normalise(spans: Iterable[Sequence[int]], length: int) -> tuple[Span, ...]:
    """Spans clipped to the text, empty ones dropped, overlapping or touching ones joined,
    in order."""
    clipped = sorted((max(0, int(s[0])), min(length, int(s[1]))) for s in spans
                     if len(s) == 2)
    out: list[Span] = []
    for start, end in clipped:
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def render(text: str, spans: Iterable[Sequence[int]]) -> str:
    """The text with "[" and "]" around each bracketed span, as printed."""
    result, last = [], 0
    for start, end in normalise(spans, len(text)):
        result += [text[last:start], "[", text[start:end], "]"]
        last = end
    result.append(text[last:])
    return "".join(result)


def parse(marked: str) -> tuple[str, tuple[Span, ...]]:
    """Text typed with square brackets → (text without them, spans). Unbalanced brackets
    are kept as typed characters (a lone "]" or an unclosed "[")."""
    opened: list[int] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(marked):
        if char == "[":
            opened.append(index)
        elif char == "]" and opened:
            pairs.append((opened.pop(), index))
    # Only outermost pairs become spans; inner ones stay as typed characters.
    outer = [p for p in pairs if not any(o[0] < p[0] and p[1] < o[1] for o in pairs)]
    removed = sorted(i for pair in outer for i in pair)
    text_chars, spans, shift = [], [], 0
    starts = {o[0] for o in outer}
    for index, char in enumerate(marked):
        if index in removed:
            if index in starts:
                spans.append([index - shift, -1])
            else:
                spans[[s[1] for s in spans].index(-1)][1] = index - shift
            shift += 1
            continue
        text_chars.append(char)
    text = "".join(text_chars)
    return text, normalise(spans, len(text))


def remap(old: str, new: str, spans: Iterable[Sequence[int]]) -> tuple[Span, ...]:
    """Where `spans` of `old` stand in `new`: offsets follow the unchanged stretches; a span
    whose text was replaced keeps covering the replacement."""
    spans = normalise(spans, len(old))
    if not spans or old == new:
        return spans
    opcodes = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()

    def where(offset: int, *, end: bool) -> int:
        for tag, i1, i2, j1, j2 in opcodes:
            if tag == "equal" and i1 <= offset <= i2:
                return j1 + offset - i1
            if i1 <= offset < i2 or (end and offset == i2):
                return j2 if end else j1
        return len(new)
    return normalise(((where(s, end=False), where(e, end=True)) for s, e in spans), len(new))


def bracketed_parts(text: str, spans: Iterable[Sequence[int]]) -> list[str]:
    """The words between brackets, span by span (for lists and counts)."""
    return [text[s:e] for s, e in normalise(spans, len(text))]
