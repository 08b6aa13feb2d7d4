"""The import's bulk helpers: the collector is paused and given back, SQLite's page cache is
enlarged while an import writes and put back after, even when the block fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from confdesk.collector import paused as collector_paused
from confdesk.imports.bulk import IMPORT_CACHE_KIB, roomy_cache


def test_collector_paused_and_given_back_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the outer block gives it back
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_collector_left_off_when_someone_else_switched_it_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_sqlite_cache_enlarged_during_the_block_then_put_back(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with Session(engine) as session:
        size = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        with pytest.raises(ValueError), roomy_cache(session):
            assert session.connection().exec_driver_sql(
                "PRAGMA cache_size").scalar() == -IMPORT_CACHE_KIB
            raise ValueError
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == size
    engine.dispose()
