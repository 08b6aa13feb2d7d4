"""The imports' messages: what a preview says of a row, what a report says of an import.

Marked like the catalogue in `confdesk/errors.py` (context "UserError", read by
`pyside6-lupdate`, see resources/translations/README.md). The importers build
`confdesk.errors.Message`s from these templates: the CLI and the files print the English,
the window shows them in the user's language (`confdesk.ui.messages.message_text`).
"""

from __future__ import annotations

from collections.abc import Sequence

from confdesk.errors import Message
from confdesk.i18n import QT_TRANSLATE_NOOP

# -- the words placed in a row's problems (the field a cell belongs to) -------------------
FIELD_CATEGORY = QT_TRANSLATE_NOOP("UserError", "category")
FIELD_STATUS = QT_TRANSLATE_NOOP("UserError", "status")
FIELD_DELEGATION_ROLE = QT_TRANSLATE_NOOP("UserError", "delegation role")
FIELD_ORGANISATION_KIND = QT_TRANSLATE_NOOP("UserError", "kind of organisation")
FIELD_COUNTRY = QT_TRANSLATE_NOOP("UserError", "country")
FIELD_FAMILY_NAME_FIRST = QT_TRANSLATE_NOOP("UserError", "yes/no (family name first)")
FIELD_DO_NOT_PUBLISH = QT_TRANSLATE_NOOP("UserError", "yes/no (do not publish)")
FIELD_HONORIFIC = QT_TRANSLATE_NOOP("UserError", "honorific")
FIELD_GIVEN_NAME = QT_TRANSLATE_NOOP("UserError", "given name")
FIELD_FAMILY_NAME = QT_TRANSLATE_NOOP("UserError", "family name")
FIELD_FUNCTION = QT_TRANSLATE_NOOP("UserError", "function")
FIELD_EMAIL = QT_TRANSLATE_NOOP("UserError", "email")
FIELD_PHONE = QT_TRANSLATE_NOOP("UserError", "phone")
FIELD_DIETARY_NEEDS = QT_TRANSLATE_NOOP("UserError", "dietary needs")
FIELD_CODE = QT_TRANSLATE_NOOP("UserError", "code")
FIELD_ORGANISATION = QT_TRANSLATE_NOOP("UserError", "organisation")

#: How a row's problems name a field.
FIELD_WORDS = {
    "category": FIELD_CATEGORY, "status": FIELD_STATUS,
    "delegation_role": FIELD_DELEGATION_ROLE, "organisation_kind": FIELD_ORGANISATION_KIND,
    "country": FIELD_COUNTRY, "family_name_first": FIELD_FAMILY_NAME_FIRST,
    "do_not_publish": FIELD_DO_NOT_PUBLISH, "honorific": FIELD_HONORIFIC,
    "given_name": FIELD_GIVEN_NAME, "family_name": FIELD_FAMILY_NAME,
    "function": FIELD_FUNCTION, "email": FIELD_EMAIL, "phone": FIELD_PHONE,
    "dietary_needs": FIELD_DIETARY_NEEDS, "code": FIELD_CODE,
    "organisation": FIELD_ORGANISATION,
}

# -- a row's problems ---------------------------------------------------------------------
ROW_NO_NAME = QT_TRANSLATE_NOOP("UserError", "no name")
ROW_BAD_EMAIL = QT_TRANSLATE_NOOP("UserError", "bad e-mail “{email}”")
ROW_TOO_LONG = QT_TRANSLATE_NOOP("UserError", "{field} longer than {limit} characters")
ROW_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("UserError", "unknown {field} “{value}”")
#: Duplicates: the row is someone registered, or an earlier line of the file.
DUPLICATE_EMAIL = QT_TRANSLATE_NOOP("UserError", "already registered with e-mail {email}")
DUPLICATE_NAME = QT_TRANSLATE_NOOP(
    "UserError", "already registered under the same name and organisation")
DUPLICATE_LINE_EMAIL = QT_TRANSLATE_NOOP("UserError", "same e-mail as line {line}")
DUPLICATE_LINE_NAME = QT_TRANSLATE_NOOP(
    "UserError", "same name and organisation as line {line}")
#: Found when the import runs (someone else imported or added the person since the preview).
MEANWHILE_EMAIL = QT_TRANSLATE_NOOP("UserError", "registered meanwhile with e-mail {email}")
MEANWHILE_NAME = QT_TRANSLATE_NOOP(
    "UserError", "registered meanwhile under the same name and organisation")
#: Possible duplicates: same name, but something else differs ({differs}: one of the words
#: below).
POSSIBLE_REGISTERED = QT_TRANSLATE_NOOP(
    "UserError", "possible duplicate: same name as a registered participant ({differs})")
POSSIBLE_LINE = QT_TRANSLATE_NOOP(
    "UserError", "possible duplicate: same name as line {line} ({differs})")
DIFFERS_EMAIL = QT_TRANSLATE_NOOP("UserError", "another e-mail")
DIFFERS_DELEGATION = QT_TRANSLATE_NOOP("UserError", "another delegation")
DIFFERS_BOTH = QT_TRANSLATE_NOOP("UserError", "another e-mail and delegation")
DIFFERS_DETAILS = QT_TRANSLATE_NOOP("UserError", "other details")
#: Warnings (the row is imported all the same).
CODE_NOT_A_CODE = QT_TRANSLATE_NOOP(
    "UserError", "“{value}” is not a participant code: a new one is drawn")
CODE_TAKEN = QT_TRANSLATE_NOOP(
    "UserError", "the code {value} is taken already: a new one is drawn")

# -- an import's report -------------------------------------------------------------------
REPORT_COUNTS = QT_TRANSLATE_NOOP(
    "UserError", "Added {added}, updated {updated}, skipped {skipped}.")
REPORT_NEW_ORGANISATIONS = QT_TRANSLATE_NOOP("UserError", "New organisations: {names}.")
REPORT_SKIPPED = QT_TRANSLATE_NOOP("UserError", "  line {line}: skipped, {reason}")
REPORT_POSSIBLE = QT_TRANSLATE_NOOP(
    "UserError", "Possible duplicates added ({count}), to check:")
REPORT_POSSIBLE_LINE = QT_TRANSLATE_NOOP("UserError", "  line {line}: {name}, {why}")
SKIPPED_IN_PREVIEW = QT_TRANSLATE_NOOP("UserError", "skipped in the preview")
#: The import refused: rows are wrong and the user did not ask to skip them.
ROW_PROBLEMS = QT_TRANSLATE_NOOP("UserError", "line {line}: {problems}")
INVALID_ROWS = QT_TRANSLATE_NOOP(
    "UserError", "{count} row(s) cannot be imported: {rows}. Correct the file, or skip these "
    "rows.")
INVALID_ROWS_MORE = QT_TRANSLATE_NOOP(
    "UserError", "{count} row(s) cannot be imported: {rows} (and {more} more). Correct the "
    "file, or skip these rows.")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP("UserError", "Import cancelled: nothing was imported.")
#: A value mapping whose target the field does not take.
BAD_VALUE_TARGET = QT_TRANSLATE_NOOP(
    "UserError", "“{target}” is not a {field}; use one of: {choices} (or nothing, for no "
    "value).")
ANY_COUNTRY = QT_TRANSLATE_NOOP("UserError", "an ISO country code such as BE, or a country's name")

#: Lists inside a message: "a, b" and "a; b" (translators may change the separator).
LIST_COMMA = QT_TRANSLATE_NOOP("UserError", "{first}, {then}")
LIST_SEMICOLON = QT_TRANSLATE_NOOP("UserError", "{first}; {then}")


def field_word(name: str) -> Message:
    """How a problem names field `name` (its catalogued word, else the name with spaces)."""
    word = FIELD_WORDS.get(name)
    return Message(word, code="field." + name) if word else Message(name.replace("_", " "))


def joined(parts: Sequence[str], template: str = LIST_COMMA) -> str:
    """`parts` as one text, each part translated in the window: a Message built of
    `LIST_COMMA` (or `LIST_SEMICOLON`) pairs; "" for none, the part itself for one."""
    if not parts:
        return ""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = Message(template, code="list", first=part, then=out)
    return out
