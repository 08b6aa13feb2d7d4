"""`confdesk category list|add|edit|delete`: an event's categories of participant."""

from __future__ import annotations

import argparse

from confdesk.commands.common import add_event_option, opened
from confdesk.team.access import require
from confdesk.team.roles import Permission


def _yes_no(text: str) -> bool:
    folded = text.strip().casefold()
    if folded in ("yes", "y", "true", "1", "oui"):
        return True
    if folded in ("no", "n", "false", "0", "non"):
        return False
    raise argparse.ArgumentTypeError(f"say yes or no, not {text!r}")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "category", help="the event's categories of participant: list, add, edit, delete")
    actions = parser.add_subparsers(dest="category_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common],
                                 help="the categories, in order, with their use")
    add_event_option(listing)
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", parents=[common], help="add a category at the end")
    add_event_option(add)
    add.add_argument("--name", required=True, metavar="TEXT", help="English name")
    add.add_argument("--name-fr", default="", metavar="TEXT", help="French name")
    add.add_argument("--code", default=None,
                     help="stable code (default: made from the English name)")
    add.add_argument("--colour", "--color", default="#1F4E79", metavar="#RRGGBB",
                     help="badge colour (default: #1F4E79)")
    add.add_argument("--published", type=_yes_no, default=True, metavar="yes|no",
                     help="in the published list of participants (default: yes)")
    add.set_defaults(run=run_add)

    edit = actions.add_parser("edit", parents=[common],
                              help="rename a category, change its colour or publication")
    add_event_option(edit)
    edit.add_argument("category", metavar="CODE|NAME")
    edit.add_argument("--name", default=None, metavar="TEXT", help="new English name")
    edit.add_argument("--name-fr", default=None, metavar="TEXT", help="new French name")
    edit.add_argument("--colour", "--color", default=None, metavar="#RRGGBB")
    edit.add_argument("--published", type=_yes_no, default=None, metavar="yes|no")
    edit.add_argument("--position", type=int, default=None, metavar="N",
                      help="move it to place N (1 = first)")
    edit.set_defaults(run=run_edit)

    delete = actions.add_parser("delete", parents=[common], help="delete a category")
    add_event_option(delete)
    delete.add_argument("category", metavar="CODE|NAME")
    delete.add_argument("--move-to", default=None, metavar="CODE|NAME",
                        help="the category its participants move to (required if any)")
    delete.set_defaults(run=run_delete)


def run_list(args: argparse.Namespace) -> int:
    from confdesk.events.queries import resolve_event
    from confdesk.registration.categories import categories, usage

    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        used = usage(session, event.id)
        rows = categories(session, event.id)
    print(f"Categories of event {event.id} ({event.short_name or event.title}):")
    width = max((len(c.code) for c in rows), default=4)
    for c in rows:
        listed = "listed" if c.in_published_list else "not listed"
        french = f" / {c.name_fr}" if c.name_fr else ""
        print(f"  {c.code:<{width}}  {c.colour}  {listed:<10}  {used.get(c.code, 0):>5}  "
              f"{c.name_en}{french}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from confdesk.events.queries import resolve_event
    from confdesk.registration.categories import CategoryData, add_category

    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        require(session, Permission.EDIT_PARTICIPANTS, event_id=event.id)
        added = add_category(session, event.id, CategoryData(
            args.name, args.name_fr, args.colour, args.published), code=args.code)
        session.commit()
    print(f"Added the category {added.code} ({added.name_en}).")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from confdesk.events.queries import resolve_event
    from confdesk.registration.categories import (
        CategoryData,
        categories,
        find,
        reorder_categories,
        update_category,
    )

    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        require(session, Permission.EDIT_PARTICIPANTS, event_id=event.id)
        found = find(session, event.id, args.category)
        data = CategoryData(
            args.name if args.name is not None else found.name_en,
            args.name_fr if args.name_fr is not None else found.name_fr,
            args.colour if args.colour is not None else found.colour,
            args.published if args.published is not None else found.in_published_list)
        saved = update_category(session, found.id, data, expected_version=found.version)
        if args.position is not None:
            ids = [c.id for c in categories(session, event.id) if c.id != found.id]
            place = min(max(args.position, 1), len(ids) + 1) - 1
            reorder_categories(session, event.id, [*ids[:place], found.id, *ids[place:]])
        session.commit()
    print(f"Saved the category {saved.code} ({saved.name_en}).")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from confdesk.events.queries import resolve_event
    from confdesk.registration.categories import delete_category, find

    with opened(args) as db, db.sessions() as session:
        event = resolve_event(session, args.event)
        require(session, Permission.EDIT_PARTICIPANTS, event_id=event.id)
        found = find(session, event.id, args.category)
        move_to = find(session, event.id, args.move_to).code if args.move_to else None
        moved = delete_category(session, found.id, move_to=move_to,
                                expected_version=found.version)
        session.commit()
    also = f"; {moved} participant(s) moved to {move_to}" if moved else ""
    print(f"Deleted the category {found.code}{also}.")
    return 0
