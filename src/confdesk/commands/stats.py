"""`confdesk stats`: what a database holds."""

from __future__ import annotations

import argparse

from confdesk.commands.common import add_event_option, reading
from confdesk.reports.stats import EventStats, event_stats


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "stats", parents=[common], help="figures about an event: participants, States, sessions",
    )
    add_event_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run, light=True)


def run(args: argparse.Namespace) -> int:
    with reading(args) as reader:
        stats = event_stats(reader, args.event)
    if args.json:
        import json

        print(json.dumps(stats.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_stats(stats))
    return 0


def _table(title: str, counts: dict[str, int]) -> list[str]:
    lines = [f"{title}:"]
    width = max((len(k) for k in counts), default=0)
    lines += [f"  {key.replace('_', ' '):<{width}}  {value:>6}" for key, value in counts.items()]
    return lines


def format_stats(stats: EventStats) -> str:
    lines = [
        f"{stats.event_title} ({stats.start_date} – {stats.end_date}), event {stats.event_id} "
        f"of {stats.events_in_database}",
        stats.summary_line + ".",
        f"Participants: {stats.participants} registered, {stats.active_participants} attending",
        f"Delegations: {stats.organisations} ({stats.states} States, "
        f"{stats.organisations - stats.states} organisations)   "
        f"Rooms: {stats.rooms}   Sessions: {stats.sessions}",
    ]
    lines += _table("Sessions per day", stats.sessions_per_day)
    lines += _table("Participants by category",
                    {stats.category_names.get(code, code): n
                     for code, n in stats.participants_by_category.items()})
    lines += _table("Participants by status", stats.participants_by_status)
    lines += _table("Attending by kind of organisation", stats.participants_by_kind)
    lines += _table("Attending by region", stats.participants_by_region)
    if stats.documents:
        lines.append("Outcome documents:")
        for doc in stats.documents:
            lines.append(
                f"  [{doc['id']}] {doc['title']}: {doc['drafts']} drafts, "
                f"{doc['paragraphs']} paragraphs"
            )
    return "\n".join(lines)
