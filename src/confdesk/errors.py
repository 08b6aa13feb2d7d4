"""Errors that are safe to show to a user, with a stable code and arguments for translation.

A `UserError` is "known, caused by the input or the environment": the services raise it, the
faces show it (the CLI prints the English text with exit status 2; the window translates it
through `confdesk.ui.messages`). Anything else that escapes is a bug and reaches the
window's exception hook instead.

Each error carries

- `code`: a stable, dotted identifier ("concurrent.changed") that tests and callers may match
  on without depending on the wording;
- `template`: the English message with `{name}` placeholders, which is also the source text
  the translators see (context "UserError");
- `params`: the values of the placeholders (named `params` because `Exception.args` is taken).

`str(error)` is the English text. Messages are declared once, here, in the catalogue below
with `QT_TRANSLATE_NOOP` so that `pyside6-lupdate` extracts them without this module
importing Qt. An error raised with free text (`UserError("...")`, as older code does) still
works: its template is the text itself and it stays English until it gets a catalogue entry.
"""

from __future__ import annotations

from typing import ClassVar

from confdesk.i18n import QT_TRANSLATE_NOOP

#: The translation context of every message in the catalogue (lupdate needs the literal in
#: each QT_TRANSLATE_NOOP call below).
CONTEXT = "UserError"


# -- the catalogue ------------------------------------------------------------------------
#: Someone else saved the record between reading and writing it.
RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "{record} was changed by someone else since you opened it. "
    "Reload and make your change again.")
#: The record was deleted by someone else.
RECORD_DELETED = QT_TRANSLATE_NOOP(
    "UserError", "{record} no longer exists; someone else deleted it.")
#: An undo or redo would overwrite a colleague's later change.
UNDO_WOULD_OVERWRITE = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed {record} since; undoing or redoing this step would "
    "overwrite their change.")
#: An undo or redo met a record someone else deleted.
UNDO_RECORD_GONE = QT_TRANSLATE_NOOP(
    "UserError", "{record} is no longer in the programme: someone else deleted it.")
#: An undo or redo would delete what a colleague added since.
UNDO_WOULD_DELETE = QT_TRANSLATE_NOOP(
    "UserError", "{record} has rapporteur's items or outcome-document paragraphs from it that "
    "this step did not make; undoing or redoing it would delete them.")
#: Undoing the creation of a theme that sessions use now.
UNDO_THEME_IN_USE = QT_TRANSLATE_NOOP(
    "UserError", "{count} session(s) have this theme now; undoing its creation would take it "
    "from them.")
# -- registration (participants, the desk) --
#: Someone else saved or deleted a participant while the dialog or list showed it.
PARTICIPANT_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed or deleted {record} since you opened it. Reload the "
    "list and make your change again.")
#: An undo or redo met a participant someone else deleted.
UNDO_PARTICIPANT_GONE = QT_TRANSLATE_NOOP(
    "UserError", "Someone else deleted {record} since; this step can no longer be undone or "
    "redone.")
#: Undoing a check-in after someone else changed the registration.
UNDO_CHECK_IN_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed {name}'s registration since the check-in (now "
    "{status}); undoing it would overwrite their change.")
#: Redoing a check-in after someone else changed the registration.
REDO_CHECK_IN_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed {name}'s registration since; redoing the check-in "
    "would overwrite their change.")
#: A typed or scanned text at the desk could be several people's code.
CHECK_IN_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "UserError", "“{text}” could be the code of {count} people ({people}): type the code as "
    "printed on the badge.")
#: Nobody of the event has the typed code.
CHECK_IN_UNKNOWN = QT_TRANSLATE_NOOP(
    "UserError", "No participant of this event has the code “{text}”.")
#: Check-in of a cancelled or declined registration without forcing it.
CHECK_IN_INACTIVE = QT_TRANSLATE_NOOP(
    "UserError", "{name}'s registration is {status}: check-in refused (confirm the "
    "registration first, or force the check-in).")
#: Check-in warnings (the check-in was done).
CHECK_IN_FORCED = QT_TRANSLATE_NOOP(
    "UserError", "Checked in although the registration was {status}.")
CHECK_IN_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "UserError", "The registration was not confirmed (status: {status}).")
CHECK_IN_AGAIN = QT_TRANSLATE_NOOP("UserError", "Already checked in at {time} on {day}.")
#: An organisation typed without a name.
ORGANISATION_NAMELESS = QT_TRANSLATE_NOOP("UserError", "An organisation needs a name.")
#: An organisation's name longer than the column.
ORGANISATION_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "An organisation's name may have at most {limit} characters.")
#: A participant without any name.
PARTICIPANT_NAMELESS = QT_TRANSLATE_NOOP(
    "UserError", "A given name or a family name is required.")
#: A malformed e-mail address.
PARTICIPANT_BAD_EMAIL = QT_TRANSLATE_NOOP(
    "UserError", "“{email}” is not a valid e-mail address.")
#: A country code that is not ISO 3166.
PARTICIPANT_BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "UserError", "“{country}” is not an ISO country code.")
#: A text longer than its column.
PARTICIPANT_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "{field} is longer than {limit} characters.")
#: A category code that the event does not have.
CATEGORY_UNKNOWN = QT_TRANSLATE_NOOP(
    "UserError", "“{category}” is not a category of this event; its categories are: "
    "{known}.")
#: A category's fields.
CATEGORY_NAMELESS = QT_TRANSLATE_NOOP("UserError", "A category needs an English name.")
CATEGORY_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "UserError", "“{name}…” is longer than {limit} characters.")
CATEGORY_BAD_COLOUR = QT_TRANSLATE_NOOP(
    "UserError", "“{colour}” is not a colour: write it as #RRGGBB (e.g. #1F4E79).")
CATEGORY_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "UserError", "There is already a category named “{name}”.")
CATEGORY_BAD_CODE = QT_TRANSLATE_NOOP(
    "UserError", "“{category}” is not a category code: use lower-case letters, digits and "
    "“_”, starting with a letter, at most 32 characters.")
CATEGORY_CODE_TAKEN = QT_TRANSLATE_NOOP(
    "UserError", "The event has a category “{category}” already.")
CATEGORY_NOT_FOUND = QT_TRANSLATE_NOOP(
    "UserError", "This event has no category “{text}”; its categories are: {known}.")
CATEGORY_IN_USE = QT_TRANSLATE_NOOP(
    "UserError", "{count} participant(s) are in the category “{name}”: say which category "
    "they move to, or move them first.")
CATEGORY_NOT_ANOTHER = QT_TRANSLATE_NOOP(
    "UserError", "“{category}” is not another category of this event.")
#: Someone else changed the categories under the dialog.
CATEGORY_DELETED = QT_TRANSLATE_NOOP(
    "UserError", "This category was deleted by someone else; reopen the list.")
CATEGORY_CHANGED_NAMED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed the category “{name}” since you opened it; reopen "
    "the categories and make your change again.")
CATEGORIES_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "The categories changed since you opened them; reopen them.")
CATEGORY_DELETED_UNDER_LIST = QT_TRANSLATE_NOOP(
    "UserError", "A category was deleted by someone else since you opened the list; reopen "
    "it.")
#: A participant's code (typed, or imported) that someone else has.
PARTICIPANT_CODE_TAKEN = QT_TRANSLATE_NOOP(
    "UserError", "The code {value} is already used by another participant.")
#: A country code that is not a State's.
NOT_A_STATE = QT_TRANSLATE_NOOP(
    "UserError", "“{country}” is not the code of a UN Member or observer State.")
#: The last category cannot go.
CATEGORY_LAST = QT_TRANSLATE_NOOP("UserError", "An event keeps at least one category.")
#: Two categories of one name.
CATEGORY_NAME_TWICE = QT_TRANSLATE_NOOP("UserError", "Two categories are named “{name}”.")
#: The user cancelled the badges.
BADGES_CANCELLED = QT_TRANSLATE_NOOP("UserError", "Badge export cancelled; no file was written.")
#: The event asked for is not there.
NO_EVENT = QT_TRANSLATE_NOOP("UserError", "There is no event with id {id}.")
NO_EVENT_YET = QT_TRANSLATE_NOOP(
    "UserError", "The database holds no event yet. Create one, or run `confdesk demo`.")
NO_DAY = QT_TRANSLATE_NOOP(
    "UserError", "There is no day {index}: the event has {count} day(s), numbered 1 to "
    "{count}.")
#: The user cancelled an export.
EXPORT_CANCELLED = QT_TRANSLATE_NOOP("UserError", "Export cancelled; no file was written.")
#: A list format the participants' exports do not know.
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "UserError", "Unknown format “{format}”: choose PDF, XLSX or CSV.")
#: A format an export's subject is not written in (the CLI's --format).
NO_SUCH_FORMAT = QT_TRANSLATE_NOOP(
    "UserError", "There is no export in format “{format}” for this; choose one of: "
    "{formats}.")
#: A comparison of two texts asked for in a format other than PDF or Word.
COMPARISON_FORMAT = QT_TRANSLATE_NOOP(
    "UserError", "A comparison is written as pdf or docx, not “{format}”.")
#: Nobody to print a badge for.
NO_BADGE = QT_TRANSLATE_NOOP(
    "UserError", "No participant matches: no badges written (people who declined or "
    "cancelled get none; with “only unprinted”, neither do those printed already).")
#: Someone else changed the event's categories while the dialog showed them.
CATEGORY_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "Someone else changed this category since you opened it; reopen the "
    "categories and make your change again.")

# -- files written (exports/files.py) --
WRITE_TARGET_FOLDER = QT_TRANSLATE_NOOP(
    "UserError", "{path} is a folder: give the name of a file to write.")
WRITE_TARGET_SPECIAL = QT_TRANSLATE_NOOP(
    "UserError", "{path} is not an ordinary file (a device or a pipe): give the name of a file "
    "to write.")
WRITE_NO_FOLDER = QT_TRANSLATE_NOOP("UserError", "The folder {folder} does not exist.")
WRITE_DISK_FULL = QT_TRANSLATE_NOOP(
    "UserError", "The disk is full (or the file too large) writing {path}. {tail}")
WRITE_READ_ONLY = QT_TRANSLATE_NOOP(
    "UserError", "The folder {folder} is on a read-only disk. {tail}")
WRITE_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "UserError", "No permission to write {path} (in {folder}). {tail}")
WRITE_FAILED = QT_TRANSLATE_NOOP("UserError", "Cannot write {path}: {reason}. {tail}")
#: The `tail` of the messages above.
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("UserError", "Nothing was written.")
NOTHING_WRITTEN_KEPT = QT_TRANSLATE_NOOP(
    "UserError", "Nothing was written, and the earlier file of that name is unchanged.")
# -- participant codes typed at the desk --
CODE_EMPTY = QT_TRANSLATE_NOOP("UserError", "Type a participant code.")
CODE_INVALID = QT_TRANSLATE_NOOP(
    "UserError", "“{text}” is not a participant code (it contains “{characters}”).")
#: A list of changes asked for without an earlier issue.
NO_EARLIER_ISSUE = QT_TRANSLATE_NOOP(
    "UserError", "No earlier issue of the list to compare with: issue the list first (without "
    "“changes since the previous issue”).")
# -- team mode (people and roles) --
#: A service refused an action for want of a role (the person holds others here).
PERMISSION_NEEDS_ROLE = QT_TRANSLATE_NOOP(
    "UserError", "This needs the {needed} role; your roles here: {held}.")
#: A service refused an action of someone who holds no role for this event.
PERMISSION_NO_ROLE = QT_TRANSLATE_NOOP(
    "UserError", "This needs the {needed} role; you ({person}) have no role here.")
#: PostgreSQL itself refused a change for want of privileges.
PERMISSION_DATABASE = QT_TRANSLATE_NOOP(
    "UserError", "The database server refused this change: your roles do not allow it. "
    "Nothing was changed.")

#: The database went away (server down, network lost, file on a vanished drive).
DATABASE_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "UserError", "The database could not be reached (the connection was lost, the server "
    "stopped, or the file is locked or gone), so your last change may not have been saved. "
    "Check the network or the database server, then reload (F5) to see what was saved.")


class Message(str):
    """A catalogued text that is not an error: a problem of an imported row, a note of a
    report, a word placed in another message.

    It *is* the English text (a `str`: files, logs and the CLI use it as it is, and tests
    compare it with plain strings) and also carries its `template` (a catalogue entry of
    context "UserError"), its `params` and a stable `code`, so that the window shows it in
    the user's language (`confdesk.ui.messages.message_text`). A param may itself be a
    Message (a catalogued word), translated in turn.
    """

    template: str
    code: str
    params: dict[str, object]
    #: The translation context of `template` ("UserError"; another catalogue's, such as
    #: "ProgrammeLabels", for a label placed in a message).
    context: str

    def __new__(cls, template: str, /, *, code: str = "", context: str = "UserError",
                **params: object) -> Message:
        return cls.of(template, params, code=code, context=context)

    @classmethod
    def of(cls, template: str, params: dict[str, object], *, code: str = "",
           context: str = "UserError") -> Message:
        """The message of `template` with `params` given as a dict."""
        self = super().__new__(cls, render(template, params))
        self.template = template
        self.code = code
        self.context = context
        self.params = params
        return self

    def __reduce__(self) -> tuple[object, ...]:  # survives pickling with its catalogue data
        return (_message, (type(self), self.template, self.code, self.context, self.params))


def _message(cls: type[Message], template: str, code: str, context: str,
             params: dict[str, object]) -> Message:
    return cls.of(template, params, code=code, context=context)


class UserError(Exception):
    """A problem caused by the user's input or environment: shown as a message, no traceback.

    `UserError(template, code="...", **params)`: the English template is formatted with
    `params` for `str()`; without params it is used as it is (braces and all).
    """

    #: The code of errors of this class raised without an explicit one.
    default_code: ClassVar[str] = "error"

    def __init__(self, template: str = "", /, *, code: str | None = None,
                 **params: object) -> None:
        self.template = template
        self.code = code or self.default_code
        self.params: dict[str, object] = params
        super().__init__(render(template, params))

    def __reduce__(self) -> tuple[object, ...]:  # keyword params survive pickling
        return (_rebuild, (type(self), self.template, self.code, self.params))


def _rebuild(cls: type[UserError], template: str, code: str,
             params: dict[str, object]) -> UserError:
    return cls(template, code=code, **params)


def render(template: str, params: dict[str, object]) -> str:
    """`template` with its `{name}` placeholders filled (untouched without params)."""
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that mangled a placeholder
        return template


class DatabaseTooNewError(UserError):
    """The database was written by a newer confdesk than this one."""

    default_code = "database.too_new"


class DatabaseOpenError(UserError):
    """The database cannot be opened (missing server, bad path, not a confdesk database)."""

    default_code = "database.open"


class ConcurrentEditError(UserError):
    """A save was refused because someone else changed the same record since it was read."""

    default_code = "concurrent"

    @classmethod
    def changed(cls, record: str) -> ConcurrentEditError:
        """`record` (e.g. "“Opening”") was saved by someone else since it was read."""
        return cls(RECORD_CHANGED, code="concurrent.changed", record=record)

    @classmethod
    def deleted(cls, record: str) -> ConcurrentEditError:
        """`record` was deleted by someone else."""
        return cls(RECORD_DELETED, code="concurrent.deleted", record=record)

    @classmethod
    def participant(cls, record: str) -> ConcurrentEditError:
        """A participant (`record`, e.g. "this participant") changed or deleted under a save."""
        return cls(PARTICIPANT_CHANGED, code="concurrent.participant", record=record)

    @classmethod
    def category(cls) -> ConcurrentEditError:
        """One of the event's categories changed under a save of the categories."""
        return cls(CATEGORY_CHANGED, code="concurrent.category")


class UndoRefusedError(ConcurrentEditError):
    """An undo or redo that would overwrite or delete what someone else did since."""

    default_code = "undo.refused"

    @classmethod
    def participant_gone(cls, record: str) -> UndoRefusedError:
        return cls(UNDO_PARTICIPANT_GONE, code="undo.participant_gone", record=record)

    @classmethod
    def check_in_changed(cls, name: str, status: str, *, redo: bool) -> UndoRefusedError:
        """Undoing (or redoing) a check-in would overwrite a later change of registration."""
        if redo:
            return cls(REDO_CHECK_IN_CHANGED, code="undo.check_in", name=name)
        return cls(UNDO_CHECK_IN_CHANGED, code="undo.check_in", name=name, status=status)

    @classmethod
    def would_overwrite(cls, record: str) -> UndoRefusedError:
        return cls(UNDO_WOULD_OVERWRITE, code="undo.overwrite", record=record)

    @classmethod
    def gone(cls, record: str) -> UndoRefusedError:
        return cls(UNDO_RECORD_GONE, code="undo.gone", record=record)

    @classmethod
    def would_delete(cls, record: str) -> UndoRefusedError:
        return cls(UNDO_WOULD_DELETE, code="undo.delete", record=record)

    @classmethod
    def theme_in_use(cls, count: int) -> UndoRefusedError:
        return cls(UNDO_THEME_IN_USE, code="undo.theme_in_use", count=count)


class PermissionRefusedError(UserError):
    """An action refused because the person does not hold the role it needs."""

    default_code = "permission.refused"


class DatabaseUnavailableError(UserError):
    """The database stopped answering in the middle of the work (see `known_error`)."""

    default_code = "database.unavailable"


def known_error(exc: BaseException) -> UserError | None:
    """`exc` as a UserError when it is a known problem of the environment rather than a bug:
    a UserError itself, or the database connection lost or refused (SQLAlchemy's
    `OperationalError`, `InterfaceError`, `DisconnectionError`). None: a bug."""
    if isinstance(exc, UserError):
        return exc
    from sqlalchemy import exc as sa  # imported here: the faces ask only when something broke

    if isinstance(exc, sa.DBAPIError) and getattr(exc.orig, "sqlstate", None) == "42501":
        # PostgreSQL's insufficient_privilege: a role's grants refused a write.
        return PermissionRefusedError(PERMISSION_DATABASE, code="permission.database")
    if isinstance(exc, sa.DBAPIError) and exc.connection_invalidated:
        return DatabaseUnavailableError(DATABASE_UNAVAILABLE)
    if isinstance(exc, sa.OperationalError | sa.InterfaceError | sa.DisconnectionError):
        return DatabaseUnavailableError(DATABASE_UNAVAILABLE)
    return None


__all__ = [
    "CONTEXT",
    "ConcurrentEditError",
    "Message",
    "DatabaseOpenError",
    "DatabaseTooNewError",
    "DatabaseUnavailableError",
    "PermissionRefusedError",
    "UndoRefusedError",
    "UserError",
    "known_error",
    "render",
]
