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


# -- reading an outcome document (the import report's notes, the preview's parts) ----------
#: How the preview names a part of the text and its list style.
PART_FREE = QT_TRANSLATE_NOOP("UserError", "Part {index}: free text")
PART_LIST = QT_TRANSLATE_NOOP("UserError", "Part {index}: list, {style}")
PART_LIST_FROM = QT_TRANSLATE_NOOP("UserError", "Part {index}: list, {style}, from {start}")
STYLE_NUMBERED = QT_TRANSLATE_NOOP("UserError", "numbered")
STYLE_LOWER_LETTER = QT_TRANSLATE_NOOP("UserError", "lettered (a)")
STYLE_UPPER_LETTER = QT_TRANSLATE_NOOP("UserError", "lettered A.")
STYLE_LOWER_ROMAN = QT_TRANSLATE_NOOP("UserError", "roman (i)")
STYLE_UPPER_ROMAN = QT_TRANSLATE_NOOP("UserError", "roman I.")
STYLE_BULLETS = QT_TRANSLATE_NOOP("UserError", "bullets")
PARAGRAPHS_ONE = QT_TRANSLATE_NOOP("UserError", "{count} paragraph")
PARAGRAPHS_MANY = QT_TRANSLATE_NOOP("UserError", "{count} paragraphs")
#: The Word reader's notes: what it converted or left out. Each comes as a pair, for one
#: and for several (the English rule; {count} is the number).
WORD_NUMBERING = QT_TRANSLATE_NOOP("UserError", "Word list numbering read on {paragraphs}.")
WORD_NUMBERING_BULLETS = QT_TRANSLATE_NOOP(
    "UserError", "Word list numbering read on {paragraphs} and {bullets}.")
BULLETS_ONE = QT_TRANSLATE_NOOP("UserError", "{count} bullet")
BULLETS_MANY = QT_TRANSLATE_NOOP("UserError", "{count} bullets")
HEADINGS_ONE = QT_TRANSLATE_NOOP("UserError", "{count} heading taken as section titles.")
HEADINGS_MANY = QT_TRANSLATE_NOOP("UserError", "{count} headings taken as section titles.")
FOOTNOTES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 footnote kept as a comment on the paragraph where it is anchored.")
FOOTNOTES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} footnotes kept as comments on the paragraphs where they are "
    "anchored.")
ENDNOTES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 endnote kept as a comment on the paragraph where it is anchored.")
ENDNOTES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} endnotes kept as comments on the paragraphs where they are "
    "anchored.")
COMMENTS_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 Word comment kept as a comment on the paragraph where it is anchored.")
COMMENTS_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} Word comments kept as comments on the paragraphs where they are "
    "anchored.")
LOST_FOOTNOTES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 footnote anchored in no text that is kept (deleted by tracked changes, "
    "or in a header) left out.")
LOST_FOOTNOTES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} footnotes anchored in no text that is kept (deleted by tracked "
    "changes, or in a header) left out.")
LOST_ENDNOTES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 endnote anchored in no text that is kept (deleted by tracked changes, "
    "or in a header) left out.")
LOST_ENDNOTES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} endnotes anchored in no text that is kept (deleted by tracked "
    "changes, or in a header) left out.")
LOST_COMMENTS_ONE = QT_TRANSLATE_NOOP(
    "UserError", "1 Word comment anchored in no text that is kept (deleted by tracked "
    "changes, or in a header) left out.")
LOST_COMMENTS_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} Word comments anchored in no text that is kept (deleted by tracked "
    "changes, or in a header) left out.")
TABLES = QT_TRANSLATE_NOOP(
    "UserError", "{tables} converted to text: {paragraphs}, one per row, cells separated by "
    "“ | ”.")
TABLES_ONE = QT_TRANSLATE_NOOP("UserError", "{count} table")
TABLES_MANY = QT_TRANSLATE_NOOP("UserError", "{count} tables")
HIDDEN_ONE = QT_TRANSLATE_NOOP(
    "UserError", "{count} stretch of hidden text (formatted as hidden, which Word neither "
    "shows nor prints) left out.")
HIDDEN_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} stretches of hidden text (formatted as hidden, which Word neither "
    "shows nor prints) left out.")
TEXT_BOXES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "The text of {count} text box taken as paragraphs after the paragraph "
    "holding it.")
TEXT_BOXES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "The text of {count} text boxes taken as paragraphs after the paragraph "
    "holding it.")
CHANGES_ACCEPTED_ONE = QT_TRANSLATE_NOOP(
    "UserError", "{count} tracked change ({kinds}) accepted.")
CHANGES_ACCEPTED_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} tracked changes ({kinds}) accepted.")
CHANGES_REJECTED_ONE = QT_TRANSLATE_NOOP(
    "UserError", "{count} tracked change ({kinds}) rejected.")
CHANGES_REJECTED_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} tracked changes ({kinds}) rejected.")
FLATTENED_ONE = QT_TRANSLATE_NOOP(
    "UserError", "{count} list item nested deeper than one level kept as sub-paragraphs "
    "(confdesk lists have one level of sub-paragraphs).")
FLATTENED_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} list items nested deeper than one level kept as sub-paragraphs "
    "(confdesk lists have one level of sub-paragraphs).")
RELETTERED_ONE = QT_TRANSLATE_NOOP(
    "UserError", "{count} sub-item marked otherwise (bullets, roman numerals) kept as "
    "sub-paragraphs lettered (a), (b)….")
RELETTERED_MANY = QT_TRANSLATE_NOOP(
    "UserError", "{count} sub-items marked otherwise (bullets, roman numerals) kept as "
    "sub-paragraphs lettered (a), (b)….")
HEADING_LINES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "The heading's {count} line after the title (the event's name, place and "
    "dates) left out.")
HEADING_LINES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "The heading's {count} lines after the title (the event's name, place and "
    "dates) left out.")
CENTRED_LINES_ONE = QT_TRANSLATE_NOOP(
    "UserError", "The centred heading's {count} line after the title (the event's name, "
    "place and dates) left out.")
CENTRED_LINES_MANY = QT_TRANSLATE_NOOP(
    "UserError", "The centred heading's {count} lines after the title (the event's name, "
    "place and dates) left out.")


def counted(one: str, many: str, count: int, code: str = "", **params: object) -> Message:
    """`one` or `many` (by the English rule) with `count` and `params` filled."""
    return Message.of(one if count == 1 else many, {"count": count, **params}, code=code)


#: The kinds of tracked changes, counted (in the notes above and the refusal to guess).
INSERTIONS_ONE = QT_TRANSLATE_NOOP("UserError", "{count} insertion")
INSERTIONS_MANY = QT_TRANSLATE_NOOP("UserError", "{count} insertions")
DELETIONS_ONE = QT_TRANSLATE_NOOP("UserError", "{count} deletion")
DELETIONS_MANY = QT_TRANSLATE_NOOP("UserError", "{count} deletions")
MOVES_ONE = QT_TRANSLATE_NOOP("UserError", "{count} move")
MOVES_MANY = QT_TRANSLATE_NOOP("UserError", "{count} moves")
FORMATTING_ONE = QT_TRANSLATE_NOOP("UserError", "{count} formatting change")
FORMATTING_MANY = QT_TRANSLATE_NOOP("UserError", "{count} formatting changes")


# -- text files -------------------------------------------------------------------------------
#: The encodings a text file is read in, as the import dialog and report name them.
ENCODING_UTF8_BOM = QT_TRANSLATE_NOOP("UserError", "UTF-8 with a byte-order mark")
ENCODING_UTF16_LE = QT_TRANSLATE_NOOP("UserError", "UTF-16 (little-endian)")
ENCODING_UTF16_BE = QT_TRANSLATE_NOOP("UserError", "UTF-16 (big-endian)")
ENCODING_UTF16_LE_NO_BOM = QT_TRANSLATE_NOOP(
    "UserError", "UTF-16 (little-endian, without a byte-order mark)")
ENCODING_UTF16_BE_NO_BOM = QT_TRANSLATE_NOOP(
    "UserError", "UTF-16 (big-endian, without a byte-order mark)")
ENCODING_CP1252 = QT_TRANSLATE_NOOP("UserError", "Windows-1252 (Western European)")
READ_AS = QT_TRANSLATE_NOOP("UserError", "Read as {encoding} text.")
#: Text files that cannot be read.
TEXT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UserError", "{name} is {size} MB: too large for an outcome document (at most {limit} "
    "MB).")
TEXT_BINARY = QT_TRANSLATE_NOOP("UserError", "{name} is not a text file (it holds binary data).")
TEXT_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "UserError", "{name} is neither UTF-8, UTF-16 nor Windows-1252 text; save it as UTF-8 "
    "(in Word: Plain Text, Unicode (UTF-8)).")
TEXT_DAMAGED = QT_TRANSLATE_NOOP(
    "UserError", "{name} starts like {encoding} text but is damaged at byte {position}.")
TEXT_UNREADABLE = QT_TRANSLATE_NOOP("UserError", "Cannot read {name}: {reason}.")
TEXT_IS_ZIP = QT_TRANSLATE_NOOP(
    "UserError", "{name} is a zip package (a Word or OpenDocument file?), not text; give a "
    "Word file the .docx extension.")
TEXT_IS_RTF = QT_TRANSLATE_NOOP(
    "UserError", "{name} is a Rich Text (RTF) file; save it as .docx (Word) or plain text.")
TEXT_IS_PDF = QT_TRANSLATE_NOOP(
    "UserError", "{name} is a PDF file; import the Word file it was made from, or copy its "
    "text into the import window.")


# -- mapping a sheet's columns --------------------------------------------------------------
MAP_NOT_A_FIELD = QT_TRANSLATE_NOOP("UserError", "“{field}” is not a field; use one of: {fields}.")
MAP_COLUMN_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "UserError", "The column “{column}” is not imported; map it to a field first.")
MAP_NO_VALUE_MAPPING = QT_TRANSLATE_NOOP(
    "UserError", "The values of the column mapped to {field} are taken as they are; only these "
    "fields take value mappings: {fields}.")
MAP_WHICH_VALUE = QT_TRANSLATE_NOOP("UserError", "Say which value to map (COLUMN:VALUE=TARGET).")
MAP_NO_COLUMN = QT_TRANSLATE_NOOP(
    "UserError", "There is no column “{column}”; the headings are: {headings}.")
MAP_EMPTY_SHEET = QT_TRANSLATE_NOOP("UserError", "The sheet is empty: there is no row of headings.")
MAP_NO_NAMES = QT_TRANSLATE_NOOP(
    "UserError", "No column holds names: map one to full_name, given_name or family_name "
    "(e.g. --map \"Participant=full_name\").")

# -- spreadsheets that cannot be read -------------------------------------------------------
#: Said after a damaged workbook's message.
REPAIR = QT_TRANSLATE_NOOP(
    "UserError", "Open it in Excel or LibreOffice and save it again, or save the list as CSV.")
SHEET_EMPTY = QT_TRANSLATE_NOOP("UserError", "{name}: the sheet “{sheet}” is empty.")
SHEET_NO_FILE = QT_TRANSLATE_NOOP("UserError", "There is no file {path}.")
SHEET_MISSING = QT_TRANSLATE_NOOP(
    "UserError", "{name} has no sheet “{sheet}”; its sheets are: {sheets}.")
SHEET_MISSING_MORE = QT_TRANSLATE_NOOP(
    "UserError", "{name} has no sheet “{sheet}”; its sheets are: {sheets} and {more} more.")
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UserError", "{name}: the sheet “{sheet}” has {rows} rows and {columns} columns; confdesk "
    "reads sheets of up to {max_rows} rows and {max_columns} columns.")
CSV_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UserError", "{name} is {size}: confdesk reads CSV files of up to {limit}.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("UserError", "Cannot read {path}: {reason}.")
FILE_UNOPENABLE = QT_TRANSLATE_NOOP("UserError", "Cannot open {name}: {reason}.")
CSV_NOT_TEXT = QT_TRANSLATE_NOOP("UserError", "{name} is not a text (CSV) file.")
CSV_BEYOND_LIMITS = QT_TRANSLATE_NOOP(
    "UserError", "{name}: line {line} is beyond what confdesk reads (up to {rows} rows, "
    "{columns} columns and {cells} cells). Is this a list of people?")
CSV_FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "{name}: line {line} has a field of more than {chars} characters; a cell may "
    "hold at most {limit}. Perhaps a quotation mark is left open above it.")
CSV_UNREADABLE = QT_TRANSLATE_NOOP(
    "UserError", "{name}: line {line} cannot be read as CSV ({detail}).")
WORKBOOK_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UserError", "{name} is {size}: confdesk reads workbooks of up to {limit}.")
WORKBOOK_PASSWORD_OR_XLS = QT_TRANSLATE_NOOP(
    "UserError", "{name} is protected by a password, or it is an older workbook (.xls) named "
    "{suffix}. Save a copy without a password, as .xlsx, and import that.")
WORKBOOK_NOT_XLSX = QT_TRANSLATE_NOOP(
    "UserError", "{name} is not an XLSX file, or it is damaged (its zip container cannot be "
    "read). {repair}")
WORKBOOK_NOT_ODS = QT_TRANSLATE_NOOP(
    "UserError", "{name} is not an ODS file, or it is damaged (its zip container cannot be "
    "read). {repair}")
WORKBOOK_BOMB = QT_TRANSLATE_NOOP(
    "UserError", "{name}: its part {part} expands from {packed} to {size}, more than any real "
    "sheet ({ratio} times). Not read.")
WORKBOOK_PART_DAMAGED = QT_TRANSLATE_NOOP(
    "UserError", "{name} is damaged: its part {part} cannot be unpacked ({detail}). {repair}")
WORKBOOK_PASSWORD = QT_TRANSLATE_NOOP(
    "UserError", "{name} is protected by a password. Save a copy without the password and "
    "import that.")
WORKBOOK_PART_TOO_LARGE = QT_TRANSLATE_NOOP(
    "UserError", "{name}: its part {part} unpacks to {size} of XML; confdesk reads parts of up "
    "to {limit}. Delete what lies beyond the list (or save the list alone as a new file) and "
    "import again.")
WORKBOOK_DAMAGED = QT_TRANSLATE_NOOP("UserError", "{name} is damaged: {detail}. {repair}")
WORKBOOK_ZIP_DAMAGED = QT_TRANSLATE_NOOP(
    "UserError", "{name} is damaged (its zip container cannot be read: {detail}). {repair}")
WORKBOOK_UNREADABLE = QT_TRANSLATE_NOOP(
    "UserError", "{name} cannot be read as a spreadsheet ({detail}). {repair}")
XLS_DAMAGED = QT_TRANSLATE_NOOP(
    "UserError", "{name} is not an Excel 97–2003 (.xls) workbook, or it is damaged. Open it in "
    "Excel or LibreOffice and save it again, or save the list as CSV.")
SHEET_BEYOND_LIMITS = QT_TRANSLATE_NOOP(
    "UserError", "{name}: the sheet “{sheet}” has a value as far as cell {cell} ({rows} rows "
    "× {columns} columns). confdesk reads sheets of up to {max_rows} rows, {max_columns} "
    "columns and {max_cells} cells. Delete what lies beyond the list (or copy the list into a new "
    "sheet) and import again.")
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "{name}: cell {cell} holds {chars} characters; a cell may hold at most "
    "{limit}. Shorten it and import again.")

# -- Word packages that cannot be read ----------------------------------------------------------
DOCX_NOT_ZIP = QT_TRANSLATE_NOOP(
    "UserError", "{name} is not a Word (.docx) document (it is not a valid zip package).")
DOCX_PART_BOMB = QT_TRANSLATE_NOOP(
    "UserError", "{part} would inflate to {size} MB, far more than any real document: it is "
    "refused as a possible zip bomb.")
DOCX_RATIO_BOMB = QT_TRANSLATE_NOOP(
    "UserError", "{part} is compressed {ratio} to 1, far more than any real document: it is "
    "refused as a possible zip bomb.")
DOCX_TOTAL_BOMB = QT_TRANSLATE_NOOP(
    "UserError", "{name} would inflate to more than {limit} MB: it is refused as a possible "
    "zip bomb.")
DOCX_ENCRYPTED = QT_TRANSLATE_NOOP(
    "UserError", "{part} is encrypted; save the document without a password first.")
DOCX_COMPRESSION = QT_TRANSLATE_NOOP(
    "UserError", "{part} uses a compression method confdesk cannot read.")
DOCX_PART_DAMAGED = QT_TRANSLATE_NOOP(
    "UserError", "{part} is damaged (its compressed data cannot be read): {detail}.")
DOCX_DTD = QT_TRANSLATE_NOOP(
    "UserError", "{name} ({part}) declares a DTD or entities, which Word never writes: it is "
    "refused as unsafe.")
DOCX_BAD_XML = QT_TRANSLATE_NOOP(
    "UserError", "{name} is damaged: {part} is not well-formed XML ({detail}).")
DOCX_PART_UNREADABLE = QT_TRANSLATE_NOOP("UserError", "{name} ({part}) cannot be read: {detail}.")
DOCX_NO_DOCUMENT = QT_TRANSLATE_NOOP(
    "UserError", "{name} is not a Word (.docx) document (it has no document part).")
DOCX_NOT_WORD = QT_TRANSLATE_NOOP(
    "UserError", "{name} is not a Word document (an OpenDocument or another kind of Office "
    "file?); save it as .docx first.")

# -- documents without text ---------------------------------------------------------------------
NO_PARAGRAPH = QT_TRANSLATE_NOOP("UserError", "The text holds no paragraph to import.")
NO_BODY = QT_TRANSLATE_NOOP("UserError", "{name} has no body text.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("UserError", "No such file: {path}")
OLD_WORD = QT_TRANSLATE_NOOP(
    "UserError", "Old Word .doc files cannot be read; save it as .docx first.")
