"""Text as confdesk keeps it: without the characters no file format or database can hold.

Text arrives from spreadsheets, Word documents, the clipboard and the command line. Some of
it carries characters that break things further on: C0 control characters (other than tab
and line breaks) and U+FFFE/U+FFFF, which XML 1.0 cannot hold at all (frab, Akoma Ntoso,
DOCX and XLSX files become unreadable); NUL, which PostgreSQL refuses in text; lone
surrogates, which cannot be encoded as UTF-8; and terminal escape sequences, which a plain
text export or a terminal would obey. `clean_text` removes them, keeping every ordinary
character of every script. The database layer applies it to every string written (see
`confdesk.db.cleaning`), and every exporter applies it again to what it writes, so that
data stored before still renders a well-formed file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# The regular expressions below are compiled when first needed (`_regex`): nearly all text is
# printable and never needs them (`_plainly_clean`), and compiling the character classes that
# reach beyond the first plane was a tenth of what `confdesk --version` executes.

#: ESC-introduced sequences a terminal obeys: CSI (colours, cursor moves), OSC (window
#: titles, hyperlinks) up to BEL or ST, and two-character escapes; also their one-byte C1
#: forms (U+009B CSI, U+009D OSC).
_ESCAPES = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)
#: Line and page breaks in their other spellings: CR LF, CR, VT (Word's line break),
#: FF (page break), NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
_BREAKS = "\r\n?|[\x0b\x0c\x85\u2028\u2029]"
#: The noncharacters U+xFFFE and U+xFFFF of every plane (XML refuses those of the first).
_PLANE_ENDS = "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF)
                      for plane in range(17))
#: What no format takes: C0 controls but tab and line feed, DEL, C1 controls, surrogates
#: (only lone ones can occur in a Python string), and the noncharacters.
_UNWANTED = f"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]"
#: Anything `clean_text` would change, to leave clean text (nearly all of it) untouched fast.
_SUSPECT = (
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]"
)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """One of the patterns above, compiled once."""
    return re.compile(pattern)


def clean_text(text: str) -> str:
    """`text` without terminal escapes and the characters files and databases cannot hold;
    other line-break characters become a line feed. Clean text is returned as it is."""
    if _plainly_clean(text) or not _regex(_SUSPECT).search(text):
        return text
    text = _regex(_ESCAPES).sub("", text)
    text = _regex(_BREAKS).sub("\n", text)
    return _regex(_UNWANTED).sub("", text)


def clean_value(value: Any) -> Any:
    """`clean_text` for strings (an enumeration member is left as it is); anything else
    unchanged."""
    if type(value) is str:
        return clean_text(value)
    return value


def is_clean(text: str) -> bool:
    """True when `clean_text` would leave `text` as it is."""
    # Fast path: every character clean_text removes or changes is one Python calls not
    # printable (controls, surrogates, noncharacters, line and paragraph separators).
    return _plainly_clean(text) or _regex(_SUSPECT).search(text) is None


def _plainly_clean(text: str) -> bool:
    """True when every character of `text` is printable or a line feed: such text is
    clean (every character `clean_text` removes or changes is one Python calls not
    printable, and a line feed is kept). Seen in C: many lines at once (a command's report
    of 100,000 lines) would otherwise be searched character by character by `_SUSPECT`,
    ten times slower."""
    return text.isprintable() or ("\n" in text and all(map(str.isprintable,
                                                          text.split("\n"))))


#: A dataclass field's metadata that `clean_data` leaves as it is (a sort key with its
#: separators, not text to print), like a column marked `db.cleaning.KEEP_AS_GIVEN`.
AS_GIVEN = {"clean_text": False}


def clean_data(value: Any) -> Any:
    """`value` with `clean_text` applied to every string inside it: through tuples, lists,
    dicts and dataclasses (rebuilt with `dataclasses.replace`; fields marked `AS_GIVEN` are
    left alone). What holds nothing to clean is returned as the same object, so clean data
    costs one look at each string."""
    if type(value) is str:
        return clean_text(value)
    if isinstance(value, list | tuple):
        items = [clean_data(v) for v in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        if isinstance(value, list):
            return items
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if isinstance(value, dict):
        pairs = {k: clean_data(v) for k, v in value.items()}
        return value if all(pairs[k] is v for k, v in value.items()) else pairs
    import dataclasses  # here: `confdesk --version` imports this module, not `inspect`

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in dataclasses.fields(value):
            if item.init and item.metadata.get("clean_text", True):
                old = getattr(value, item.name)
                new = clean_data(old)
                if new is not old:
                    changes[item.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
