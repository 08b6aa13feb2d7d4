"""Opening, upgrading and backing up a database: the catalogue of the refusals, translatable.

Marked like the catalogue in `confdesk/errors.py` (context "UserError", read by
`pyside6-lupdate`): the window shows them in the user's language through
`ui/messages.user_text`, the CLI prints the English.
"""

from __future__ import annotations

from confdesk.i18n import QT_TRANSLATE_NOOP

FOREIGN_TABLES = QT_TRANSLATE_NOOP(
    "UserError", "This database already holds tables that confdesk did not create; choose an "
    "empty database or a confdesk file. Nothing was changed in it.")
EMPTY_DATABASE = QT_TRANSLATE_NOOP(
    "UserError", "{where} is empty: it is not a confdesk database yet. Create an event in it "
    "first (confdesk event create, or the window).")
TOO_NEW = QT_TRANSLATE_NOOP(
    "UserError", "This database was written by a newer version of confdesk (schema "
    "{schema}). Install the newer confdesk to open it.")
BACKUP_BEFORE_UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "UserError", "This database must be upgraded to the newer schema, and confdesk first backs "
    "it up beside itself; that failed, so it was not upgraded. {reason}")
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "UserError", "{path} is not a SQLite database (or it is damaged); choose a confdesk "
    "database file.")
CANNOT_OPEN_FILE = QT_TRANSLATE_NOOP("UserError", "Cannot open the database file {path}: {detail}")
NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "UserError", "Cannot connect to the database {where}: the server wants a password. "
    "confdesk does not store passwords: put it in your ~/.pgpass file "
    "(host:port:database:user:password, readable by you only) or in the PGPASSWORD "
    "environment variable, then open the database again. ({detail})")
CANNOT_CONNECT = QT_TRANSLATE_NOOP("UserError", "Cannot connect to the database {where}: {detail}")
NOT_A_URL = QT_TRANSLATE_NOOP(
    "UserError", "Not a database URL (expected e.g. postgresql+psycopg://user@host:5432/name, "
    "with a numeric port).")
NO_FOLDER = QT_TRANSLATE_NOOP("UserError", "The folder {folder} does not exist.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "UserError", "Unknown kind of database: {driver}://. Give a file path or a "
    "postgresql+psycopg:// URL.")
NO_DRIVER = QT_TRANSLATE_NOOP(
    "UserError", "The driver for {backend} is not installed ({module}). Install "
    "confdesk[postgresql] for PostgreSQL.")
IS_A_FOLDER = QT_TRANSLATE_NOOP("UserError", "{path} is a folder, not a database file.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("UserError", "No such database file: {path}")
CANNOT_CREATE = QT_TRANSLATE_NOOP("UserError", "Cannot create the database file {path}: {reason}")
EMPTY_FILE = QT_TRANSLATE_NOOP("UserError", "{path} is empty: it is not a confdesk database yet.")
#: Imports into one event wait for each other.
CHANGED_DURING_IMPORT = QT_TRANSLATE_NOOP(
    "UserError", "The database was changed by someone else while this import was being "
    "prepared; nothing was imported. Import the file again.")
IMPORT_RUNNING = QT_TRANSLATE_NOOP(
    "UserError", "Another import into this event has been running for more than {seconds} "
    "seconds; nothing was imported. Try again when it has finished.")
#: Backups of a SQLite file.
BACKUP_TO_FOLDER = QT_TRANSLATE_NOOP(
    "UserError", "{path} is a folder: give the name of the copy to write.")
BACKUP_FAILED = QT_TRANSLATE_NOOP("UserError", "Cannot write the copy {path}: {detail}. {tail}")
DISK_FULL = QT_TRANSLATE_NOOP("UserError", "the disk is full")
