"""`confdesk users …` and the service check on SQLite (roles guide, nobody configured: all
allowed) and on PostgreSQL (logins created and dropped)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from confdesk.cli import main
from confdesk.db.database import Database, open_database
from confdesk.errors import PermissionRefusedError
from confdesk.registration.models import Status
from confdesk.registration.service import RegistrationService
from confdesk.team.access import access
from confdesk.team.identity import PERSON_ENV
from confdesk.team.roles import Permission, Role
from confdesk.team.service import UsersService
from tests.factories import make_event, make_participant
from tests.team.conftest import PASSWORD, Team


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """A SQLite database with one event and one participant; the desk's person is "ana"."""
    monkeypatch.setenv(PERSON_ENV, "ana")
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    with db.sessions.begin() as s:
        event = make_event(s)
        make_participant(s, event, given_name="Jo", family_name="Bloggs", code="JOB123")
        event_id = event.id
    db.close()
    return str(path), event_id


def test_without_roles_everyone_may_do_everything(sqlite_database: Database) -> None:
    with sqlite_database.sessions() as s:
        found = access(s)
        assert found.unrestricted and found.permissions == frozenset(Permission)


def test_sqlite_roles_guide_the_desk(laptop: tuple[str, int],
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path, event_id = laptop
    code, out, err = _run(capsys, "users", "add", "ben", "--role", "desk", "-d", path)
    assert code == 0, err
    assert "Added ben as Registration desk for all events." in out
    # The first grant made the person giving it an administrator.
    code, out, _ = _run(capsys, "users", "list", "--json", "-d", path)
    listed = {p["name"]: [r["role"] for r in p["roles"]] for p in json.loads(out)}
    assert listed == {"ana": ["administrator"], "ben": ["desk"]}

    monkeypatch.setenv(PERSON_ENV, "ben")
    assert _run(capsys, "check-in", "JOB123", "-d", path)[0] == 0
    code, _out, err = _run(capsys, "category", "add", "--name", "Press", "-d", path)
    assert code == 2
    assert "This needs the Registrar role; your roles here: Registration desk." in err
    code, _out, err = _run(capsys, "users", "grant", "ben", "--role", "registrar", "-d", path)
    assert code == 2 and "needs the Administrator role" in err

    monkeypatch.setenv(PERSON_ENV, "cy")  # nobody gave cy a role
    code, _out, err = _run(capsys, "event", "edit", "--title", "X", "-d", path)
    assert code == 2 and "you (cy) have no role here" in err

    monkeypatch.setenv(PERSON_ENV, "ana")
    assert _run(capsys, "users", "grant", "ben", "--role", "registrar", "--event",
                str(event_id), "-d", path)[0] == 0
    code, _out, err = _run(capsys, "users", "grant", "ben", "--role", "registrar", "--event",
                           str(event_id), "-d", path)
    assert code == 2 and f"ben already holds the Registrar role for event {event_id}" in err
    code, _out, err = _run(capsys, "users", "revoke", "ana", "--role", "administrator",
                           "-d", path)
    assert code == 2 and "last administrator" in err
    code, _out, err = _run(capsys, "users", "remove", "ana", "-d", path)
    assert code == 2 and "cannot remove yourself" in err
    code, _out, err = _run(capsys, "users", "add", "bad name;", "--role", "reader", "-d", path)
    assert code == 2 and "cannot be a user name" in err
    secret = Path(path).with_name("pw")
    secret.write_text("x\n", encoding="utf-8")
    code, _out, err = _run(capsys, "users", "add", "dee", "--role", "reader",
                           "--password-file", str(secret), "-d", path)
    assert code == 2 and "A SQLite database has no logins or passwords" in err
    with pytest.raises(SystemExit):  # argparse's refusal, exit status 2
        main(["users", "add", "dee", "--role", "chef", "-d", path])
    assert "“chef” is not a role; the roles are: administrator, registrar" in \
        capsys.readouterr().err
    assert _run(capsys, "users", "remove", "ben", "-d", path)[0] == 0
    code, out, _ = _run(capsys, "users", "list", "-d", path)
    assert "ben" not in out and "Administrator" in out


def test_service_refusal_names_every_role_held(laptop: tuple[str, int],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path, event_id = laptop
    db = open_database(path)
    try:
        users = UsersService(db)
        users.add("ben", Role.READER)
        users.grant("ben", Role.DESK, event_id)
        monkeypatch.setenv(PERSON_ENV, "ben")
        ben = open_database(path)
        try:
            with pytest.raises(PermissionRefusedError) as refused:
                RegistrationService(ben, event_id).set_status([1], Status.DECLINED)
            assert str(refused.value) == ("This needs the Registrar role; your roles here: "
                                          "Registration desk, Reader.")
            assert refused.value.code == "permission.refused"
        finally:
            ben.close()
    finally:
        db.close()


def test_users_on_a_server(team: Team, capsys: pytest.CaptureFixture[str],
                           tmp_path: Path) -> None:
    owner_url = team.url.render_as_string(hide_password=False)
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    login = team.logins["desk"].replace("desk", "reader")
    team.logins["reader"] = login
    code, out, err = _run(capsys, "users", "add", login, "--role", "reader",
                          "--password-file", str(secret), "-d", owner_url)
    assert code == 0, err
    code, out, _ = _run(capsys, "users", "list", "--json", "-d", owner_url)
    people = {p["name"]: p for p in json.loads(out)}
    assert people[login]["login"] is True
    assert [r["role"] for r in people[login]["roles"]] == ["reader"]
    assert [r["event"] for r in people[team.logins["registrar"]]["roles"]] == [team.event_id]

    engine = create_engine(team.admin_url)
    with engine.connect() as conn:
        groups = set(conn.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": login}).scalars())
    assert groups == {"confdesk_reader"}

    # The reader may not manage people: refused by the service.
    reader_url = team.url_of("reader").render_as_string(hide_password=False)
    code, _out, err = _run(capsys, "users", "grant", login, "--role", "registrar",
                           "-d", reader_url)
    assert code == 2 and "needs the Administrator role" in err

    assert _run(capsys, "users", "grant", login, "--role", "programme", "--event",
                str(team.event_id), "-d", owner_url)[0] == 0
    assert _run(capsys, "users", "revoke", login, "--role", "reader", "-d", owner_url)[0] == 0
    with engine.connect() as conn:
        groups = set(conn.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": login}).scalars())
    assert groups == {"confdesk_programme"}

    assert _run(capsys, "users", "remove", login, "-d", owner_url)[0] == 0
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                            {"n": login}).scalar_one() == 0
    engine.dispose()
    # Setting up again changes nothing that works.
    code, out, _ = _run(capsys, "users", "setup", "-d", owner_url)
    assert code == 0 and "postgres is an administrator" in out
