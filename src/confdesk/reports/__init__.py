"""Figures about an event, for the CLI, the GUI's summary and final reports."""
