"""Exports: each takes plain data and writes bytes or a file. No Qt, no database session."""
