"""Invented names for the demo: common given and family names of many cultures, drawn at random.

The pools live in `resources/demo/names.json`. A drawn name is a fresh combination, so every
person it names is fictitious. Names in a non-Latin script carry a Latin transliteration,
which the demo uses for e-mail addresses (and, for some people, as the registered name).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from confdesk.registration.names import fold
from confdesk.registration.states import state

_NOT_EMAIL = re.compile(r"[^a-z0-9.-]+")


@dataclass(frozen=True, slots=True)
class DrawnName:
    """An invented person's name as it is registered, with an ASCII form for e-mail."""

    given: str
    family: str
    family_first: bool
    #: "given.family" in lower-case ASCII, for an e-mail address.
    email_local: str


def _pair(entry: str | list[str]) -> tuple[str, str]:
    """(native, Latin) of a pool entry; a plain string is already Latin."""
    if isinstance(entry, str):
        return entry, entry
    return entry[0], entry[1]


@cache
def _ascii(text: str) -> str:
    return _NOT_EMAIL.sub("", fold(text).replace(" ", "-").replace("'", ""))


@dataclass(frozen=True)
class Culture:
    """One pool of names."""

    key: str
    given_m: tuple[tuple[str, str], ...]
    given_f: tuple[tuple[str, str], ...]
    family_m: tuple[tuple[str, str], ...]
    family_f: tuple[tuple[str, str], ...]
    family_first: bool = False
    #: Share of people registered under the Latin transliteration.
    latin_ratio: float = 1.0
    #: Share of people known by one name only.
    single_name_ratio: float = 0.0

    @classmethod
    def from_json(cls, key: str, data: dict[str, Any]) -> Culture:
        family = tuple(_pair(e) for e in data.get("family", []))
        return cls(
            key=key,
            given_m=tuple(_pair(e) for e in data["given_m"]),
            given_f=tuple(_pair(e) for e in data["given_f"]),
            family_m=family,
            family_f=tuple(_pair(e) for e in data.get("family_f", [])) or family,
            family_first=bool(data.get("family_first", False)),
            latin_ratio=float(data.get("latin_ratio", 1.0)),
            single_name_ratio=float(data.get("single_name_ratio", 0.0)),
        )

    def draw(self, rng: random.Random, female: bool) -> DrawnName:
        """A random combination of a given and a family name of this culture."""
        given = rng.choice(self.given_f if female else self.given_m)
        families = self.family_f if female else self.family_m
        single = not families or rng.random() < self.single_name_ratio
        family = ("", "") if single else rng.choice(families)
        latin = rng.random() < self.latin_ratio
        pick = 1 if latin else 0
        local = ".".join(p for p in (_ascii(given[1]), _ascii(family[1])) if p)
        return DrawnName(
            given=given[pick], family=family[pick],
            family_first=self.family_first and not single, email_local=local,
        )


class NamePools:
    """All cultures, and which of them a country's people are drawn from."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.cultures = {k: Culture.from_json(k, v) for k, v in data["cultures"].items()}
        self._countries: dict[str, list[str]] = data["countries"]
        self._regions: dict[str, list[str]] = data["regions"]
        unknown = {
            c for keys in [*self._countries.values(), *self._regions.values()] for c in keys
        } - set(self.cultures)
        if unknown:
            raise ValueError(f"names.json refers to unknown cultures: {sorted(unknown)}")

    def cultures_for(self, country_code: str | None) -> list[str]:
        """The cultures a country's people are drawn from (by country, else by UN region)."""
        if country_code and country_code in self._countries:
            return self._countries[country_code]
        found = state(country_code) if country_code else None
        return self._regions.get(found.regional_group if found else "", self._regions[""])

    def draw(
        self, rng: random.Random, cultures: list[str], *, female: bool,
        avoid: set[tuple[str, str]] | None = None,
    ) -> DrawnName:
        """A name from one of `cultures`, avoiding (given, family) pairs already in `avoid`."""
        name = self.cultures[rng.choice(cultures)].draw(rng, female)
        for _ in range(20):
            if avoid is None or (name.given, name.family) not in avoid:
                break
            name = self.cultures[rng.choice(cultures)].draw(rng, female)
        if avoid is not None:
            avoid.add((name.given, name.family))
        return name

    def any_culture(self, rng: random.Random) -> str:
        """A culture picked at random, for the international staff of organisations."""
        return str(rng.choice(sorted(self.cultures)))
