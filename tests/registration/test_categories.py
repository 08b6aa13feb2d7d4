"""An event's categories: the default set, editing, deleting with a move, the CLI, upgrading."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from confdesk.cli import main
from confdesk.db.errors import ConcurrentEditError
from confdesk.db.migrate import upgrade_to
from confdesk.db.reader import SessionReader
from confdesk.registration.categories import (
    CategoryData,
    CategoryError,
    CategoryRow,
    add_category,
    categories,
    delete_category,
    find,
    reorder_categories,
    save_categories,
    update_category,
    usage,
)
from confdesk.registration.models import DEFAULT_CATEGORIES, Participant
from confdesk.registration.operations import (
    ParticipantData,
    ParticipantInvalidError,
    create_participant,
    set_category,
)
from confdesk.registration.queries import load_rows
from tests.db.test_migrations import downgrade_to, scratch_engine
from tests.factories import make_event, make_participant


def test_every_new_event_has_the_default_set(session: Session) -> None:
    event = make_event(session)
    other = make_event(session, title="Another")
    found = categories(session, event.id)
    assert [c.code for c in found] == [code for code, *_ in DEFAULT_CATEGORIES]
    assert [c.code for c in found][:3] == ["delegate", "observer", "speaker"]
    assert {"civil_society", "academia", "press", "interpreter", "staff", "guest",
            "international_organisation"} <= {c.code for c in found}
    ngo = find(session, event.id, "civil_society")
    assert (ngo.name_en, ngo.name_fr) == ("Civil society / NGO", "Société civile / ONG")
    assert not find(session, event.id, "press").in_published_list
    assert len(categories(session, other.id)) == len(DEFAULT_CATEGORIES)


def test_add_edit_reorder_and_names_in_rows(session: Session) -> None:
    event = make_event(session)
    vip = add_category(session, event.id, CategoryData("Head of State", "Chef d'État",
                                                      "#aa0000", True))
    assert (vip.code, vip.colour, vip.position) == ("head_of_state", "#AA0000", 10)
    person = make_participant(session, event, given_name="Ann", family_name="Lee",
                              category="head_of_state")
    update_category(session, vip.id, CategoryData("Heads of State", "Chefs d'État", "#123456",
                                                  False), expected_version=vip.version)
    ids = [c.id for c in categories(session, event.id)]
    reorder_categories(session, event.id, [vip.id, *[i for i in ids if i != vip.id]])
    [row] = load_rows(SessionReader(session), event.id, language="fr")
    assert (row.category, row.category_name, row.category_colour, row.category_published,
            row.category_rank) == ("head_of_state", "Chefs d'État", "#123456", False, 0)
    assert person.category == "head_of_state"
    with pytest.raises(ConcurrentEditError):
        update_category(session, vip.id, CategoryData("X"), expected_version=vip.version)


@pytest.mark.parametrize(("data", "code", "message"), [
    (CategoryData(""), None, "needs an English name"),
    (CategoryData("Royals", colour="red"), None, "not a colour"),
    (CategoryData("Royals"), "Royals!", "not a category code"),
    (CategoryData("Royals"), "delegate", "has a category “delegate” already"),
    (CategoryData("Media"), None, "already a category named “Media”"),
    (CategoryData("Presse écrite", "Médias"), None, "already a category named “Médias”"),
])
def test_bad_categories_are_refused(session: Session, data: CategoryData, code: str | None,
                                    message: str) -> None:
    event = make_event(session)
    with pytest.raises(CategoryError, match=message):
        add_category(session, event.id, data, code=code)
    assert len(categories(session, event.id)) == len(DEFAULT_CATEGORIES)


def test_a_category_in_use_is_deleted_only_by_moving_its_people(session: Session) -> None:
    event = make_event(session)
    ann = make_participant(session, event, given_name="Ann", family_name="Lee",
                           category="press")
    press = find(session, event.id, "press")
    with pytest.raises(CategoryError, match="1 participant.* are in the category “Media”"):
        delete_category(session, press.id)
    with pytest.raises(CategoryError, match="not another category"):
        delete_category(session, press.id, move_to="press")
    assert delete_category(session, press.id, move_to="guest") == 1
    session.refresh(ann)
    assert ann.category == "guest"
    assert "press" not in {c.code for c in categories(session, event.id)}
    assert usage(session, event.id) == {"guest": 1}


def test_the_last_category_stays(session: Session) -> None:
    event = make_event(session)
    cats = categories(session, event.id)
    for c in cats[1:]:
        delete_category(session, c.id)
    with pytest.raises(CategoryError, match="at least one category"):
        delete_category(session, cats[0].id)


def test_participants_take_only_their_events_categories(session: Session) -> None:
    event = make_event(session)
    with pytest.raises(ParticipantInvalidError, match="“royalty” is not a category"):
        create_participant(session, event.id, ParticipantData(
            given_name="Ann", family_name="Lee", category="royalty"))
    ann = create_participant(session, event.id, ParticipantData(
        given_name="Ann", family_name="Lee", category="academia"))
    with pytest.raises(CategoryError, match="“royalty” is not a category"):
        set_category(session, [ann.id], "royalty")
    set_category(session, [ann.id], "interpreter")
    assert session.scalar(select(Participant.category)) == "interpreter"


def test_save_categories_as_the_dialog_does(session: Session) -> None:
    event = make_event(session)
    make_participant(session, event, given_name="Ann", family_name="Lee", category="guest")
    by_code = {c.code: c for c in categories(session, event.id)}
    kept = [by_code["speaker"], by_code["delegate"]]
    rows = [CategoryRow(CategoryData(c.name_en, c.name_fr, c.colour, c.in_published_list),
                        c.id, c.version) for c in kept]
    # Two categories swap names; a new one comes last; the others go, guests to delegates.
    rows[0] = CategoryRow(CategoryData("Delegate", "Délégué(e)", "#111111"), kept[0].id,
                          kept[0].version)
    rows[1] = CategoryRow(CategoryData("Speaker", "Intervenant(e)", "#222222"), kept[1].id,
                          kept[1].version)
    rows.append(CategoryRow(CategoryData("Youth", "Jeunes", "#333333", False)))
    save_categories(session, event.id, rows, move_to={"guest": "delegate"})
    after = categories(session, event.id)
    assert [(c.code, c.name_en) for c in after] == [
        ("speaker", "Delegate"), ("delegate", "Speaker"), ("youth", "Youth")]
    assert usage(session, event.id) == {"delegate": 1}
    with pytest.raises(CategoryError, match="move"):
        save_categories(session, event.id, [CategoryRow(
            CategoryData("Only"), None)])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_category_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite")
    assert run(["event", "create", "-d", db, "--title", "T", "--start", "2014-03-31",
                "--end", "2014-04-01"], capsys)[0] == 0
    code, out, _ = run(["category", "list", "-d", db], capsys)
    assert code == 0
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:]}
    assert lines["civil_society"] == ["#9E7C0C", "listed", "0", "Civil", "society", "/", "NGO",
                                      "/", "Société", "civile", "/", "ONG"]
    assert lines["press"][:3] == ["#E07000", "not", "listed"]
    code, out, err = run(["category", "add", "-d", db, "--name", "Youth delegate",
                          "--name-fr", "Jeune délégué(e)", "--colour", "#00aa88",
                          "--published", "no"], capsys)
    assert code == 0, err
    assert "Added the category youth_delegate (Youth delegate)." in out
    code, out, err = run(["category", "edit", "-d", db, "Youth delegate", "--name",
                          "Youth", "--position", "1"], capsys)
    assert code == 0, err
    code, out, _ = run(["category", "list", "-d", db], capsys)
    assert out.splitlines()[1].split() == ["youth_delegate", "#00AA88", "not", "listed", "0",
                                           "Youth", "/", "Jeune", "délégué(e)"]
    code, _out, err = run(["category", "add", "-d", db, "--name", "X", "--colour", "blue"],
                          capsys)
    assert code == 2 and "not a colour" in err
    code, out, err = run(["category", "delete", "-d", db, "youth_delegate"], capsys)
    assert code == 0, err
    code, _out, err = run(["category", "delete", "-d", db, "nonsense"], capsys)
    assert code == 2 and "no category “nonsense”" in err


def test_the_upgrade_gives_existing_events_their_categories(tmp_path: Path) -> None:
    with scratch_engine("sqlite", tmp_path) as engine:
        upgrade_to(engine, "0002")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO event (id, title, short_name, kind, start_date, end_date, timezone,"
                " venue, city, country_code, host, co_organisers, working_languages, description,"
                " version,"
                " created_at, updated_at) VALUES (7, 'Old', '', 'conference', '2014-03-31',"
                " '2014-04-01', 'UTC', '', '', NULL, '', '[]', '[\"en\"]', '', 1,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO participant (event_id, code, honorific, given_name, family_name,"
                " family_name_first, function, delegation_role, category, status, email,"
                " phone, access_needs, dietary_needs, notes, sort_key, search_text, version,"
                " created_at, updated_at) VALUES (7, 'ABC123', '', 'Ann', 'Lee', false, '',"
                " 'member', 'press', 'registered', '', '', '', '', '', 'lee ann', '', 1,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        upgrade_to(engine, "0003")
        with engine.connect() as conn:
            codes = [r[0] for r in conn.execute(text(
                "SELECT code FROM participant_category WHERE event_id = 7 ORDER BY position"))]
        assert codes == [code for code, *_ in DEFAULT_CATEGORIES]
        with engine.begin() as conn:
            conn.execute(text("UPDATE participant SET category = 'academia'"))
        downgrade_to(engine, "0002")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT category FROM participant")).scalar() == "observer"



def test_badges_and_the_published_list_follow_the_categories(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    from confdesk.db.database import open_database

    db_path = tmp_path / "b.sqlite"
    db = open_database(db_path)
    try:
        with db.sessions() as s, s.begin():
            event = make_event(s)
            make_participant(s, event, given_name="Ann", family_name="Lee",
                             category="civil_society")
            make_participant(s, event, given_name="Bo", family_name="Chan",
                             category="interpreter")
            youth = add_category(s, event.id, CategoryData("Youth delegate", "Jeune délégué",
                                                          "#00AA88"))
            make_participant(s, event, given_name="Cy", family_name="Dee", category=youth.code)
    finally:
        db.close()
    badges = tmp_path / "badges.pdf"
    code, _out, err = run(["export", "badges", "-d", str(db_path), "-o", str(badges),
                           "--language", "fr"], capsys)
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(badges), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "SOCIÉTÉ CIVILE / ONG" in text and "INTERPRÈTE" in text and "JEUNE DÉLÉGUÉ" in text
    listing = tmp_path / "list.pdf"
    code, out, err = run(["export", "participants", "-d", str(db_path), "-o", str(listing)],
                         capsys)
    assert code == 0, err
    assert "Left out 1 people of categories not in the published list (Interpreter)" in out
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(listing), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Ann Lee" in text and "Cy Dee" in text and "2 participants" in text
    assert "Chan" not in text
    code, out, err = run(["export", "participants", "-d", str(db_path), "-o", str(listing),
                          "--all-categories"], capsys)
    assert code == 0 and "Wrote 3 participants" in out
