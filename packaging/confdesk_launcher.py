"""Entry point of the frozen application (PyInstaller): the same as the `confdesk` command."""

import sys

from confdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
