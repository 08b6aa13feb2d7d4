"""The rules of the Open Recent list (no Qt) and the settings that keep it."""

from __future__ import annotations

from pathlib import Path

from confdesk.ui.recent import MAX_RECENT, pruned, with_opened
from confdesk.ui.settings import Settings


def test_opened_moves_to_the_top_and_the_oldest_falls_off() -> None:
    entries = [f"/data/{n}.sqlite" for n in range(MAX_RECENT)]
    result = with_opened(entries, "/data/3.sqlite")
    assert result[0] == "/data/3.sqlite"
    assert result.count("/data/3.sqlite") == 1
    result = with_opened(result, "/data/new.sqlite")
    assert len(result) == MAX_RECENT
    assert result[0] == "/data/new.sqlite"
    assert "/data/7.sqlite" not in result


def test_pruned_drops_missing_files_and_duplicates_but_keeps_urls(tmp_path: Path) -> None:
    kept = tmp_path / "kept.sqlite"
    kept.touch()
    url = "postgresql+psycopg://desk@server/conference"
    entries = [str(tmp_path / "gone.sqlite"), str(kept), url, str(kept), ""]
    assert pruned(entries) == [str(kept), url]


def test_settings_keep_recent_databases_and_preferences(
    settings: Settings, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    first.touch()
    second.touch()
    settings.add_recent_database(str(first))
    settings.add_recent_database(str(second))
    settings.sync()
    reread = Settings(type(settings.store)(settings.store.fileName(), settings.store.format()))
    assert reread.recent_databases() == [str(second), str(first)]
    second.unlink()
    assert reread.recent_databases() == [str(first)]
    assert reread.list_language() == "en"
    reread.set_list_language("fr")
    assert reread.list_language() == "fr"
    reread.set_last_event(str(first), 7)
    assert reread.last_event(str(first)) == 7
    assert reread.last_event(str(second)) is None
