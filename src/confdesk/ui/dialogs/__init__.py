"""Dialogs of the main window, each holding its compiled form."""
