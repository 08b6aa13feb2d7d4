"""Headless subcommands of `confdesk`, one module each.

Each module defines `register(subparsers, common)`, which adds its parser(s) and sets
`run=callable(args) -> int` as a default. `confdesk.cli.COMMAND_MODULES` lists them.
"""
