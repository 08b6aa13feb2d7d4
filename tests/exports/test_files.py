"""Export files are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.exports import files


def test_an_interrupted_write_keeps_the_earlier_file(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "programme.pdf"
    files.write_atomically(target, b"first version")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(files.WriteError, match="disk full.*earlier file of that name is unchanged"):
        files.write_atomically(target, b"second version")
    assert target.read_bytes() == b"first version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.pdf"]
