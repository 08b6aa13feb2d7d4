"""Every export from the command line is written whole or not at all: a folder or a device
named with -o, a read-only disk, a full disk or an interrupted export give a message and exit
status 2, leave an earlier file of the same name as it was, and leave no partial file."""

from __future__ import annotations

import os
import stat
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from confdesk.cli import main
from confdesk.demo.builder import write_demo_database
from confdesk.exports.pdf import badges as badges_module

#: One -o file per kind of writer: PDF (platypus and canvas), XLSX, CSV, bytes written whole.
EXPORTS = [
    ["export", "participants", "-o", "{dir}/list.pdf"],
    ["export", "participants", "-o", "{dir}/list.xlsx"],
    ["export", "participants", "-o", "{dir}/list.csv"],
    ["export", "badges", "-o", "{dir}/badges.pdf"],
    ["export", "programme", "-o", "{dir}/programme.pdf"],
    ["export", "speakers", "-o", "{dir}/speakers.xlsx"],
    ["export", "document", "-o", "{dir}/document.docx"],
]
EARLIER = b"the earlier export, which must survive"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("writes") / "demo.sqlite"
    write_demo_database(path)
    return path


def _run(argv: list[str], folder: Path, demo: Path,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str, Path]:
    argv = [a.format(dir=folder) for a in argv]
    code = main([*argv, "--database", str(demo)])
    return code, capsys.readouterr().err, Path(argv[-1])


@pytest.fixture
def mount_point(tmp_path: Path) -> Iterator[Path]:
    """A folder to mount a small file system on (root only; skipped elsewhere)."""
    point = tmp_path / f"mnt-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    yield point
    subprocess.run(["umount", str(point)], capture_output=True, check=False)


def _mount(point: Path, options: str) -> None:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")


@pytest.mark.parametrize("argv", EXPORTS)
def test_output_naming_a_folder_is_refused(argv: list[str], demo: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder_argv = [*argv[:-1], "{dir}/taken" + Path(argv[-1]).suffix]
    (tmp_path / ("taken" + Path(argv[-1]).suffix)).mkdir()
    code, err, _ = _run(folder_argv, tmp_path, demo, capsys)
    assert code == 2
    assert "is a folder: give the name of a file" in err
    assert "Traceback" not in err


def test_output_to_dev_full_is_refused_and_the_device_kept(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "participants", "--format", "csv", "-o", "/dev/full",
                 "--database", str(demo)])
    err = capsys.readouterr().err
    assert code == 2
    assert "/dev/full is not an ordinary file" in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize("argv", EXPORTS)
def test_a_full_disk_keeps_the_earlier_file(argv: list[str], demo: Path, mount_point: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _mount(mount_point, "size=48k")
    target = Path(argv[-1].format(dir=mount_point))
    target.write_bytes(EARLIER)
    code, err, _ = _run(argv, mount_point, demo, capsys)
    if code == 0:  # small enough to fit: then it must be whole
        assert target.stat().st_size > len(EARLIER)
        return
    assert code == 2, err
    assert "The disk is full" in err and "the earlier file of that name is unchanged" in err
    assert "Traceback" not in err
    assert target.read_bytes() == EARLIER
    assert sorted(p.name for p in mount_point.iterdir()) == [target.name]


def test_a_read_only_disk_is_a_message(demo: Path, mount_point: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _mount(mount_point, "size=1m")
    (mount_point / "list.pdf").write_bytes(EARLIER)
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
    code, err, target = _run(EXPORTS[0], mount_point, demo, capsys)
    assert code == 2
    assert "is on a read-only disk" in err
    assert target.read_bytes() == EARLIER


def test_an_interrupted_badge_export_keeps_the_earlier_file(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As a kill in the middle of drawing would: the target is never opened for writing."""
    target = tmp_path / "badges.pdf"
    target.write_bytes(EARLIER)
    drawn = 0
    real = badges_module.draw_badge

    def draw_then_die(*args: object, **kwargs: object) -> None:
        nonlocal drawn
        drawn += 1
        if drawn == 25:
            raise KeyboardInterrupt
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(badges_module, "draw_badge", draw_then_die)
    code = main(["export", "badges", "-o", str(target), "--database", str(demo)])
    assert code == 130
    assert target.read_bytes() == EARLIER
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


@pytest.mark.parametrize("argv", EXPORTS)
def test_a_new_export_is_private(argv: list[str], demo: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, err, target = _run(argv, tmp_path, demo, capsys)
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_kill_9_during_an_export_keeps_the_earlier_file(demo: Path, tmp_path: Path) -> None:
    """The process killed outright while it writes: the earlier file is whole, as it was."""
    import signal
    import sys
    import time

    target = tmp_path / "list.pdf"
    target.write_bytes(EARLIER)
    process = subprocess.Popen(
        [sys.executable, "-m", "confdesk", "export", "participants", "-o", str(target),
         "--database", str(demo)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".list.pdf.*")):  # the new file is being written
            assert process.poll() is None, "finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    assert target.read_bytes() == EARLIER
