"""Packaging: the README's two commands, and a wheel that works outside the checkout.

The wheel test builds the wheel, installs it with its dependencies into a new virtual
environment outside the checkout and runs confdesk from another folder: it proves that
resources/, forms/ and the migrations travel inside the wheel. It downloads packages (or takes
them from pip's cache), so it runs only when CONFDESK_TEST_WHEEL=1, as `.ci/run` sets.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from confdesk import __version__

REPO_ROOT = Path(__file__).resolve().parent.parent
README = REPO_ROOT / "README.md"


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start:end]


def test_readme_gives_exactly_two_one_line_commands() -> None:
    section = readme_section("Two commands")
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 2
    install_and_open, install_and_test = (b.strip() for b in blocks)
    assert "\n" not in install_and_open and "\n" not in install_and_test
    assert install_and_open.endswith("confdesk --demo")
    assert "pip install -e '.[test]'" in install_and_test
    assert install_and_test.endswith("pytest")


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    """`.ci/run` reads the line after the marker; the marker must sit on the second command."""
    text = README.read_text(encoding="utf-8")
    after_marker = text.split("<!-- test-command -->\n", 1)[1].splitlines()
    assert after_marker[0] == "```sh"
    section = readme_section("Two commands")
    second = re.findall(r"```sh\n(.*?)```", section, flags=re.S)[1].strip()
    assert after_marker[1] == second
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci


def test_readme_screenshot_exists() -> None:
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README.read_text(encoding="utf-8"))
    assert "resources/screenshots/main-window.png" in links
    for link in links:
        assert (REPO_ROOT / link).is_file(), f"README shows {link}, which is not there"


def run(
    command: list[str | Path], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run a command that must succeed; its output is shown when it does not."""
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=900, check=False,
    )
    assert done.returncode == 0, (
        f"{' '.join(map(str, command))} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    )
    return done


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CONFDESK_TEST_WHEEL") != "1",
    reason="builds and installs the wheel (set CONFDESK_TEST_WHEEL=1)",
)
def test_wheel_installed_outside_the_checkout_finds_its_files(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen", PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, REPO_ROOT],
        cwd=tmp_path, env=env)
    (wheel,) = dist.glob("confdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [
        "confdesk/resources/reference/un_states.csv",
        "confdesk/resources/fonts/NotoSans-Regular.ttf",
        "confdesk/db/migrations/env.py",
        "confdesk/db/migrations/script.py.mako",
        "confdesk/db/migrations/versions/0001_initial_schema.py",
    ]
    shipped += [f"confdesk/forms/{p.name}" for p in (REPO_ROOT / "forms").glob("*.ui")]
    assert [name for name in shipped if name not in names] == []

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], cwd=tmp_path, env=env)
    run([venv / "bin" / "pip", "install", "-q", wheel], cwd=tmp_path, env=env)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    confdesk = venv / "bin" / "confdesk"
    assert run([confdesk, "--version"], elsewhere, env).stdout.strip() == (
        f"confdesk {__version__}"
    )
    where = run(
        [venv / "bin" / "python", "-c",
         "import confdesk, confdesk.paths as p, confdesk.registration.states as s;"
         "from confdesk.exports.pdf import fonts; fonts.register_fonts();"
         "print(confdesk.__file__); print(p.resources_dir()); print(p.forms_dir());"
         "print(len(s.all_states()))"],
        elsewhere, env,
    ).stdout.splitlines()
    site = str(venv.resolve())
    assert all(line.startswith(site) for line in where[:3]), where
    assert where[3] == "195"

    empty = elsewhere / "empty.sqlite"
    done = subprocess.run([str(confdesk), "stats", "--json", "-d", str(empty)], cwd=elsewhere,
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 2 and "No such database file" in done.stderr

    run([confdesk, "demo", "demo.sqlite"], elsewhere, env)
    stats = json.loads(run([confdesk, "stats", "--json", "-d", "demo.sqlite"], elsewhere,
                           env).stdout)
    assert stats["participants"] > 0 and stats["states"] > 0 and stats["sessions"] > 0
