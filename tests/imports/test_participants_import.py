"""Registration spreadsheets: header detection, mapping, preview problems, import, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from confdesk.imports.mapping import MappingError, detect, heading_signature
from confdesk.imports.participants import (
    Action,
    ImportCancelledError,
    ImportInvalidError,
    prepare,
    run_import,
)
from confdesk.imports.tables import Table, read_table
from confdesk.registration.models import (
    DelegationRole,
    Organisation,
    OrganisationKind,
    Participant,
    Status,
)
from confdesk.registration.operations import state_organisation
from tests.factories import make_event, make_participant


def french_workbook(path: Path) -> Path:
    """Title rows, French headings, a merged organisation, numbers, dates, scripts, a formula-
    looking text, spaces and line breaks, an empty row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Inscriptions"
    sheet["A1"] = "Conférence internationale sur la prévention du génocide"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Liste reçue le 20 mars 2014"
    sheet.append([])
    sheet.append(["Civilité", "Prénom", "Nom", "Pays", "Organisation", "Courriel", "Téléphone",
                  "Fonction", "Catégorie", "Remarques"])
    sheet.append(["S.E. M.", "  Didier ", "Reynders", "Belgique", "Belgique", "dr@diplobel.fed.be",
                  3225010000, "Vice-Premier ministre\net ministre des Affaires étrangères",
                  "Délégué", date(2014, 3, 31)])
    sheet.append(["M.", "Thorbjørn", "Jagland", "", "Conseil de l'Europe", "", "", "",
                  "Orateur", ""])
    sheet.append(["Mme", "Élise", "Dupont", "", "", "", "", "", "Observateur", ""])
    sheet.merge_cells("E6:E7")  # Council of Europe for both
    sheet.append([])
    sheet.append(["", "محمد", "العلي", "Qatar", "", "m.ali@mofa.gov.qa", "", "", "", ""])
    sheet.append(["", "Formula", "Person", "", "", "", "", "=1+2", "", ""])
    sheet["H10"].data_type = "s"  # typed as text, not a formula
    book.save(path)
    return path


def test_header_found_under_title_rows_and_french_headings_mapped(tmp_path: Path) -> None:
    table = read_table(french_workbook(tmp_path / "inscriptions.xlsx"))
    mapping = detect(table.rows)
    assert mapping.header_row == 3
    assert {mapping.headings[c]: f for c, f in mapping.fields.items()} == {
        "Civilité": "honorific", "Prénom": "given_name", "Nom": "family_name",
        "Pays": "country", "Organisation": "organisation", "Courriel": "email",
        "Téléphone": "phone", "Fonction": "function", "Catégorie": "category",
        "Remarques": "notes",
    }
    assert mapping.signature == heading_signature(list(mapping.headings))
    assert mapping.signature != heading_signature(["Nom", "Prénom"])


def test_import_of_every_kind_of_cell(session: Session, tmp_path: Path) -> None:
    event = make_event(session)
    table = read_table(french_workbook(tmp_path / "inscriptions.xlsx"))
    preview = prepare(session, event.id, table, detect(table.rows))
    assert [r.line for r in preview.rows] == [5, 6, 7, 9, 10]
    assert all(r.action == Action.ADD for r in preview.rows), [r.problems for r in preview.rows]
    report = run_import(session, preview)
    session.commit()
    assert (report.added, report.updated, report.skipped) == (5, 0, [])
    people = {p.family_name: p for p in session.scalars(select(Participant))}
    reynders = people["Reynders"]
    assert (reynders.honorific, reynders.given_name, reynders.phone, reynders.notes) == \
        ("S.E. M.", "Didier", "3225010000", "2014-03-31")
    assert reynders.function == \
        "Vice-Premier ministre et ministre des Affaires étrangères"
    assert reynders.organisation.name_en == "Belgium"
    assert reynders.organisation.kind == OrganisationKind.STATE
    assert people["Jagland"].category == "speaker"
    assert people["Dupont"].organisation.name_en == "Conseil de l'Europe"  # merged cell
    assert people["Dupont"].organisation_id == people["Jagland"].organisation_id
    assert people["Dupont"].category == "observer"
    assert people["Dupont"].organisation.kind == OrganisationKind.REGIONAL_ORGANISATION
    assert people["العلي"].given_name == "محمد"
    # an empty organisation in an organisation column: no delegation, the country is personal
    assert (people["العلي"].organisation, people["العلي"].country_code) == (None, "QA")
    assert people["Person"].function == "=1+2"
    assert len({p.code for p in people.values()}) == 5


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_problems_are_shown_and_invalid_rows_stop_the_import(session: Session,
                                                             tmp_path: Path) -> None:
    event = make_event(session)
    path = _sheet(tmp_path / "bad.xlsx", [
        ["Name", "Country", "E-mail", "Category"],
        ["Adama DIENG", "Senegal", "adieng@un.org", "speaker"],
        ["", "France", "x@y.fr", ""],
        ["No Mail", "", "not a mail", ""],
        ["Some One", "Narnia", "", ""],
        ["Other One", "", "", "astronaut"],
    ])
    table = read_table(path)
    preview = prepare(session, event.id, table, detect(table.rows))
    assert [(r.line, r.action, r.errors) for r in preview.rows] == [
        (2, Action.ADD, []),
        (3, Action.INVALID, ["no name"]),
        (4, Action.INVALID, ["bad e-mail “not a mail”"]),
        (5, Action.INVALID, ["unknown country “Narnia”"]),
        (6, Action.INVALID, ["unknown category “astronaut”"]),
    ]
    with pytest.raises(ImportInvalidError, match="4 row"):
        run_import(session, preview)
    assert session.scalar(select(func.count(Participant.id))) == 0
    report = run_import(session, preview, skip_invalid=True)
    assert report.added == 1 and [line for line, _ in report.skipped] == [3, 4, 5, 6]
    [dieng] = session.scalars(select(Participant)).all()
    assert (dieng.given_name, dieng.family_name, dieng.country_code) == ("Adama", "DIENG", "SN")
    # no organisation column: the country names the delegation
    assert (dieng.organisation.name_fr, dieng.organisation.kind) == \
        ("Sénégal", OrganisationKind.STATE)


def test_duplicates_in_file_and_registered_skip_update_or_add(session: Session,
                                                             tmp_path: Path) -> None:
    event = make_event(session)
    be = state_organisation(session, "BE")
    make_participant(session, event, given_name="Didier", family_name="Reynders",
                     organisation_id=be.id, email="", status=Status.CONFIRMED)
    make_participant(session, event, given_name="Known", family_name="Mail",
                     email="known@example.org")
    session.commit()
    path = _sheet(tmp_path / "dups.xlsx", [
        ["Family name", "First name", "Country", "E-mail", "Function", "Delegation role"],
        ["REYNDERS", "didier", "Belgium", "", "Minister", "Head of delegation"],
        ["Other", "Name", "", "KNOWN@example.org", "", ""],
        ["Twice", "Ann", "", "ann@example.org", "", ""],
        ["Twice", "Anne", "", "ann@example.org", "Second line wins", ""],
    ])
    table = read_table(path)
    mapping = detect(table.rows)
    skip = prepare(session, event.id, table, mapping)
    assert [(r.action, r.duplicate_reason) for r in skip.rows] == [
        (Action.SKIP, "already registered under the same name and organisation"),
        (Action.SKIP, "already registered with e-mail KNOWN@example.org"),
        (Action.ADD, ""),
        (Action.SKIP, "same e-mail as line 4"),
    ]
    assert [r.action for r in prepare(session, event.id, table, mapping,
                                      on_duplicate="add").rows] == [Action.ADD] * 4
    update = prepare(session, event.id, table, mapping, on_duplicate="update")
    report = run_import(session, update)
    session.commit()
    assert (report.added, report.updated) == (1, 2)
    reynders = session.scalars(select(Participant).filter_by(given_name="didier")).one()
    # the file's values win where it has some; no status column: the status is kept
    assert (reynders.family_name, reynders.function, reynders.delegation_role,
            reynders.status) == ("REYNDERS", "Minister", DelegationRole.HEAD, Status.CONFIRMED)
    ann = session.scalars(select(Participant).filter_by(family_name="Twice")).one()
    assert (ann.given_name, ann.function) == ("Anne", "Second line wins")
    assert session.scalar(select(func.count(Participant.id))) == 3


def test_cancel_leaves_nothing(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows: list[list[object]] = [["Given name", "Family name", "Organisation"]]
    rows += [[f"Person{i}", f"Family{i}", f"New Organisation {i % 7}"] for i in range(1200)]
    table = read_table(_sheet(tmp_path / "many.xlsx", rows))
    seen: list[int] = []
    with database.sessions() as session:
        event_id = make_event(session).id
        session.commit()
        preview = prepare(session, event_id, table, detect(table.rows))
        with pytest.raises(ImportCancelledError):
            run_import(session, preview, progress=lambda done, total: seen.append(done),
                       cancelled=lambda: len(seen) >= 2)
        session.rollback()
    with database.sessions() as session:
        assert session.scalar(select(func.count(Participant.id))) == 0
        assert session.scalar(select(func.count(Organisation.id))) == 0
    assert seen == [500, 1000]


def test_mapping_must_name_people(session: Session, tmp_path: Path) -> None:
    event = make_event(session)
    table = read_table(_sheet(tmp_path / "x.xlsx", [["Country", "E-mail"], ["France", ""]]))
    with pytest.raises(MappingError, match="No column holds names"):
        prepare(session, event.id, table, detect(table.rows))


def test_csv_semicolons_in_cp1252(session: Session, tmp_path: Path) -> None:
    event = make_event(session)
    path = tmp_path / "liste.csv"
    path.write_bytes("Nom;Prénom;Pays;Fonction\r\n"
                     "Müller;Jürgen;Allemagne;Directeur; adjoint\r\n"
                     "Ndiaye;Aïssatou;Sénégal;\"Chef, service\"\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows[0] == ["Nom", "Prénom", "Pays", "Fonction"]
    preview = prepare(session, event.id, table, detect(table.rows))
    run_import(session, preview, skip_invalid=True)
    people = {p.family_name: p for p in session.scalars(select(Participant))}
    assert people["Müller"].given_name == "Jürgen"
    assert people["Müller"].country_code == "DE"
    assert people["Ndiaye"].function == "Chef, service"
    assert people["Ndiaye"].organisation.name_fr == "Sénégal"


def _with_cached_results(path: Path, sheet: int, results: dict[str, str]) -> None:
    """Write the results Excel would have saved beside each formula (openpyxl writes none)."""
    import re
    import zipfile

    name = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as old:
        parts = {n: old.read(n) for n in old.namelist()}
    xml = parts[name].decode()
    for ref, value in results.items():
        kind = "" if value.replace(".", "").isdigit() else ' t="str"'
        xml = re.sub(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                     rf'<c r="{ref}"\1{kind}><f>\2</f><v>{value}</v>', xml)
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w") as new:
        for n, data in parts.items():
            new.writestr(n, data)


def test_formulas_give_their_saved_results_and_sheets_can_be_chosen(
        session: Session, tmp_path: Path) -> None:
    event = make_event(session)
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Nothing to import here"])
    sheet = book.create_sheet("Registrations")
    sheet.append(["First name", "Last name", "Function", "Phone"])
    sheet.append(["Ann", "Lee", '="Direct"&"or"', "=30+2"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    _with_cached_results(path, 2, {"C2": "Director", "D2": "32"})
    with pytest.raises(Exception, match="no sheet “Guests”; its sheets are: Notes, Registr"):
        read_table(path, "Guests")
    table = read_table(path, "Registrations")
    assert table.sheet_names == ["Notes", "Registrations"]
    run_import(session, prepare(session, event.id, table, detect(table.rows)))
    [lee] = session.scalars(select(Participant)).all()
    assert (lee.function, lee.phone) == ("Director", "32")


@pytest.mark.parametrize(("text", "code"), [
    ("Iran (Islamic Republic of)", "IR"), ("Republic of Korea", "KR"),
    ("Democratic People's Republic of Korea", "KP"), ("Congo", "CG"),
    ("Democratic Republic of the Congo", "CD"), ("Fédération de Russie", "RU"),
    ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("USA", "US"),
    ("Saint Kitts and Nevis", "KN"), ("Sao Tome and Principe", "ST"), ("The Gambia", "GM"),
    ("Côte d’Ivoire", "CI"), ("Türkiye", "TR"), ("Bolivie (État plurinational de)", "BO"),
    ("be", "BE"), ("Narnia", None), ("Korea", None),
])
def test_country_names_as_registration_sheets_write_them(text: str, code: str | None) -> None:
    from confdesk.imports.values import country_code

    assert country_code(text) == code


def test_a_title_column_of_positions_is_the_function() -> None:
    rows = [["Name", "Title", "Email"], ["Ann Lee", "Minister of Justice", ""],
            ["Bo Chan", "Director, Human Rights", ""], ["Cy Dee", "Mr", ""]]
    assert detect(rows).fields == {0: "full_name", 1: "function", 2: "email"}
    rows = [["Title", "Name"], ["H.E. Mr", "Ann Lee"], ["Dr", "Bo Chan"]]
    assert detect(rows).fields == {0: "honorific", 1: "full_name"}


def test_a_code_from_the_file_that_cannot_be_kept_is_named_in_the_preview(
        session: Session, tmp_path: Path) -> None:
    """A code already used by someone, or not a code at all, was silently replaced by a drawn
    one: the badge a mission pre-printed would not scan, and nothing said so."""
    event = make_event(session)
    make_participant(session, event, code="ABC234")
    path = _sheet(tmp_path / "codes.xlsx", [
        ["Name", "E-mail", "Code"],
        ["Ana Lima", "ana@example.org", "abc234"],
        ["Bo Chen", "bo@example.org", "bad!code"],
        ["Cy Diaz", "cy@example.org", "XYZ789"],
    ])
    table = read_table(path)
    preview = prepare(session, event.id, table, detect(table.rows))
    assert [r.warnings for r in preview.rows] == [
        ["the code ABC234 is taken already: a new one is drawn"],
        ["“BAD!CODE” is not a participant code: a new one is drawn"],
        [],
    ]
    run_import(session, preview)
    assert session.scalar(select(Participant.code).where(
        Participant.email == "cy@example.org")) == "XYZ789"


def test_do_not_publish_column_in_either_language(session: Session, tmp_path: Path) -> None:
    event = make_event(session)
    path = tmp_path / "consent.csv"
    path.write_text("Nom;Prénom;Pays;Ne pas publier\n"
                    "Kim;Ji-woo;Corée du Sud;oui\n"
                    "Lee;Min;République de Corée;\n"
                    "Park;Su;Korea;peut-être\n", encoding="utf-8")
    table = read_table(path)
    mapping = detect(table.rows)
    assert "do_not_publish" in mapping.fields.values()
    preview = prepare(session, event.id, table, mapping)
    problems = [(r.line, e) for r in preview.rows for e in r.errors]
    assert any("unknown yes/no (do not publish) “peut-être”" in e for _l, e in problems)
    run_import(session, preview, skip_invalid=True)
    people = {p.family_name: p for p in session.scalars(select(Participant))}
    assert people["Kim"].do_not_publish and not people["Lee"].do_not_publish
    assert "Park" not in people
    assert people["Kim"].organisation.name_en == "Republic of Korea"  # the UN name
    assert people["Lee"].organisation_id == people["Kim"].organisation_id


@pytest.mark.parametrize(("heading", "field"), [
    ("Pays / Organisation", "organisation"), ("Country/Organisation", "organisation"),
    ("Délégation / Organisation", "organisation"), ("State or organization", "organisation"),
    ("Pays", "country"), ("Organisation", "organisation"), ("Courriel", "email"),
])
def test_a_heading_naming_a_state_and_an_organisation_is_read_by_value(
        heading: str, field: str) -> None:
    from confdesk.imports.mapping import field_for

    assert field_for(heading) == field


@pytest.mark.parametrize(("text", "code"), [
    ("ONG", "civil_society"), ("NGO", "civil_society"), ("Société civile", "civil_society"),
    ("Académique", "academia"), ("Academia", "academia"), ("Universitaire", "academia"),
    ("Media", "press"), ("Médias", "press"), ("Presse", "press"), ("Journaliste", "press"),
    ("Interprète", "interpreter"), ("Délégué(e)", "delegate"), ("Déléguée", "delegate"),
    ("délégué·e", "delegate"), ("Observateur(trice)", "observer"), ("Invité(e)", "guest"),
    ("Organisation internationale", "international_organisation"), ("IGO",
     "international_organisation"), ("intervenante", "speaker"), ("STAFF", "staff"),
    ("Civil society / NGO", "civil_society"), ("civil_society", "civil_society"),
    ("Photographe", None), ("", None),
])
def test_category_words_in_english_and_french(text: str, code: str | None) -> None:
    from confdesk.imports.values import category
    from confdesk.registration.models import DEFAULT_CATEGORIES

    class Cat:
        def __init__(self, code: str, en: str, fr: str) -> None:
            self.code, self.name_en, self.name_fr = code, en, fr

    known = [Cat(c, en, fr) for c, en, fr, *_ in DEFAULT_CATEGORIES]
    assert category(text, known) == code
    # A word for a category the event does not have is unknown there.
    assert category(text, [k for k in known if k.code != code]) is None


def test_an_unknown_country_is_asked_and_can_be_mapped(session: Session) -> None:
    event = make_event(session)
    table = Table(rows=[["Name", "Country", "Category"],
                        ["Ann Lee", "Narnia", "ONG"], ["Bo Chan", "narnia", ""],
                        ["Cy Dee", "RDC", "Statut spécial"]],
                  sheet="s", sheet_names=["s"])
    mapping = detect(table.rows)
    preview = prepare(session, event.id, table, mapping)
    assert preview.unknown_values == {"country": {"Narnia": [2, 3]},
                                      "category": {"Statut spécial": [4]}}
    assert preview.rows[0].errors == ["unknown country “Narnia”"]
    assert preview.rows[0].bad_fields == {"country"}
    mapping.map_value("Country", "NARNIA", "Belgique")
    mapping.map_value("category", "statut special", "")
    preview = prepare(session, event.id, table, mapping)
    assert preview.unknown_values == {}
    run_import(session, preview)
    people = {p.family_name: (p.country_code, p.category)
              for p in session.scalars(select(Participant))}
    assert people == {"Lee": ("BE", "civil_society"), "Chan": ("BE", "delegate"),
                      "Dee": ("CD", "delegate")}


def test_a_possible_duplicate_the_user_says_is_the_same_person_updates_them(
        session: Session) -> None:
    event = make_event(session)
    make_participant(session, event, given_name="Ann", family_name="Lee", email="ann@old.org")
    table = Table(rows=[["Name", "E-mail", "Function"],
                        ["Ann Lee", "ann@new.org", "Director"],
                        ["Bo Chan", "bo@a.org", ""], ["Bo Chan", "bo@b.org", "Adviser"]],
                  sheet="s", sheet_names=["s"])
    preview = prepare(session, event.id, table, detect(table.rows))
    ann, bo, bo_again = preview.rows
    assert ann.possible_of is not None and ann.action == Action.ADD
    assert bo_again.possible_line == 3 and bo_again.action == Action.ADD
    assert not bo.possible_duplicate
    ann.action = bo_again.action = Action.UPDATE
    report = run_import(session, preview)
    assert (report.added, report.updated) == (1, 1)
    people = {p.family_name: (p.email, p.function) for p in session.scalars(select(Participant))}
    assert people == {"Lee": ("ann@new.org", "Director"), "Chan": ("bo@b.org", "Adviser")}
