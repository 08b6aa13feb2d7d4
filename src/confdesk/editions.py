"""What an English or a French edition prints: dates and honorifics.

French follows the Imprimerie nationale and UN French usage: "1er avril 2014", "lundi
31 mars 2014", "31 mars – 1er avril 2014"; honorifics "M.", "Mme", "S. E. M.",
"Ambassadeur", "Pr". Pure functions, used by every export that takes a language.
"""

from __future__ import annotations

import re
from datetime import date

#: Languages an edition can be printed in.
EDITION_LANGUAGES = ("en", "fr")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_SHORT_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}


def _lang(language: str) -> str:
    return language if language in _MONTHS else "en"


def day_number(day: date, language: str = "en") -> str:
    """"1" in English; "1er" for the first of the month in French."""
    return "1er" if _lang(language) == "fr" and day.day == 1 else str(day.day)


def colon(language: str = "en") -> str:
    """":" in English; a no-break space before it in French ("Temps de parole :")."""
    return "\u00a0:" if _lang(language) == "fr" else ":"


def month_name(day: date, language: str = "en") -> str:
    return _MONTHS[_lang(language)][day.month - 1]


def long_date(day: date, language: str = "en", *, weekday: bool = False) -> str:
    """"31 March 2014", "1er avril 2014"; with the weekday: "Monday 31 March 2014",
    "lundi 31 mars 2014"."""
    text = f"{day_number(day, language)} {month_name(day, language)} {day.year}"
    if weekday:
        text = f"{_WEEKDAYS[_lang(language)][day.weekday()]} {text}"
    return text


def short_day(day: date, language: str = "en") -> str:
    """"Mon 31 Mar" / "lun. 31 mars", for lists of appearances."""
    lang = _lang(language)
    month = month_name(day, lang)
    if lang == "en":
        month = month[:3]
    return f"{_SHORT_WEEKDAYS[lang][day.weekday()]} {day_number(day, lang)} {month}"


def date_range(start: date, end: date, language: str = "en") -> str:
    """"31 March – 1 April 2014", "1–3 April 2014"; French "31 mars – 1er avril 2014",
    "1er–3 avril 2014"."""
    if start == end:
        return long_date(start, language)
    if start.year != end.year:
        return f"{long_date(start, language)} – {long_date(end, language)}"
    if start.month != end.month:
        return (f"{day_number(start, language)} {month_name(start, language)} – "
                f"{long_date(end, language)}")
    return f"{day_number(start, language)}–{long_date(end, language)}"


# -- honorifics ---------------------------------------------------------------------------

#: Whole English honorifics and their French forms (longest first when matched).
_FRENCH_HONORIFICS: dict[str, str] = {
    "h.e. mr": "S. E. M.", "h.e. mrs": "S. E. Mme", "h.e. ms": "S. E. Mme",
    "h.e. dr": "S. E. Dr", "h.e. prof.": "S. E. Pr", "h.e.": "S. E.",
    "his excellency": "Son Excellence", "her excellency": "Son Excellence",
    "mr": "M.", "mr.": "M.", "mrs": "Mme", "mrs.": "Mme", "ms": "Mme", "ms.": "Mme",
    "miss": "Mlle", "dr": "Dr", "dr.": "Dr", "prof.": "Pr", "prof": "Pr", "professor": "Pr",
    "judge": "Juge", "justice": "Juge", "hon.": "L'hon.", "the hon.": "L'hon.",
    "rev.": "Rév.", "the rev.": "Rév.", "sir": "Sir", "dame": "Dame",
    "ambassador": "Ambassadeur", "senator": "Sénateur", "minister": "Ministre",
    "general": "Général", "gen.": "Gén.", "col.": "Col.", "capt.": "Capt.",
}
_FEMININE = {"mrs", "ms", "miss", "mme", "mlle", "dame", "her"}
_FEMININE_FORMS = {"Ambassadeur": "Ambassadrice", "Sénateur": "Sénatrice"}
_WORD = re.compile(r"(?i)\b(?:his|her) excellency|h\.e\.|the hon\.|the rev\.|[a-z]+\.?")


def honorific(text: str, language: str = "en", *, feminine: bool | None = None) -> str:
    """An honorific in an edition's language: "H.E. Mr" → "S. E. M.", "Ms" → "Mme",
    "Ambassador" → "Ambassadeur" (or "Ambassadrice" when `feminine` or when the honorific
    itself says so: "Ambassador Ms"). Unknown words are kept as typed; English editions get
    the text unchanged."""
    text = " ".join(text.split())
    if _lang(language) != "fr" or not text:
        return text
    whole = _FRENCH_HONORIFICS.get(text.casefold())
    words = [m.group(0) for m in _WORD.finditer(text)]
    if feminine is None:
        feminine = any(w.casefold().rstrip(".") in _FEMININE for w in words)
    if whole is None:
        parts = []
        for word in words:
            parts.append(_FRENCH_HONORIFICS.get(word.casefold(), word))
        whole = " ".join(parts) if parts else text
    if feminine:
        for masc, fem in _FEMININE_FORMS.items():
            whole = whole.replace(masc, fem)
    return whole
