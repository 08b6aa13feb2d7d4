"""Which column of a registration spreadsheet holds which participant field.

Headings in English and French are recognised after folding case, accents and punctuation;
the user corrects the rest. `heading_signature` names a layout of headings so that a GUI can
remember the user's corrections for the next file laid out the same way.

A column whose heading names both a State and an organisation ("Pays / Organisation",
"Country/Organisation", "Délégation / Organisation") is the organisation column: its values
are read one by one, a State's name ("Belgique", "RDC") making a State delegation and the
person's country, anything else ("Council of Europe") an organisation.

The mapping also carries the user's answers for cell values the import does not know
(`values`: "VIP" in the category column means "guest"), which a GUI remembers with the
columns.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from confdesk.db.errors import UserError
from confdesk.imports import messages as m
from confdesk.registration import names

#: Fields a column can fill, with a label for the mapping editor.
FIELDS: dict[str, str] = {
    "full_name": "Full name (split into given and family name)",
    "given_name": "Given name",
    "family_name": "Family name",
    "honorific": "Honorific",
    "function": "Function",
    "organisation": "Organisation / delegation",
    "organisation_kind": "Kind of organisation",
    "country": "Country",
    "email": "E-mail",
    "phone": "Phone",
    "category": "Category",
    "status": "Status",
    "delegation_role": "Delegation role",
    "dietary_needs": "Dietary needs",
    "access_needs": "Access needs",
    "notes": "Notes",
    "code": "Participant code",
    "family_name_first": "Family name written first (yes/no)",
    "do_not_publish": "Do not publish in the list of participants (yes/no)",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "nom complet", "participant", "nom et prenom",
                  "prenom et nom", "name of participant", "nom du participant"),
    "given_name": ("first name", "given name", "given names", "forename", "prenom", "prenoms",
                   "first names"),
    "family_name": ("surname", "family name", "last name", "nom", "nom de famille",
                    "last names"),
    "honorific": ("title", "honorific", "civilite", "titre", "salutation", "mr/ms",
                  "m./mme"),
    "function": ("function", "position", "fonction", "job title", "post", "poste", "role",
                 "designation", "title/function", "titre/fonction"),
    "organisation": ("organisation", "organization", "institution", "delegation",
                     "organisation/delegation", "organization/delegation", "entity",
                     "entite", "affiliation", "employer", "agency", "organisme"),
    "organisation_kind": ("kind of organisation", "organisation kind", "organization type",
                          "type of organisation", "type d'organisation", "organisation type"),
    "country": ("country", "pays", "state", "etat", "member state", "etat membre",
                "nationality", "nationalite"),
    "email": ("e-mail", "email", "courriel", "mail", "e-mail address", "email address",
              "adresse electronique", "adresse e-mail", "adresse courriel"),
    "phone": ("phone", "telephone", "tel", "tel.", "mobile", "portable", "phone number",
              "numero de telephone"),
    "category": ("category", "categorie", "participant category", "type of participant"),
    "status": ("status", "statut", "registration status"),
    "delegation_role": ("delegation role", "role in delegation", "role dans la delegation",
                        "role in the delegation"),
    "dietary_needs": ("diet", "dietary needs", "dietary requirements", "regime",
                      "regime alimentaire", "food"),
    "access_needs": ("access", "access needs", "accessibility", "accessibilite",
                     "special needs", "besoins particuliers"),
    "notes": ("notes", "remarks", "comments", "remarques", "commentaires", "observations"),
    "code": ("code", "participant code", "badge code", "code participant"),
    "family_name_first": ("family name first", "nom en premier", "surname first"),
    "do_not_publish": ("do not publish", "ne pas publier", "not in published list",
                       "publication refused", "no publication", "unpublished"),
}

#: Words of a heading that name a State, and words that name an organisation: a heading
#: with one of each ("Pays / Organisation") is a combined column, read value by value.
_STATE_WORDS = frozenset({"pays", "country", "countries", "state", "etat", "delegation",
                          "member state", "etat membre", "nationality", "nationalite"})
_ORGANISATION_WORDS = frozenset({"organisation", "organization", "organisations",
                                 "organizations", "institution", "entity", "entite",
                                 "affiliation", "organisme", "agency", "employer"})
#: Fields whose values are choices, which `ColumnMapping.values` may map.
VALUE_FIELDS = ("category", "status", "delegation_role", "organisation_kind", "country",
                "family_name_first", "do_not_publish")


def fold_heading(text: str) -> str:
    """A heading reduced for matching: folded, punctuation around words dropped."""
    folded = names.fold(text).replace("\u2019", "'").strip(" :*")
    return re.sub(r"\s*([/-])\s*", r"\1", folded)


_LOOKUP: dict[str, str] = {fold_heading(a): f for f, aliases in _ALIASES.items() for a in aliases}


def is_combined(heading: str) -> bool:
    """True for a heading that names both a State and an organisation ("Pays /
    Organisation"): its column holds one or the other, read value by value."""
    folded = fold_heading(heading)
    parts = {p.strip() for p in re.split(r"[/&,;|+]| or | ou | et | and ", folded)}
    return bool(parts & _STATE_WORDS and parts & _ORGANISATION_WORDS)


def field_for(heading: str) -> str | None:
    """The field a heading names, or None."""
    folded = fold_heading(heading)
    found = _LOOKUP.get(folded)
    if found is None and folded and is_combined(heading):
        return "organisation"
    return found


class MappingError(UserError):
    """A mapping the import cannot use (unknown field, no name column)."""


@dataclass
class ColumnMapping:
    """Field per column index (columns not in `fields` are ignored), and the header row."""

    header_row: int
    headings: list[str]
    fields: dict[int, str] = field(default_factory=dict)
    #: The user's meaning of values the import does not know, by field:
    #: {"category": {value_key("VIP"): "guest"}}; an empty target means "no value" (the
    #: default for a new person).
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def column_of(self, field_name: str) -> int | None:
        """The column mapped to a field, or None."""
        return next((c for c, f in self.fields.items() if f == field_name), None)

    def set(self, heading_or_index: str | int, field_name: str | None) -> None:
        """Map a column (by heading text or index) to a field, or ignore it (None/"")."""
        if field_name and field_name not in FIELDS:
            raise MappingError(m.MAP_NOT_A_FIELD, code="mapping.field", field=field_name,
                               fields=", ".join(FIELDS))
        column = heading_or_index if isinstance(heading_or_index, int) \
            else self._index_of(heading_or_index)
        if field_name:
            for other, f in list(self.fields.items()):
                if f == field_name and other != column:
                    del self.fields[other]
            self.fields[column] = field_name
        else:
            self.fields.pop(column, None)

    def map_value(self, column: str | int, value: str, target: str) -> None:
        """Say what a value of a column (heading, index or field name) means: a category's
        code or name, a status, a role, a kind, a country; "" for no value."""
        from confdesk.imports.values import value_key

        if isinstance(column, str) and column in VALUE_FIELDS \
                and column in self.fields.values():
            field_name: str | None = column
        else:
            index = column if isinstance(column, int) else self._index_of(column)
            field_name = self.fields.get(index)
            if field_name is None:
                raise MappingError(m.MAP_COLUMN_NOT_IMPORTED, code="mapping.column",
                                   column=self.headings[index])
        if field_name not in VALUE_FIELDS:
            raise MappingError(m.MAP_NO_VALUE_MAPPING, code="mapping.values", field=field_name,
                               fields=", ".join(VALUE_FIELDS))
        key = value_key(value)
        if not key:
            raise MappingError(m.MAP_WHICH_VALUE, code="mapping.values")
        self.values.setdefault(field_name, {})[key] = target.strip()

    def mapped_value(self, field_name: str, value: str) -> str | None:
        """The user's meaning of a value, or None when they gave none."""
        from confdesk.imports.values import value_key

        return self.values.get(field_name, {}).get(value_key(value))

    def _index_of(self, heading: str) -> int:
        wanted = fold_heading(heading)
        found = [i for i, h in enumerate(self.headings) if fold_heading(h) == wanted]
        if not found:
            raise MappingError(m.MAP_NO_COLUMN, code="mapping.column", column=heading,
                               headings=", ".join(h for h in self.headings if h))
        return found[0]

    def check(self) -> None:
        """Raise unless the mapping can give every row a name."""
        if not any(self.headings):
            raise MappingError(m.MAP_EMPTY_SHEET, code="mapping.empty")
        mapped = set(self.fields.values())
        if not mapped & {"full_name", "given_name", "family_name"}:
            raise MappingError(m.MAP_NO_NAMES, code="mapping.names")

    @property
    def signature(self) -> str:
        """The heading signature under which a GUI remembers this mapping."""
        return heading_signature(self.headings)


def heading_signature(headings: list[str]) -> str:
    """A stable short name of a layout of headings (order and spelling, ignoring case)."""
    text = "\x1f".join(fold_heading(h) for h in headings).rstrip("\x1f")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def auto_map(headings: list[str]) -> dict[int, str]:
    """Fields recognised from headings; each field taken by its first column only."""
    result: dict[int, str] = {}
    for i, heading in enumerate(headings):
        f = field_for(heading)
        if f and f not in result.values():
            result[i] = f
    # "Nom" alone beside a "Prénom" is a family name; alone it is the full name.
    values = set(result.values())
    if "full_name" in values and ("given_name" in values) != ("family_name" in values):
        col = next(c for c, f in result.items() if f == "full_name")
        missing = "family_name" if "given_name" in values else "given_name"
        result[col] = missing
    if "family_name" in values and not values & {"given_name", "full_name"}:
        col = next(c for c, f in result.items() if f == "family_name")
        if fold_heading(headings[col]) == "nom":
            result[col] = "full_name"
    return result


def find_header_row(rows: list[list[str]], limit: int = 30) -> int:
    """Index of the row of headings: the first of the top rows naming the most fields."""
    best, best_count = 0, 0
    for i, row in enumerate(rows[:limit]):
        count = len({field_for(c) for c in row if c and field_for(c)})
        if count > best_count:
            best, best_count = i, count
    return best


def detect(rows: list[list[str]]) -> ColumnMapping:
    """The header row and automatic mapping of a table.

    A "Title" column holding positions ("Minister of Foreign Affairs") rather than honorifics
    ("H.E. Mr") is taken as the function, as many English lists use the word.
    """
    header = find_header_row(rows)
    headings = [names.clean(h) for h in rows[header]] if rows else []
    fields = auto_map(headings)
    column = next((c for c, f in fields.items() if f == "honorific"), None)
    if column is not None and "function" not in fields.values():
        sample = [r[column] for r in rows[header + 1:header + 201]
                  if column < len(r) and r[column].strip()]
        honorifics = sum(1 for v in sample if looks_like_honorific(v))
        if sample and honorifics < len(sample) / 2:
            fields[column] = "function"
    return ColumnMapping(header_row=header, headings=headings, fields=fields)


def looks_like_honorific(text: str) -> bool:
    """True for "Mr", "H.E. Ms", "S.E. M.", "Prof. Dr" and the like."""
    from confdesk.imports.values import split_full_name

    honorific, _, rest = split_full_name(f"{text} X")
    return bool(honorific) and rest == "X"
