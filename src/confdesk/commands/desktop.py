"""`confdesk desktop-entry [--remove]`: confdesk in a Linux desktop's applications menu."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             _common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "desktop-entry", help="add confdesk to the applications menu of a Linux desktop",
        description="Write confdesk.desktop and confdesk's icon under $XDG_DATA_HOME "
        "(~/.local/share), pointing at this confdesk; --remove takes them away.")
    parser.add_argument("--remove", action="store_true", help="take the entry and icon away")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from confdesk.desktop_entry import install, launcher, remove

    if args.remove:
        gone = remove()
        print("Removed " + ", ".join(str(p) for p in gone) if gone
              else "No confdesk desktop entry was installed.")
        return 0
    done = install()
    print(f"Wrote {done.entry} (starts {' '.join(launcher())}) and {done.icon}")
    return 0
