"""How people's names are shown, sorted and searched, in every script.

Pure functions, no database: the models and the search use them alike.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from confdesk.text import clean_text

# Letters that NFKD does not decompose but that users type without their mark.
_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
     "ð": "d", "ŀ": "l", "ŧ": "t",
     # Typographic apostrophes and dashes as typed on a keyboard ("Côte d’Ivoire").
     "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-",
     "\u2013": "-", "\u2014": "-"}
)


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for search and duplicate checks.

    "Thorbjørn" → "thorbjorn", "São Tomé" → "sao tome". Scripts without case or accents
    (Arabic, Chinese) come back unchanged apart from normalisation.
    """
    if not text:
        return ""
    if text.isascii():  # most cells: nothing to decompose, strip or translate (4x faster)
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.translate(_FOLD_EXTRA).split())


def clean(text: str | None) -> str:
    """NFC-normalised clean text (see confdesk.text) with runs of white space (line breaks
    included) folded to one space."""
    if not text:
        return ""
    if type(text) is str and text.isascii() and text.isprintable():
        # Nearly every cell: NFC and clean_text leave printable ASCII as it is (3x faster).
        return " ".join(text.split())
    return " ".join(unicodedata.normalize("NFC", clean_text(str(text))).split())


def display_name(
    given: str | None, family: str | None, *, family_first: bool = False, honorific: str = ""
) -> str:
    """The name as printed: "H.E. Mr Didier Reynders"; "Xi Jinping" when family-first."""
    given, family = clean(given), clean(family)
    parts = [family, given] if family_first else [given, family]
    name = " ".join(p for p in parts if p)
    honorific = clean(honorific)
    return f"{honorific} {name}".strip() if honorific else name


def list_name(given: str | None, family: str | None, *, family_first: bool = False) -> str:
    """The name as in an alphabetical list: "REYNDERS, Didier"; a lone name stays as it is."""
    given, family = clean(given), clean(family)
    if not family:
        return given
    if not given:
        return family
    if family_first:
        return f"{family} {given}"
    return f"{family.upper()}, {given}"


def sort_key(given: str | None, family: str | None) -> str:
    """Sort by family name then given name, ignoring case and accents.

    A person with only one name sorts by that name. The separator sorts before any letter,
    so "Ng" comes before "Nguyen".
    """
    return sort_key_of_folded(fold(given), fold(family))


def sort_key_of_folded(given: str, family: str) -> str:
    """`sort_key` of a name whose parts are folded already (`fold`)."""
    return f"{family or given}\x01{given if family else ''}"


def name_key_of_folded(given: str, family: str) -> str:
    """The words of a name folded already (`fold`), in alphabetical order: the key of the
    duplicate checks (`operations.name_key`), "Ban Ki-moon" matching "Ki-moon Ban"."""
    return " ".join(sorted(f"{given} {family}".split()))


class PersonNames:
    """The name forms of anything that has `honorific`, `given_name`, `family_name` and
    `family_name_first`: the Participant row and the plain records read from it."""

    __slots__ = ()

    if TYPE_CHECKING:
        honorific: str
        given_name: str
        family_name: str
        family_name_first: bool

    @property
    def display_name(self) -> str:
        """"H.E. Mr Didier Reynders"."""
        return display_name(self.given_name, self.family_name,
                            family_first=self.family_name_first, honorific=self.honorific)

    @property
    def plain_name(self) -> str:
        """The name without honorific, in the person's order."""
        return display_name(self.given_name, self.family_name,
                            family_first=self.family_name_first)

    @property
    def list_name(self) -> str:
        """"REYNDERS, Didier", for alphabetical lists."""
        return list_name(self.given_name, self.family_name, family_first=self.family_name_first)
