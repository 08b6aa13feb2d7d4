"""The names people really type for a State: formal, common, French, old names, abbreviations.

Registration sheets say "RDC", "Ivory Coast", "Macedonia", "U.S.A." or "Bolivie (État
plurinational de)". `alias_code` finds the State meant, blind to case, accents and
punctuation, from `resources/reference/state_aliases.csv` (ISO 3166 names and alpha-3 codes,
the UN's short and formal names in English and French, common and former names, usual
abbreviations; sources in `SOURCES.md`) and from CLDR's English and French names of the
States in `un_states.csv`.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from babel import Locale

from confdesk.paths import resource
from confdesk.registration.names import fold

_DOTS = re.compile(r"\.(?=\S)|(?<=\w)\.$")
_NOT_WORD = re.compile(r"[^\w]+")
_LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|l) ")
_SAINT = re.compile(r"\b(st|ste)\b")


def alias_key(text: str) -> str:
    """Text reduced for matching a State's name.

    Folded (case, accents), dots of abbreviations dropped ("U.S.A." → "usa"), other
    punctuation made a space ("Guinea-Bissau", "Côte d'Ivoire", "Korea, Republic of"), "&"
    read as "and", "St"/"Ste" as "saint"/"sainte", and a leading article dropped.
    """
    folded = fold(text).replace("&", " and ")
    folded = _DOTS.sub("", folded)
    folded = " ".join(_NOT_WORD.sub(" ", folded).split())
    folded = _SAINT.sub(lambda m: "saint" if m.group(1) == "st" else "sainte", folded)
    return _LEADING_ARTICLE.sub("", folded)


@cache
def _state_codes() -> dict[str, dict[str, str]]:
    """The rows of un_states.csv by code (names may be empty: CLDR's are used then)."""
    with resource("reference", "un_states.csv").open(encoding="utf-8", newline="") as f:
        return {row["code"]: row for row in csv.DictReader(f)}


@cache
def _table() -> dict[str, str]:
    """Alias key → ISO alpha-2 code of a UN Member or observer State."""
    states = _state_codes()
    table: dict[str, str] = {}
    with resource("reference", "state_aliases.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["code"] in states:
                table.setdefault(alias_key(row["alias"]), row["code"])
    territories = (Locale("en").territories, Locale("fr").territories)
    for code, row in states.items():
        for name in (code, row.get("name_en", ""), row.get("name_fr", ""),
                     *(t.get(code, "") for t in territories)):
            if name:
                table.setdefault(alias_key(name), code)
    return table


@lru_cache(maxsize=4096)
def alias_code(text: str) -> str | None:
    """ISO code of the UN Member or observer State that a text names, or None.

    Besides the exact alias, a name written with a qualifier of its own in parentheses or
    after a comma ("Iran (Islamic Rep. of)") is read as the bare name before it, unless that
    name begins the names of two States ("Congo (…)", "Korea, …" stay unknown).
    """
    if not text or not text.strip():
        return None
    table = _table()
    key = alias_key(text)
    if key in table:
        return table[key]
    for sep in ("(", ","):
        if sep in text:
            bare = alias_key(text.split(sep, 1)[0])
            if bare and bare in table:
                meant = {code for k, code in table.items()
                         if k == bare or k.startswith(bare + " ")}
                return table[bare] if len(meant) == 1 else None
    return None


def aliases() -> dict[str, str]:
    """Every alias key with its State's code (for tests and for a look at what is known)."""
    return dict(_table())
