"""Word's automatic numbering and heading levels, as Word shows them.

A paragraph is a list item when its `w:pPr/w:numPr` (or its style's, through `w:basedOn`)
names a `w:num`; the num points at a `w:abstractNum` whose `w:lvl` elements give, per level,
the format (`w:numFmt`: decimal, lowerLetter, upperRoman, bullet, none…), the start value
(`w:start`, or the num's `w:lvlOverride/w:startOverride`) and the label pattern (`w:lvlText`,
"%1." or "(%2)"). Counters run per abstract list, so that two nums of one list continue each
other as in Word, and a level's counter restarts when a shallower level advances.

Headings: the paragraph's (or its style's) `w:outlineLvl` 0–8, or a style named "heading N".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from confdesk.imports.docx_package import W_NS

W = f"{{{W_NS}}}"

#: Symbol-font bullets Word stores as private-use characters, shown as the bullet they draw.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓",
            "o": "◦", "\uf02d": "-", "\u2013": "–", "-": "-"}


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    #: The level whose advance restarts this one (Word's lvlRestart); None: any shallower.
    restart: int | None = None
    #: Legal numbering (w:isLgl): every number in the label in digits ("1.2", not "I.2").
    legal: bool = False


@dataclass(frozen=True)
class Numbered:
    """A paragraph's place in a Word list."""

    level: int
    #: decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none…
    fmt: str
    #: The label as Word shows it: "3.", "(b)", "•"; empty for format "none".
    label: str
    #: The counter's value (1 for a bullet).
    value: int
    #: Which Word list (abstract numbering) the paragraph belongs to.
    list_id: str = ""

    @property
    def bullet(self) -> bool:
        return self.fmt == "bullet"


@dataclass(frozen=True)
class Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    #: The style's paragraph alignment (w:jc), if it sets one.
    align: str | None = None


def _val(element: Any, default: str | None = None) -> str | None:
    if element is None:
        return default
    value = element.get(f"{W}val", default)
    return None if value is None else str(value)


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def roman(number: int) -> str:
    """12 → 'xii' (lower case; numbers below 1 as decimal)."""
    if number < 1 or number > 3999:
        return str(number)
    out = []
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def letters(number: int) -> str:
    """Word's letter numbering: 1 → a, 26 → z, 27 → aa, 53 → aaa."""
    if number < 1 or number > 780:  # Word itself stops at 780 (zz…z, 30 letters)
        return str(number)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def formatted(number: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return letters(number)
    if fmt == "upperLetter":
        return letters(number).upper()
    if fmt == "lowerRoman":
        return roman(number)
    if fmt == "upperRoman":
        return roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(number)


@dataclass
class Numbering:
    """The lists and styles of one document; `number(p)` is called on paragraphs in order."""

    styles: dict[str, Style] = field(default_factory=dict)
    #: numId → (abstractNumId, {level: start override})
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)
    default_style: str | None = None
    #: Numbering (list) styles: style id → the numId that defines them.
    list_styles: dict[str, str] = field(default_factory=dict)
    #: abstractNumId → the list style it takes its levels from (w:numStyleLink).
    links: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, styles_xml: Any, numbering_xml: Any) -> Numbering:
        found = cls()
        if styles_xml is not None:
            for style in styles_xml.iter(f"{W}style"):
                style_id = style.get(f"{W}styleId") or ""
                ppr = style.find(f"{W}pPr")
                num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
                if style.get(f"{W}type") == "numbering" and num_pr is not None:
                    found.list_styles[style_id] = _val(num_pr.find(f"{W}numId")) or ""
                if style.get(f"{W}type") not in (None, "paragraph"):
                    continue
                found.styles[style_id] = Style(
                    name=(_val(style.find(f"{W}name")) or style_id).lower(),
                    based_on=_val(style.find(f"{W}basedOn")),
                    num_id=_val(num_pr.find(f"{W}numId")) if num_pr is not None else None,
                    ilvl=_int(_val(num_pr.find(f"{W}ilvl"))) if num_pr is not None else None,
                    outline=_int(_val(ppr.find(f"{W}outlineLvl"))) if ppr is not None else None,
                    align=_val(ppr.find(f"{W}jc")) if ppr is not None else None,
                )
                if style.get(f"{W}default") in ("1", "true"):
                    found.default_style = style_id
        if numbering_xml is not None:
            for abstract in numbering_xml.iter(f"{W}abstractNum"):
                levels: dict[int, Level] = {}
                for lvl in abstract.findall(f"{W}lvl"):
                    ilvl = _int(lvl.get(f"{W}ilvl"), 0) or 0
                    levels[ilvl] = Level(
                        start=_int(_val(lvl.find(f"{W}start")), 1) or 0,
                        fmt=_val(lvl.find(f"{W}numFmt"), "decimal") or "decimal",
                        text=_val(lvl.find(f"{W}lvlText"), "") or "",
                        restart=_int(_val(lvl.find(f"{W}lvlRestart"))),
                        legal=lvl.find(f"{W}isLgl") is not None
                        and _val(lvl.find(f"{W}isLgl"), "1") not in ("0", "false", "off"),
                    )
                abstract_id = abstract.get(f"{W}abstractNumId") or ""
                found.abstracts[abstract_id] = levels
                link = _val(abstract.find(f"{W}numStyleLink"))
                if link:
                    found.links[abstract_id] = link
            for num in numbering_xml.iter(f"{W}num"):
                overrides: dict[int, int] = {}
                for override in num.findall(f"{W}lvlOverride"):
                    start = _int(_val(override.find(f"{W}startOverride")))
                    if start is not None:
                        overrides[_int(override.get(f"{W}ilvl"), 0) or 0] = start
                found.nums[num.get(f"{W}numId") or ""] = (
                    _val(num.find(f"{W}abstractNumId"), "") or "", overrides)
        return found

    def _chain(self, style_id: str | None) -> list[Style]:
        chain: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            chain.append(self.styles[style_id])
            style_id = self.styles[style_id].based_on
        return chain

    def _style_id(self, ppr: Any) -> str | None:
        return _val(ppr.find(f"{W}pStyle")) if ppr is not None else self.default_style

    def outline_level(self, paragraph: Any) -> int | None:
        """0 for a top heading … 8; None for body text."""
        ppr = paragraph.find(f"{W}pPr")
        direct = _int(_val(ppr.find(f"{W}outlineLvl"))) if ppr is not None else None
        if direct is not None:
            return direct if direct < 9 else None
        for style in self._chain(self._style_id(ppr) or self.default_style):
            if style.outline is not None:
                return style.outline if style.outline < 9 else None
            if style.name.startswith("heading "):
                level = _int(style.name.removeprefix("heading ").strip())
                if level is not None and 1 <= level <= 9:
                    return level - 1
        return None

    def centred(self, paragraph: Any) -> bool:
        """Whether the paragraph is centred, directly or by its style (or one it is based
        on)."""
        ppr = paragraph.find(f"{W}pPr")
        direct = _val(ppr.find(f"{W}jc")) if ppr is not None else None
        if direct is None:
            direct = next((s.align for s in self._chain(self._style_id(ppr)) if s.align), None)
        return direct == "center"

    def is_title(self, paragraph: Any) -> bool:
        ppr = paragraph.find(f"{W}pPr")
        return any(style.name == "title" for style in self._chain(self._style_id(ppr)))

    def _num_pr(self, paragraph: Any) -> tuple[str | None, int]:
        ppr = paragraph.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = _val(num_pr.find(f"{W}numId")) if num_pr is not None else None
        ilvl = _int(_val(num_pr.find(f"{W}ilvl"))) if num_pr is not None else None
        for style in self._chain(self._style_id(ppr)):
            if num_id is None and style.num_id is not None:
                num_id = style.num_id
            if ilvl is None and style.ilvl is not None:
                ilvl = style.ilvl
        return num_id, ilvl or 0

    def _linked(self, abstract_id: str) -> str:
        """The abstract list that holds the levels: a list tied to a list style (Word's
        numStyleLink, as in templates with house list styles) takes the style's."""
        for _ in range(3):
            style = self.links.get(abstract_id)
            num_id = self.list_styles.get(style or "")
            if not num_id or num_id not in self.nums:
                break
            abstract_id = self.nums[num_id][0]
        return abstract_id

    def number(self, paragraph: Any) -> Numbered | None:
        """The paragraph's list label as Word shows it, advancing the list's counters."""
        num_id, ilvl = self._num_pr(paragraph)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        abstract_id, overrides = self.nums[num_id]
        abstract_id = self._linked(abstract_id)
        levels = self.abstracts.get(abstract_id)
        if not levels:
            return None
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, Level())
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for over_level, start in overrides.items():
                counters[over_level] = start - 1
                for deeper in [k for k in counters if k > over_level]:
                    del counters[deeper]
        start = overrides.get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or restart == 0 or restart - 1 >= ilvl:
                del counters[deeper]
        if level.fmt == "bullet":
            text = level.text
            label = "".join(_BULLETS.get(ch, ch) for ch in text) or "•"
            return Numbered(ilvl, "bullet", label, 1, abstract_id)
        label = level.text
        for n in range(9, 0, -1):
            if f"%{n}" in label:
                lvl = levels.get(n - 1, Level())
                value = counters.get(n - 1, overrides.get(n - 1, lvl.start))
                fmt = "decimal" if level.legal and lvl.fmt != "bullet" else lvl.fmt
                label = label.replace(f"%{n}", formatted(value, fmt))
        if level.fmt == "none":
            label = label.strip()
        return Numbered(ilvl, level.fmt, label, counters[ilvl], abstract_id)
