"""What every subcommand shares: opening the database named on the command line."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from confdesk.errors import UserError
from confdesk.text import clean_text

if TYPE_CHECKING:
    from confdesk.db.database import Database
    from confdesk.db.reader import Reader

# SQLAlchemy and the database layer are imported by `opened`, when a command opens the
# database: `confdesk --version` and `--help` import this module and stay light.


class CleanOutput:
    """A text stream that passes on only clean text (see confdesk.text): names and titles
    stored by an older confdesk, or read from a file being imported, cannot send escape
    sequences to the terminal that shows them."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(clean_text(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextmanager
def clean_output() -> Iterator[None]:
    """Standard output and error pass on clean text only, while the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout = CleanOutput(saved[0])
    sys.stderr = CleanOutput(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def add_database_option(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    parser.add_argument(
        "--database", "-d", metavar="PATH|URL",
        default=argparse.SUPPRESS if suppress else None,
        help="SQLite file or SQLAlchemy URL (default: your own database in the data folder)",
    )


class StandIn:
    """A subcommand's parser before it is needed: `confdesk --help` and `confdesk export
    --help` list every subcommand from its help line alone (argparse keeps those apart from
    the parsers), and only the subcommand being parsed has its module imported and its
    parser built (`load`, once), to which the parse is handed. Nothing of argparse is built
    for the others: a parser is a third of a millisecond to make (two or three translations
    looked up on disk by `gettext`), and `confdesk export participants` used to make 25
    stand-ins before its own parser."""

    def __init__(self, prog: str, load: Callable[[str], argparse.ArgumentParser]) -> None:
        self.prog = prog
        self._load = load
        self._parser: argparse.ArgumentParser | None = None

    def parse_known_args(self, args: Sequence[str] | None = None,
                         namespace: argparse.Namespace | None = None
                         ) -> tuple[argparse.Namespace, list[str]]:
        """What the subcommand's own parser makes of `args` (the call argparse makes of the
        parser of the subcommand it meets)."""
        if self._parser is None:
            self._parser = self._load(self.prog)
        return self._parser.parse_known_args(args, namespace)


def parser_or_stand_in(*, load: Callable[[str], argparse.ArgumentParser] | None = None,
                       **kwargs: Any) -> argparse.ArgumentParser | StandIn:
    """The `parser_class` of a subcommands action that holds stand-ins: `add_parser(name,
    help=…, load=…)` gives a `StandIn`, `add_parser` without `load` (a module adding its
    own subcommand) a parser as usual."""
    if load is None:
        return argparse.ArgumentParser(**kwargs)
    return StandIn(kwargs["prog"], load)


def add_deferred_subcommands(parser: argparse.ArgumentParser, common: argparse.ArgumentParser,
                             table: Mapping[str, tuple[str, str]], hook: str, *,
                             dest: str) -> None:
    """Give `parser` the subcommands of `table` (name: (module under confdesk.commands, help
    line)), each module imported, and its `hook(subparsers, common)` run, only when one of
    its subcommands is parsed. tests/test_cli_imports.py checks that the help lines are the
    ones the modules register."""
    inner = parser.add_subparsers(  # type: ignore[call-overload]
        dest=dest, metavar=dest.upper(), required=True, parser_class=parser_or_stand_in)
    for name, (module_name, help_text) in table.items():
        inner.add_parser(name, help=help_text, load=loader(name, module_name, hook, common))


def loader(name: str, module_name: str, hook: str, common: argparse.ArgumentParser
           ) -> Callable[[str], argparse.ArgumentParser]:
    """What builds the parser of the subcommand `name`: confdesk.commands.`module_name`
    imported and its `hook(subparsers, common)` run."""
    def load(prog: str) -> argparse.ArgumentParser:
        """The real parser of `name`, its module's other subcommands beside it."""
        scratch = argparse.ArgumentParser(add_help=False)
        real = scratch.add_subparsers(prog=prog.rsplit(" ", 1)[0])
        getattr(importlib.import_module(f"confdesk.commands.{module_name}"), hook)(real, common)
        parser: argparse.ArgumentParser = real.choices[name]
        return parser
    return load


def record_id(text: str) -> int:
    """An id as typed after --event or --document: a whole number that fits the databases'
    INTEGER (a larger one made PostgreSQL and SQLite raise instead of 'no such record')."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid id: {text!r}") from None
    if not 0 < value < 2**31:
        raise argparse.ArgumentTypeError(f"invalid id: {text!r} (ids are from 1 to {2**31 - 1})")
    return value


def add_event_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--event", type=record_id, metavar="ID", default=None,
        help="the event concerned (default: the only or the most recent one)",
    )


def database_target(args: argparse.Namespace) -> str:
    from confdesk.paths import default_database_path

    return getattr(args, "database", None) or str(default_database_path())


def configure_logging() -> None:
    """Warnings of confdesk and its libraries on standard error ("WARNING: …"). A light
    command (one whose parser sets `light`: it reads a SQLite file with sqlite3 and loads
    nothing that logs) skips it, and so the import of `logging`, unless it opens the
    database the usual way after all (`opened`: a server, a file to upgrade, team mode)."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database named by `--database`, closed afterwards. A missing file is an error, and
    so is a connection the environment breaks while the command works (a server that goes
    away): a message, not the driver's traceback; the command's transaction is rolled back."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from confdesk.db.database import open_database
    from confdesk.errors import known_error

    configure_logging()  # (does nothing when the handlers are set already)

    db = open_database(database_target(args), create=create)
    # The modules, classes and mappers loaded so far live until the command ends: keep them
    # out of the collections its own work triggers (at 100,000 rows, many of them).
    gc.freeze()
    try:
        if db.migration.upgraded_from:
            print(
                f"Upgraded the database from schema {db.migration.upgraded_from}; "
                f"backup: {db.migration.backup}",
                file=sys.stderr,
            )
        yield db
    except ProgrammingError as exc:
        refused = known_error(exc)  # PostgreSQL refused a write for want of privileges
        if refused is None:
            raise
        raise refused from exc
    except OperationalError as exc:
        if isinstance(exc, UserError):  # busy, read-only: they say it themselves
            raise
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise UserError(f"The database {db.label} stopped the command: {detail}. "
                        "Its unfinished changes were not saved.") from exc
    finally:
        db.close()


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[Reader]:
    """A reader of the database named by `--database`, for a command that only reads.

    A SQLite file at the newest schema is read with Python's own sqlite3, read-only, and
    SQLAlchemy is not even imported (see `confdesk.db.reader`); anything else is opened as
    `opened` does (a server, a file to upgrade or to refuse, with its messages) and read
    in one transaction of a session."""
    from confdesk.db.reader import SessionReader, open_sqlite_reader

    light = open_sqlite_reader(database_target(args))
    if light is not None:
        with light:
            yield light
        return
    with opened(args) as db, db.sessions() as session:
        yield SessionReader(session)
