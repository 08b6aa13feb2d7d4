"""Turning spreadsheet text into participant values: names, countries, enumerations."""

from __future__ import annotations

from functools import cache, lru_cache

from babel import Locale

from confdesk.registration import names
from confdesk.registration.models import (
    HONORIFICS,
    Category,
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


def _words(enum_cls: type, extra: dict[str, str]) -> dict[str, str]:
    table = {names.fold(m.value): m.value for m in enum_cls}  # type: ignore[attr-defined]
    table.update({names.fold(m.value.replace("_", " ")): m.value for m in enum_cls})  # type: ignore[attr-defined]
    table.update({names.fold(k): v for k, v in extra.items()})
    return table


_CATEGORY = _words(Category, {
    "delegue": "delegate", "deleguee": "delegate", "delegation": "delegate",
    "participant": "delegate", "orateur": "speaker", "oratrice": "speaker",
    "intervenant": "speaker", "intervenante": "speaker", "panelist": "speaker",
    "panellist": "speaker", "panéliste": "speaker", "observateur": "observer",
    "observatrice": "observer", "presse": "press", "media": "press", "medias": "press",
    "journalist": "press", "journaliste": "press", "secretariat": "staff",
    "personnel": "staff", "organiser": "staff", "invite": "guest", "invitee": "guest",
})
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
    """The value a folded word stands for in a table of choices, or None."""
    return table.get(names.fold(text)) if text else None


def category(text: str) -> Category | None:
    """The category a cell names (English or French), or None."""
    found = parse_choice(text, _CATEGORY)
    return Category(found) if found else None


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
