"""Delegations' amendments from a spreadsheet (XLSX, XLS, ODS or CSV).

Secretariats receive amendments as tables: one row per proposal with the paragraph's
number, what to do (replace, insert, delete, move), the text, the proposer and a rationale.
Headings vary and come in English or French ("Para.", "Paragraphe", "Proposé par",
"Justification"); the heading row need not be the first. Kinds are read from words in
either language ("Remplacer", "Add new para", "Suppression"); without one, a row with text
replaces the paragraph and a row without text is left out. What is left out is said, row by
row (`SheetAmendments.notes`); nothing is written here: the service records the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from confdesk.conclusions.models import AmendmentKind
from confdesk.imports.mapping import fold_heading
from confdesk.imports.tables import read_table
from confdesk.registration.names import fold

FIELDS = ("paragraph", "kind", "text", "proposer", "rationale", "date", "target")

_ALIASES: dict[str, tuple[str, ...]] = {
    "paragraph": ("paragraph", "para", "para.", "paragraph number", "paragraph no",
                  "paragraph no.", "para no", "no", "no.", "n°", "nº", "number", "§", "op",
                  "paragraphe", "numero", "numéro", "n° du paragraphe",
                  "numero du paragraphe", "numéro de paragraphe", "par.", "para #"),
    "kind": ("kind", "type", "action", "amendment type", "type of amendment", "operation",
             "nature", "type d'amendement", "type de modification", "modification"),
    "text": ("text", "proposed text", "proposal", "amendment", "wording", "new text",
             "proposed wording", "proposed amendment", "texte", "texte propose",
             "texte proposé", "proposition", "libelle", "libellé", "amendement",
             "nouveau texte", "libellé proposé"),
    "proposer": ("proposer", "proposed by", "delegation", "sponsor", "author", "submitted by",
                 "country", "proposant", "propose par", "proposé par", "delegation(s)",
                 "délégation", "auteur", "pays", "présenté par"),
    "rationale": ("rationale", "reason", "justification", "explanation", "comment",
                  "comments", "remarks", "motif", "motivation", "commentaire",
                  "commentaires", "observations", "explication"),
    "date": ("date", "submitted", "submitted on", "date submitted", "date de soumission",
             "date de depot", "date de dépôt", "reçu le", "received"),
    "target": ("move after", "after paragraph", "target", "new place", "move to",
               "apres le paragraphe", "après le paragraphe", "nouvelle place",
               "deplacer apres", "déplacer après"),
}
_LOOKUP = {fold_heading(a): f for f, aliases in _ALIASES.items() for a in aliases}

_KINDS: dict[AmendmentKind, tuple[str, ...]] = {
    AmendmentKind.REPLACE: ("replace", "replacement", "amend", "amendment", "modify", "change",
                            "reword", "remplacer", "remplacement", "modifier", "modification",
                            "reformuler", "amender"),
    AmendmentKind.INSERT_AFTER: ("insert", "insert after", "add", "addition", "new", "new para",
                                 "new paragraph", "add new para", "inserer", "insérer",
                                 "ajouter", "ajout", "nouveau", "nouveau paragraphe",
                                 "insertion"),
    AmendmentKind.DELETE: ("delete", "deletion", "remove", "strike", "strike out", "supprimer",
                           "suppression", "biffer", "retirer"),
    AmendmentKind.MOVE: ("move", "moving", "relocate", "deplacer", "déplacer", "deplacement",
                         "déplacement"),
}
_KIND_LOOKUP = {fold(word): kind for kind, words in _KINDS.items() for word in words}
_NUMBER = re.compile(r"(\d+)\s*(?:\(\s*([a-z]{1,3})\s*\)|([a-z]))?\s*\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class SheetAmendment:
    """One row read: the paragraph as numbered in the document ("7", "4(a)")."""

    row: int
    paragraph: str
    kind: AmendmentKind
    text: str
    proposer: str
    rationale: str = ""
    proposed_on: date | None = None
    target: str = ""


@dataclass
class SheetAmendments:
    """What a sheet holds, and what was converted or left out."""

    rows: list[SheetAmendment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Column heading → field, as recognised.
    columns: dict[str, str] = field(default_factory=dict)


def field_for(heading: str) -> str | None:
    return _LOOKUP.get(fold_heading(heading))


def kind_for(text: str) -> AmendmentKind | None:
    folded = fold(text).strip(" .:")
    if folded in _KIND_LOOKUP:
        return _KIND_LOOKUP[folded]
    for word in folded.replace("/", " ").split():  # "Add new para", "Proposal to delete"
        if word in _KIND_LOOKUP:
            return _KIND_LOOKUP[word]
    return None


def paragraph_number(text: str) -> str:
    """"OP 7" → "7", "para. 4 (a)" → "4(a)", "§12" → "12", "7.0" → "7", "2:7" (paragraph 7
    of the second numbered list) as it is; "" if none."""
    qualified = re.match(r"^\s*(\d+)\s*:\s*(.+)$", text)
    if qualified:
        inner = paragraph_number(qualified.group(2))
        return f"{qualified.group(1)}:{inner}" if inner else ""
    cleaned = re.sub(r"^(?:op|pp|para(?:graph|graphe)?|par|§|no|n°|nº)\.?\s*", "",
                     text.strip(), flags=re.IGNORECASE)
    cleaned = re.sub(r"^(\d+)\.0$", r"\1", cleaned.strip())
    match = _NUMBER.match(cleaned)
    if not match:
        return ""
    letter = match.group(2) or match.group(3) or ""
    return f"{match.group(1)}({letter.lower()})" if letter else match.group(1)


def _date(text: str) -> date | None:
    text = text.strip()
    for pattern in (r"(\d{4})-(\d{1,2})-(\d{1,2})", r"(\d{1,2})[./](\d{1,2})[./](\d{4})"):
        match = re.match(pattern, text)
        if match:
            parts = [int(p) for p in match.groups()]
            year, month, day = parts if pattern.startswith(r"(\d{4})") else parts[::-1]
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def read_amendments(path: Path, sheet: str | None = None) -> SheetAmendments:
    """The amendments of a spreadsheet's sheet (the first by default)."""
    table = read_table(path, sheet)
    return amendments_from_rows(table.rows)


def amendments_from_rows(rows: list[list[str]]) -> SheetAmendments:
    """The amendments in rows of text cells (the heading row found among the first 30)."""
    found = SheetAmendments()
    header_index, best = 0, 0
    for index, row in enumerate(rows[:30]):
        count = len({field_for(c) for c in row if c and field_for(c)})
        if count > best:
            header_index, best = index, count
    if best == 0 or not rows:
        found.notes.append("No heading names a paragraph, a text or a proposer: nothing was "
                           "imported. Name the columns (e.g. Paragraph, Kind, Text, Proposer, "
                           "Rationale).")
        return found
    header = rows[header_index]
    columns: dict[str, int] = {}
    for index, heading in enumerate(header):
        name = field_for(heading) if heading else None
        if name and name not in columns:
            columns[name] = index
            found.columns[heading] = name
        elif heading.strip():
            found.notes.append(f"Column “{heading.strip()}” was not recognised and left out.")
    for needed in ("paragraph", "proposer"):
        if needed not in columns:
            found.notes.append(f"No column for the {needed}: nothing was imported.")
            return found

    def cell(row: list[str], name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    for offset, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        if not any(c.strip() for c in row):
            continue
        raw_number, text = cell(row, "paragraph"), cell(row, "text")
        number = paragraph_number(raw_number)
        if not number:
            found.notes.append(f"Row {offset}: no paragraph number (“{raw_number}”); left out.")
            continue
        kind_text = cell(row, "kind")
        kind = kind_for(kind_text) if kind_text else None
        if kind is None:
            said = f"kind “{kind_text}” not understood" if kind_text else "no kind"
            if not text:
                found.notes.append(f"Row {offset}: {said} and no text; left out.")
                continue
            if kind_text:
                found.notes.append(f"Row {offset}: {said}; read as a replacement.")
            kind = AmendmentKind.REPLACE
        proposer = cell(row, "proposer")
        if not proposer:
            found.notes.append(f"Row {offset}: no proposer; left out.")
            continue
        target = paragraph_number(cell(row, "target")) if kind == AmendmentKind.MOVE else ""
        if kind == AmendmentKind.MOVE and not target:
            match = re.search(r"(?:after|apr[eè]s)\s+(?:(?:le|la)\s+)?(?:para\w*\.?\s*|§\s*)?"
                              r"(\d+\s*(?:\([a-z]\))?)",
                              text, re.IGNORECASE)
            target = paragraph_number(match.group(1)) if match else ""
        raw_date = cell(row, "date")
        when = _date(raw_date) if raw_date else None
        if raw_date and when is None:
            found.notes.append(f"Row {offset}: date “{raw_date}” not understood; today's "
                               "date is used.")
        found.rows.append(SheetAmendment(offset, number, kind, text, proposer,
                                         cell(row, "rationale"), when, target))
    return found
