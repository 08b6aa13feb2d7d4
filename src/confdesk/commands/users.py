"""`confdesk users list|add|grant|revoke|remove|setup`: people and their roles.

Administrators only (anyone, while a database has no roles yet). On PostgreSQL a person is a
login role on the server, created by `add`; `setup` (as the database's owner) creates the
group roles, grants and row-level security that make the server enforce the roles.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from confdesk.commands.common import opened, record_id
from confdesk.errors import UserError
from confdesk.team.roles import ROLE_DESCRIPTIONS, Role


def _role(text: str) -> Role:
    from confdesk.team.service import role_from_text

    try:
        return role_from_text(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    roles = "; ".join(f"{r.value}: {ROLE_DESCRIPTIONS[r]}" for r in Role)
    parser = subparsers.add_parser(
        "users", help="people and their roles (administrators only)",
        description=f"People and their roles. Roles: {roles}.")
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="everyone with their roles")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=run_list)

    setup = actions.add_parser(
        "setup", parents=[common],
        help="PostgreSQL: create the group roles, grants and row-level security (as the "
        "database's owner; again after an upgrade)")
    setup.set_defaults(run=run_setup)

    def role_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("name", metavar="NAME", help="the person (their login on a server)")
        sub.add_argument("--role", required=True, type=_role, metavar="ROLE",
                         help=", ".join(r.value for r in Role))
        sub.add_argument("--event", type=record_id, metavar="ID", default=None,
                         help="only for this event (default: all events)")

    add = actions.add_parser("add", parents=[common],
                             help="a new person with a first role (on a server: their login)")
    role_options(add)
    secret = add.add_mutually_exclusive_group()
    secret.add_argument("--password-file", type=Path, metavar="FILE",
                        help="read the login's password from the first line of FILE")
    secret.add_argument("--no-password", action="store_true",
                        help="create the login without a password (the server's own "
                        "authentication, e.g. certificates or peer, applies)")
    add.set_defaults(run=run_add)

    grant = actions.add_parser("grant", parents=[common], help="give a person another role")
    role_options(grant)
    grant.set_defaults(run=run_grant)

    revoke = actions.add_parser("revoke", parents=[common], help="take a role from a person")
    role_options(revoke)
    revoke.set_defaults(run=run_revoke)

    remove = actions.add_parser("remove", parents=[common],
                                help="take every role from a person (on a server: and "
                                "drop their login)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(run=run_remove)


def _scope(event_id: int | None) -> str:
    return "all events" if event_id is None else f"event {event_id}"


def run_list(args: argparse.Namespace) -> int:
    from confdesk.team.service import UsersService

    with opened(args) as db:
        people = UsersService(db).people()
    if args.json:
        print(json.dumps([{
            "name": p.name, "login": p.login,
            "roles": [{"role": g.role.value, "event": g.event_id,
                       "granted_by": g.granted_by,
                       "granted_at": g.granted_at.isoformat(timespec="seconds")}
                      for g in p.grants]} for p in people], indent=2, ensure_ascii=False))
        return 0
    if not people:
        print("No one holds a role: everyone who can open the database may do everything.")
        return 0
    width = max(len(p.name) for p in people)
    for p in people:
        roles = ", ".join(
            f"{g.role.label}" + ("" if g.event_id is None
                                 else f" (event {g.event_id}: {g.event_name})")
            for g in p.grants)
        missing = "  [no login on the server]" if p.login is False else ""
        print(f"{p.name:<{width}}  {roles}{missing}")
    return 0


def run_setup(args: argparse.Namespace) -> int:
    from confdesk.team.service import UsersService

    with opened(args) as db:
        tables = UsersService(db).setup()
    print(f"Set up the roles on {len(tables)} tables; {db.person} is an administrator.")
    return 0


def _password(args: argparse.Namespace, server: bool) -> str | None:
    if not server and args.password_file is not None:
        from confdesk.team.messages import SQLITE_ONLY_NAMES, TeamError

        raise TeamError(SQLITE_ONLY_NAMES, code="team.sqlite")
    if not server or args.no_password:
        return None
    if args.password_file is not None:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Cannot read the password file {args.password_file}: {exc}") from exc
        if not lines or not lines[0]:
            raise UserError(f"The password file {args.password_file} is empty.")
        return str(lines[0])
    if not sys.stdin.isatty():
        raise UserError("Give the password with --password-file FILE (or --no-password): "
                        "there is no terminal to ask it on.")
    first: str = getpass.getpass(f"Password for {args.name}: ")
    if not first or getpass.getpass("Again: ") != first:
        raise UserError("The two passwords differ or are empty; nothing was changed.")
    return first


def run_add(args: argparse.Namespace) -> int:
    from confdesk.team.service import UsersService

    with opened(args) as db:
        service = UsersService(db)
        service.add(args.name, args.role, args.event,
                    password=_password(args, service.server))
    print(f"Added {args.name.strip()} as {args.role.label} for {_scope(args.event)}.")
    return 0


def run_grant(args: argparse.Namespace) -> int:
    from confdesk.team.service import UsersService

    with opened(args) as db:
        UsersService(db).grant(args.name, args.role, args.event)
    print(f"{args.name.strip()} is now {args.role.label} for {_scope(args.event)}.")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from confdesk.team.service import UsersService

    with opened(args) as db:
        UsersService(db).revoke(args.name, args.role, args.event)
    print(f"{args.name.strip()} is no longer {args.role.label} for {_scope(args.event)}.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from confdesk.team.service import UsersService

    with opened(args) as db:
        UsersService(db).remove(args.name)
    print(f"Removed {args.name.strip()}: no role left in this database.")
    return 0
