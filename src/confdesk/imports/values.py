"""Turning spreadsheet text into participant values: names, countries, enumerations.

Choices (category, status, delegation role, kind of organisation) are matched on `value_key`,
blind to case, accents, punctuation and the inclusive endings French sheets write
("Délégué(e)", "Invité·e"); the event's own category names and codes count as well as the
English and French words registration sheets use for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Protocol

from babel import Locale

from confdesk.registration import names
from confdesk.registration.models import (
    HONORIFICS,
    DelegationRole,
    OrganisationKind,
    Status,
)
from confdesk.registration.states import find_state

_EXTRA_HONORIFICS = ("H.E.", "S.E.", "S.E. M.", "S.E. Mme", "M.", "Mme", "Mlle", "Pr", "Pr.",
                     "Dr.", "Prof", "Amb.", "Me", "Mgr")
_HONORIFIC_WORDS = {names.fold(h).rstrip("."): h for h in (*HONORIFICS, *_EXTRA_HONORIFICS)}


def split_full_name(text: str) -> tuple[str, str, str]:
    """(honorific, given name, family name) from one cell holding a whole name.

    "REYNDERS, Didier" → family before the comma; "Didier REYNDERS" → the words in capitals
    are the family name (UN practice); otherwise the last word is the family name. Leading
    honorifics ("H.E. Mr", "Dr", "Prof.") are taken off.
    """
    text = names.clean(text)
    if "," in text:
        family, given = (part.strip() for part in text.split(",", 1))
        honorific, given = _peel_honorific(given)
        return honorific, given, family
    honorific, rest = _peel_honorific(text)
    words = rest.split()
    if len(words) <= 1:
        return honorific, "", rest
    capitals = [w for w in words if len(w) > 1 and w.isupper() and any(c.isalpha() for c in w)]
    if capitals and len(capitals) < len(words):
        family = " ".join(w for w in words if w in capitals)
        given = " ".join(w for w in words if w not in capitals)
        return honorific, given, family
    return honorific, " ".join(words[:-1]), words[-1]


def _peel_honorific(text: str) -> tuple[str, str]:
    words = text.split()
    taken: list[str] = []
    while len(words) > 1 and names.fold(words[0]).rstrip(".") in _HONORIFIC_WORDS:
        taken.append(words.pop(0))
    # "H.E. Mr" style: keep the honorific as typed
    return " ".join(taken), " ".join(words)


@cache
def _territories() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(names.fold(name), code)
                table.setdefault(code.casefold(), code)
    return table


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO code of a country named in English or French (or by its code), else None.

    UN Member and observer States by any of the names `states.find_state` knows (the UN's
    short and formal names, common, French and former names, abbreviations such as RDC, USA,
    UK; ISO codes); other territories ("Hong Kong", "Puerto Rico") by CLDR's names.
    """
    text = names.clean(text)
    if not text:
        return None
    found = find_state(text)
    if found is not None:
        return found.code
    return _territories().get(names.fold(text))


_INCLUSIVE = re.compile(r"\((?:e|es|s|ne|le|trice|rice|euse)\)|[·.](?:e|es|ne|trice)\b")
_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=8192)
def value_key(text: str) -> str:
    """A cell's value reduced for matching a choice: "Délégué(e)" → "delegue",
    "Civil society / NGO" → "civil society ngo", "Observateur·trice" → "observateur"."""
    folded = _INCLUSIVE.sub("", names.fold(text))
    return " ".join(_NOT_WORD.sub(" ", folded.replace("_", " ")).split())


def _words(enum_cls: type, extra: dict[str, str]) -> dict[str, str]:
    table = {value_key(m.value): m.value for m in enum_cls}  # type: ignore[attr-defined]
    table.update({value_key(k): v for k, v in extra.items()})
    return table


#: Words registration sheets use, in English and French, for the default categories (see
#: `registration.models.DEFAULT_CATEGORIES`); keys are `value_key`s.
CATEGORY_WORDS: dict[str, str] = {value_key(k): v for k, v in {
    "delegate": "delegate", "delegue": "delegate", "deleguee": "delegate",
    "delegation": "delegate", "participant": "delegate", "member": "delegate",
    "membre": "delegate", "government": "delegate", "gouvernement": "delegate",
    "member state": "delegate", "etat membre": "delegate",
    "observer": "observer", "observateur": "observer", "observatrice": "observer",
    "observer state": "observer", "etat observateur": "observer",
    "speaker": "speaker", "orateur": "speaker", "oratrice": "speaker",
    "intervenant": "speaker", "intervenante": "speaker", "panelist": "speaker",
    "panellist": "speaker", "paneliste": "speaker", "keynote speaker": "speaker",
    "conferencier": "speaker", "conferenciere": "speaker", "moderator": "speaker",
    "moderateur": "speaker", "moderatrice": "speaker",
    "international organisation": "international_organisation",
    "international organization": "international_organisation",
    "io": "international_organisation", "igo": "international_organisation",
    "intergovernmental organisation": "international_organisation",
    "intergovernmental organization": "international_organisation",
    "organisation internationale": "international_organisation",
    "oi": "international_organisation",
    "organisation intergouvernementale": "international_organisation",
    "un": "international_organisation", "united nations": "international_organisation",
    "un system": "international_organisation", "nations unies": "international_organisation",
    "regional organisation": "international_organisation",
    "organisation regionale": "international_organisation",
    "civil society": "civil_society", "ngo": "civil_society", "ong": "civil_society",
    "cso": "civil_society", "osc": "civil_society", "societe civile": "civil_society",
    "non governmental organisation": "civil_society",
    "non governmental organization": "civil_society",
    "organisation non gouvernementale": "civil_society", "association": "civil_society",
    "civil society ngo": "civil_society", "societe civile ong": "civil_society",
    "academia": "academia", "academic": "academia", "academique": "academia",
    "universitaire": "academia", "milieu universitaire": "academia",
    "university": "academia", "universite": "academia", "researcher": "academia",
    "chercheur": "academia", "chercheuse": "academia", "research": "academia",
    "recherche": "academia", "think tank": "academia",
    "press": "press", "presse": "press", "media": "press", "medias": "press",
    "journalist": "press", "journaliste": "press", "press media": "press",
    "presse medias": "press",
    "interpreter": "interpreter", "interprete": "interpreter",
    "interpretation": "interpreter", "translator": "interpreter",
    "traducteur": "interpreter", "traductrice": "interpreter",
    "staff": "staff", "secretariat": "staff", "personnel": "staff", "organiser": "staff",
    "organizer": "staff", "organisateur": "staff", "organisatrice": "staff",
    "volunteer": "staff", "benevole": "staff", "staff secretariat": "staff",
    "guest": "guest", "invite": "guest", "invitee": "guest", "vip": "guest",
    "guest of honour": "guest", "invite d honneur": "guest",
}.items()}


class CategoryLike(Protocol):
    """What `category` needs of one of the event's categories."""

    @property
    def code(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_fr(self) -> str: ...


def category_table(known: Iterable[CategoryLike]) -> dict[str, str]:
    """Every word that names one of the event's categories (`value_key` → code): its codes
    and names first, then the usual English and French words for the categories it has."""
    table: dict[str, str] = {}
    known = list(known)
    for c in known:
        for name in (c.code, c.name_en, c.name_fr):
            if value_key(name):
                table.setdefault(value_key(name), c.code)
    codes = {c.code for c in known}
    for key, code in CATEGORY_WORDS.items():
        if code in codes:
            table.setdefault(key, code)
    return table


def category(text: str, known: Iterable[CategoryLike] | dict[str, str]) -> str | None:
    """The code of the event's category a cell names, or None.

    The event's own codes and names come first ("Observateur(trice)", a category the
    secretariat added), then the usual English and French words for the default categories
    (NGO, ONG, Académique, Presse, Interprète…) when the event has that category. `known`:
    the event's categories, or their `category_table` (made once for a whole sheet).
    """
    table = known if isinstance(known, dict) else category_table(known)
    return table.get(value_key(text)) if text else None


_STATUS = _words(Status, {
    "invite": "invited", "inscrit": "registered", "inscrite": "registered",
    "confirme": "confirmed", "confirmee": "confirmed", "present": "checked_in",
    "presente": "checked_in", "checked in": "checked_in", "arrived": "checked_in",
    "decline": "declined", "annule": "cancelled", "annulee": "cancelled",
    "canceled": "cancelled",
})
_ROLE = _words(DelegationRole, {
    "head of delegation": "head", "chef de delegation": "head", "chef": "head",
    "deputy": "deputy_head", "deputy head of delegation": "deputy_head",
    "chef adjoint": "deputy_head", "chef adjoint de delegation": "deputy_head",
    "membre": "member", "delegate": "member", "conseiller": "adviser",
    "conseillere": "adviser", "advisor": "adviser", "appui": "support",
    "assistant": "support",
})
_KIND = _words(OrganisationKind, {
    "state": "state", "etat": "state", "member state": "state", "observer": "observer_state",
    "un": "un_system", "united nations": "un_system", "nations unies": "un_system",
    "regional organization": "regional_organisation",
    "international organization": "international_organisation",
    "intergovernmental organisation": "international_organisation",
    "ngo": "civil_society", "ong": "civil_society", "civil society": "civil_society",
    "societe civile": "civil_society", "university": "academia", "universite": "academia",
    "academic": "academia", "press": "media", "presse": "media", "autre": "other",
    "parlement": "parliament",
})


def parse_choice(text: str, table: dict[str, str]) -> str | None:
    """The value a word stands for in a table of choices (keys are `value_key`s), or None."""
    return table.get(value_key(text)) if text else None


def status(text: str) -> Status | None:
    """The status a cell names (English or French), or None."""
    found = parse_choice(text, _STATUS)
    return Status(found) if found else None


def delegation_role(text: str) -> DelegationRole | None:
    """The delegation role a cell names (English or French), or None."""
    found = parse_choice(text, _ROLE)
    return DelegationRole(found) if found else None


def organisation_kind(text: str) -> OrganisationKind | None:
    """The kind of organisation a cell names (English or French), or None."""
    found = parse_choice(text, _KIND)
    return OrganisationKind(found) if found else None


_YES = frozenset({"yes", "y", "oui", "o", "true", "vrai", "1", "x"})
_NO = frozenset({"no", "n", "non", "false", "faux", "0", ""})


def yes_no(text: str) -> bool | None:
    """True or False from yes/oui/x/1 or no/non/0/empty, None for anything else."""
    folded = names.fold(text)
    if folded in _YES:
        return True
    return False if folded in _NO else None
