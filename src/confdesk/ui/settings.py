"""What the window remembers between runs, kept in QSettings behind a small typed API."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from confdesk.ui.recent import pruned, with_opened

#: Languages offered for names in lists (organisations, States).
LIST_LANGUAGES = ("en", "fr")
#: The window's languages ("" follows the system).
INTERFACE_LANGUAGES = ("", "en", "fr")


class Settings:
    """Window geometry and state, recent databases and preferences.

    Takes the QSettings to use so tests (and portable installs) can point it at a file.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # -- window --------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        """The main window's saved toolbar/dock state, if any."""
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the main window's geometry and state."""
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def screen(self) -> int:
        """Index of the screen shown last (0: Participants)."""
        return _int(self.store.value("window/screen"), 0)

    def set_screen(self, index: int) -> None:
        """Remember the screen shown."""
        self.store.setValue("window/screen", index)

    # -- databases ---------------------------------------------------------------------
    def recent_databases(self) -> list[str]:
        """Recently opened databases, newest first, missing files left out."""
        raw = self.store.value("databases/recent")
        entries = [raw] if isinstance(raw, str) else list(raw or [])
        return pruned(str(entry) for entry in entries)

    def add_recent_database(self, target: str) -> list[str]:
        """Put `target` at the top of the recent databases; returns the new list."""
        entries = with_opened(self.recent_databases(), target)
        self.store.setValue("databases/recent", entries)
        return entries

    def clear_recent_databases(self) -> None:
        """Forget every recent database."""
        self.store.setValue("databases/recent", [])

    def last_event(self, database: str) -> int | None:
        """The event shown last in `database`."""
        value = self.store.value(f"events/{_key(database)}")
        return _int(value, 0) or None

    def set_last_event(self, database: str, event_id: int) -> None:
        """Remember the event shown in `database`."""
        self.store.setValue(f"events/{_key(database)}", event_id)

    # -- preferences -------------------------------------------------------------------
    def list_language(self) -> str:
        """Language of names in lists: 'en' or 'fr'."""
        value = str(self.store.value("preferences/list_language", "en"))
        return value if value in LIST_LANGUAGES else "en"

    def set_list_language(self, language: str) -> None:
        """Choose the language of names in lists ('en' or 'fr')."""
        if language not in LIST_LANGUAGES:
            raise ValueError(f"unsupported list language: {language}")
        self.store.setValue("preferences/list_language", language)

    def export_folder(self) -> str:
        """The folder the user last exported to ("" before the first export)."""
        value = self.store.value("exports/folder", "")
        return value if isinstance(value, str) else ""

    def set_export_folder(self, folder: str) -> None:
        self.store.setValue("exports/folder", folder)

    def interface_language(self) -> str:
        """The window's language: 'en', 'fr', or '' for the system's."""
        value = str(self.store.value("preferences/interface_language", ""))
        return value if value in INTERFACE_LANGUAGES else ""

    def set_interface_language(self, language: str) -> None:
        """Choose the window's language ('en', 'fr', or '' for the system's); it applies
        from the next start."""
        if language not in INTERFACE_LANGUAGES:
            raise ValueError(f"unsupported interface language: {language}")
        self.store.setValue("preferences/interface_language", language)

    # -- import mappings ---------------------------------------------------------------
    def import_mapping(self, signature: str) -> dict[int, str] | None:
        """The column → field mapping last confirmed for sheets with these headings."""
        raw = self.store.value(f"imports/mapping_{signature}")
        try:
            loaded = json.loads(str(raw)) if raw else None
        except ValueError:
            return None
        if not isinstance(loaded, dict):
            return None
        return {int(k): str(v) for k, v in loaded.items() if str(k).isdigit()}

    def set_import_mapping(self, signature: str, fields: dict[int, str]) -> None:
        self.store.setValue(f"imports/mapping_{signature}",
                            json.dumps({str(k): v for k, v in sorted(fields.items())}))

    def import_values(self) -> dict[str, dict[str, str]]:
        """What the user said cell values mean, by field ({"category": {"vip": "guest"}}),
        whatever the sheet's layout: a word means the same thing in the next file."""
        raw = self.store.value("imports/values")
        try:
            loaded = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {str(f): {str(k): str(v) for k, v in m.items()}
                for f, m in loaded.items() if isinstance(m, dict)}

    def set_import_values(self, values: dict[str, dict[str, str]]) -> None:
        """Remember value meanings, adding to (and overriding) those remembered."""
        merged = self.import_values()
        for field_name, meanings in values.items():
            merged.setdefault(field_name, {}).update(meanings)
        self.store.setValue("imports/values", json.dumps(merged, sort_keys=True))

    # -- programme screen --------------------------------------------------------------
    def programme_zoom(self) -> float | None:
        """The Programme grid's pixels per minute, if the user zoomed."""
        try:
            value = float(self.store.value("programme/zoom", ""))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        return value if value > 0 else None

    def set_programme_zoom(self, pixels_per_minute: float) -> None:
        """Remember the Programme grid's zoom."""
        self.store.setValue("programme/zoom", float(pixels_per_minute))

    def programme_colour_by_kind(self) -> bool:
        """True when the Programme grid colours blocks by kind rather than by theme."""
        return str(self.store.value("programme/colour_by_kind", "false")).lower() == "true"

    def set_programme_colour_by_kind(self, by_kind: bool) -> None:
        """Remember whether blocks are coloured by kind."""
        self.store.setValue("programme/colour_by_kind", "true" if by_kind else "false")

    def programme_tab(self) -> int:
        """The Programme screen's tab shown last (0: timetable)."""
        return _int(self.store.value("programme/tab"), 0)

    def set_programme_tab(self, index: int) -> None:
        """Remember the Programme screen's tab."""
        self.store.setValue("programme/tab", index)

    def programme_list_header(self) -> QByteArray | None:
        """The list of sessions' column widths and sort (QHeaderView.saveState), if saved."""
        value = self.store.value("programme/list_header")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_programme_list_header(self, state: QByteArray) -> None:
        """Remember the list of sessions' column widths and sort."""
        self.store.setValue("programme/list_header", state)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.store.sync()


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload,no-any-return]
    except (TypeError, ValueError):
        return default


def _key(database: str) -> str:
    # QSettings treats '/' and '\\' as group separators; keep one flat key per database.
    return database.replace("\\", "|").replace("/", "|")
