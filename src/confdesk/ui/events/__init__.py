"""The event dialog and the main window's event actions."""
