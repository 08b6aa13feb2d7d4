"""Persistence: declarative base, engines, sessions, migrations and backups."""
