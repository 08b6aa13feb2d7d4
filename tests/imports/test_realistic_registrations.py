"""A French registration workbook as secretariats receive it, imported from the command line.

Built with openpyxl: a title row above the headings, "Pays / Organisation" holding either a
State (spelled "Belgique", "RDC", "Ivory Coast", "Macedonia"…) or an organisation ("Council of
Europe"), categories written "ONG", "Académique", "Délégué(e)", "Presse", "Interprète",
people who only share a name with someone, a few truly invalid rows and exactly one true
duplicate. All 50 valid, distinct people must arrive, with their delegations and categories.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from confdesk.cli import main
from confdesk.db.database import open_database
from confdesk.registration.models import OrganisationKind, Participant

HEADINGS = ["N°", "Civilité", "Prénom", "Nom", "Fonction", "Pays / Organisation", "Catégorie",
            "Courriel", "Téléphone"]

#: (civilité, prénom, nom, fonction, pays / organisation, catégorie, courriel)
VALID = [
    ("S.E. M.", "Didier", "Reynders", "Ministre des Affaires étrangères", "Belgique",
     "Délégué", "didier.reynders@diplobel.fed.be"),
    ("Mme", "Élodie", "Lefèvre", "Conseillère", "Belgique", "Déléguée",
     "elodie.lefevre@diplobel.fed.be"),
    ("M.", "Jean", "Martin", "Premier secrétaire", "Belgique", "Délégué(e)",
     "jean.martin@diplobel.fed.be"),
    ("M.", "Jean", "Martin", "Directeur des droits de l'homme", "RDC", "Délégué",
     "jmartin@affaires-etrangeres.gouv.cd"),
    ("S.E. Mme", "Marie-Ange", "Mushobekwa", "Ministre des Droits humains", "RDC", "Délégué",
     "ma.mushobekwa@droitshumains.gouv.cd"),
    ("M.", "Patrice", "Kabila Nsimba", "Conseiller juridique", "RDC", "Délégué",
     "p.nsimba@affaires-etrangeres.gouv.cd"),
    ("M.", "Koffi", "Yao", "Ambassadeur", "Ivory Coast", "Délégué", "k.yao@diplomatie.gouv.ci"),
    ("Mme", "Aya", "Kouassi", "Conseillère", "Ivory Coast", "Délégué",
     "aya.kouassi@diplomatie.gouv.ci"),
    ("M.", "Nikola", "Dimitrov", "Ministre des Affaires étrangères", "Macedonia", "Délégué",
     "n.dimitrov@mfa.gov.mk"),
    ("Mme", "Ana", "Petrovska", "Conseillère", "Macedonia", "Délégué", "a.petrovska@mfa.gov.mk"),
    ("M.", "Diego", "Pary", "Vice-ministre", "Bolivie", "Délégué", "dpary@rree.gob.bo"),
    ("Mme", "Carmen", "Almendras", "Première secrétaire", "Bolivie", "Délégué",
     "c.almendras@rree.gob.bo"),
    ("M.", "Bernard", "Membe", "Ministre", "Tanzanie", "Délégué", "b.membe@foreign.go.tz"),
    ("Mme", "Grace", "Mwakyusa", "Conseillère", "Tanzanie", "Délégué",
     "g.mwakyusa@foreign.go.tz"),
    ("M.", "Kim", "Min-jun", "Ambassadeur", "South Korea", "Délégué", "minjun.kim@mofa.go.kr"),
    ("Mme", "Lee", "Seo-yeon", "Conseillère", "South Korea", "Délégué", "sy.lee@mofa.go.kr"),
    ("M.", "François", "Delattre", "Ambassadeur", "France", "Délégué",
     "f.delattre@diplomatie.gouv.fr"),
    ("Mme", "Claire", "Bodin", "Rédactrice", "France", "Délégué",
     "claire.bodin@diplomatie.gouv.fr"),
    ("M.", "Mankeur", "Ndiaye", "Ministre", "Sénégal", "Délégué", "m.ndiaye@diplomatie.gouv.sn"),
    ("M.", "Ahmed", "Diallo", "Conseiller", "Sénégal", "Délégué",
     "ahmed.diallo@diplomatie.gouv.sn"),
    ("M.", "Ahmed", "Diallo", "Chercheur", "Université Cheikh Anta Diop", "Académique",
     "ahmed.diallo@ucad.edu.sn"),
    ("Mme", "Nadia", "Benali", "Directrice", "Maroc", "Délégué", "n.benali@diplomatie.ma"),
    ("M.", "Stéphane", "Dion", "Ministre", "Canada", "Délégué",
     "stephane.dion@international.gc.ca"),
    ("Mme", "Laura", "Meier", "Diplomate", "Suisse", "Délégué", "laura.meier@eda.admin.ch"),
    ("M.", "Hiroshi", "Tanaka", "Ministre plénipotentiaire", "Japon", "Délégué",
     "h.tanaka@mofa.go.jp"),
    ("Mme", "Ana", "Souza", "Conseillère", "Brésil", "Délégué", "ana.souza@itamaraty.gov.br"),
    ("M.", "Eugène", "Nshimiyimana", "Ambassadeur", "Rwanda", "Délégué",
     "e.nshimi@minaffet.gov.rw"),
    ("Mme", "Marie", "Dubois", "Directrice générale", "Council of Europe", "Observateur",
     "marie.dubois@coe.int"),
    ("Mme", "Marie", "Dubois", "Professeure", "Université libre de Bruxelles", "Académique",
     "marie.dubois@ulb.be"),
    ("M.", "Thorbjørn", "Jagland", "Secrétaire général", "Council of Europe", "Intervenant",
     "t.jagland@coe.int"),
    ("M.", "Adama", "Dieng", "Conseiller spécial", "Nations Unies", "Intervenant",
     "dieng@un.org"),
    ("Mme", "Salil", "Shetty", "Secrétaire générale", "Amnesty International", "ONG",
     "s.shetty@amnesty.org"),
    ("M.", "Kenneth", "Roth", "Directeur exécutif", "Human Rights Watch", "ONG", "roth@hrw.org"),
    ("Mme", "Gregory", "Stanton", "Président", "Genocide Watch", "ONG",
     "stanton@genocidewatch.org"),
    ("M.", "Pierre", "Hazan", "Conseiller", "Centre pour le dialogue humanitaire", "ONG",
     "p.hazan@hdcentre.org"),
    ("Mme", "Sophie", "Lambert", "Chargée de plaidoyer", "Avocats Sans Frontières", "ONG",
     "slambert@asf.be"),
    ("M.", "William", "Schabas", "Professeur", "Middlesex University", "Académique",
     "w.schabas@mdx.ac.uk"),
    ("Mme", "Ruth", "Wedgwood", "Professeure", "Johns Hopkins University", "Académique",
     "rwedgwood@jhu.edu"),
    ("M.", "Luc", "Reychler", "Professeur émérite", "KU Leuven", "Académique",
     "luc.reychler@kuleuven.be"),
    ("Mme", "Anne", "Lagerwall", "Chercheuse", "Université libre de Bruxelles", "Académique",
     "anne.lagerwall@ulb.be"),
    ("M.", "Baudouin", "Loos", "Journaliste", "Le Soir", "Presse", "b.loos@lesoir.be"),
    ("Mme", "Colette", "Braeckman", "Journaliste", "Le Soir", "Presse", "c.braeckman@lesoir.be"),
    ("M.", "Tom", "Nuttall", "Correspondant", "The Economist", "Presse",
     "tomnuttall@economist.com"),
    ("Mme", "Isabelle", "Durand", "Interprète de conférence", "AIIC", "Interprète",
     "i.durand@aiic.net"),
    ("M.", "Karel", "Peeters", "Interprète de conférence", "AIIC", "Interprète",
     "k.peeters@aiic.net"),
    ("Mme", "Yasmina", "Haddad", "Interprète", "AIIC", "Interprète", "y.haddad@aiic.net"),
    ("M.", "Jean", "Martin", "Chef de projet", "Council of Europe", "Observateur",
     "jean.martin@coe.int"),
    ("Mme", "Fatou", "Bensouda", "Procureure", "Cour pénale internationale", "Intervenant",
     "fatou.bensouda@icc-cpi.int"),
    ("M.", "Zeid", "Ra'ad Al Hussein", "Représentant permanent", "Jordanie", "Délégué",
     "zeid@mfa.gov.jo"),
    ("Mme", "Nomvula", "Dlamini", "Conseillère", "Swaziland", "Délégué", "n.dlamini@gov.sz"),
]
assert len(VALID) == 50

INVALID = [
    ("M.", "", "", "Chauffeur", "Belgique", "Délégué", "chauffeur@diplobel.fed.be"),
    ("Mme", "Hélène", "Roux", "Attachée", "France", "Délégué", "helene.roux@diplomatie"),
    ("M.", "Paul", "Nkosi", "Attaché", "Afrique du Sud", "Délégué", "paul nkosi at dirco.gov.za"),
    ("Mme", "Inès", "Garcia", "Attachée", "Espagne", "Délégué", "ines@@maec.es"),
]
#: The one true duplicate: Lefèvre again, the e-mail typed in capitals, "Mme" as "Madame".
DUPLICATE = ("Madame", "Élodie", "Lefèvre", "Conseillère", "Belgique", "Délégué",
             "Elodie.Lefevre@diplobel.fed.be")


def build_workbook(path: Path, *, extra: list[tuple[str, ...]] = ()) -> dict[str, int]:
    """The workbook; returns the sheet line of a few rows the tests look for."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Inscriptions"
    sheet.append(["Conférence internationale sur la prévention du génocide — Bruxelles, "
                  "31 mars – 1er avril 2014 — Liste des inscriptions (état au 24 mars)"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(HEADINGS)
    rows: list[tuple[str, ...]] = [*VALID[:20], INVALID[0], *VALID[20:35], INVALID[1],
                                   DUPLICATE, *VALID[35:45], INVALID[2], INVALID[3],
                                   *VALID[45:], *extra]
    lines: dict[str, int] = {}
    for number, row in enumerate(rows, 1):
        sheet.append([number, *row, "+32 2 501 81 11" if number % 3 == 0 else None])
        if row is DUPLICATE:
            lines["duplicate"] = sheet.max_row
        elif row in INVALID:
            lines.setdefault("invalid", sheet.max_row)
    sheet.column_dimensions["F"].width = 32
    book.save(path)
    assert len(rows) == 55 + len(extra)
    return lines


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def empty_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "conf.sqlite"
    code, _out, err = run(["event", "create", "-d", str(db), "--title", "ICGP 2014",
                           "--start", "2014-03-31", "--end", "2014-04-01"], capsys)
    assert code == 0, err
    return db


def _people(db: Path) -> dict[str, list[Participant]]:
    database = open_database(db)
    try:
        with database.sessions() as session:
            found: dict[str, list[Participant]] = {}
            for p in session.scalars(select(Participant)):
                _ = p.organisation
                found.setdefault(f"{p.given_name} {p.family_name}", []).append(p)
            session.expunge_all()
            return found
    finally:
        database.close()


def test_the_realistic_sheet_imports_its_50_people(
        tmp_path: Path, empty_event: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "inscriptions.xlsx"
    lines = build_workbook(sheet)
    code, out, err = run(["import", "participants", str(sheet), "-d", str(empty_event),
                          "--on-duplicate", "skip", "--skip-invalid"], capsys)
    assert code == 0, err
    assert "headings on row 3" in out
    assert "'Pays / Organisation' → organisation" in out
    assert "read value by value: a State makes a State delegation" in out
    assert "Added 50, updated 0, skipped 5." in out
    assert f"line {lines['duplicate']}: skipped, same e-mail as line" in out
    assert f"line {lines['invalid']}: skipped, no name" in out
    # Namesakes are imported, and reported for a check.
    assert "Possible duplicates added (4), to check:" in out
    assert "Jean Martin, possible duplicate: same name as line 6 (another e-mail and " \
           "delegation)" in out
    assert "Ahmed Diallo" in out.split("Possible duplicates")[1]
    assert "Marie Dubois" in out.split("Possible duplicates")[1]

    people = _people(empty_event)
    assert sum(len(v) for v in people.values()) == 50
    assert len(people["Jean Martin"]) == 3 and len(people["Marie Dubois"]) == 2
    assert len(people["Ahmed Diallo"]) == 2

    # Every State spelling makes a State delegation and the person's country.
    for name, code in (("Didier Reynders", "BE"), ("Marie-Ange Mushobekwa", "CD"),
                       ("Koffi Yao", "CI"), ("Nikola Dimitrov", "MK"), ("Diego Pary", "BO"),
                       ("Bernard Membe", "TZ"), ("Kim Min-jun", "KR"),
                       ("Nomvula Dlamini", "SZ"), ("Stéphane Dion", "CA")):
        [person] = people[name]
        assert person.organisation is not None, name
        assert person.organisation.kind == OrganisationKind.STATE, name
        assert (person.organisation.country_code, person.country_code) == (code, code), name
        assert person.category == "delegate", name
    martins = {p.organisation.country_code or p.organisation.name_en: p.category
               for p in people["Jean Martin"] if p.organisation}
    assert martins == {"BE": "delegate", "CD": "delegate", "Council of Europe": "observer"}
    # Anything that is no State is an organisation of that name.
    [jagland] = people["Thorbjørn Jagland"]
    assert jagland.organisation is not None
    assert jagland.organisation.name_en == "Council of Europe"
    assert jagland.organisation.kind != OrganisationKind.STATE
    assert jagland.category == "speaker"
    # The categories as the sheet wrote them.
    expected = {"Salil Shetty": "civil_society", "Kenneth Roth": "civil_society",
                "William Schabas": "academia", "Anne Lagerwall": "academia",
                "Colette Braeckman": "press", "Tom Nuttall": "press",
                "Isabelle Durand": "interpreter", "Yasmina Haddad": "interpreter",
                "Élodie Lefèvre": "delegate", "Adama Dieng": "speaker"}
    for name, category in expected.items():
        assert [p.category for p in people[name]] == [category], name
    assert {p.category for p in people["Marie Dubois"]} == {"observer", "academia"}
    # "Nations Unies" is the UN's organisation, not a State; nobody invalid came in.
    [dieng] = people["Adama Dieng"]
    assert dieng.organisation is not None and dieng.organisation.country_code is None
    assert "Hélène Roux" not in people and "Paul Nkosi" not in people
    assert "Inès Garcia" not in people


def test_an_unknown_value_stops_the_import_until_it_is_mapped(
        tmp_path: Path, empty_event: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "inscriptions.xlsx"
    build_workbook(sheet, extra=[
        ("M.", "Philippe", "Goffin", "Bourgmestre", "Belgique", "Autorité locale",
         "goffin@crisnee.be"),
        ("Mme", "Alice", "Lamy", "Photographe", "Belga", "Photographe", "alice.lamy@belga.be"),
        ("M.", "Bruno", "Lamy", "Photographe", "Belga", "photographe", "bruno.lamy@belga.be"),
    ])
    argv = ["import", "participants", str(sheet), "-d", str(empty_event), "--skip-invalid"]
    code, out, err = run(argv, capsys)
    assert code == 1
    assert "Values the import does not know: nothing imported." in err
    assert "column “Catégorie” (category); choices: delegate, observer, speaker" in err
    assert "“Photographe” on line(s) 60, 61:  --map-value \"Catégorie:Photographe=…\"" in err
    assert "“Autorité locale” on line(s) 59" in err
    assert _people(empty_event) == {}

    code, out, err = run([*argv, "--map-value", "Catégorie:Photographe=press",
                          "--map-value", "catégorie:AUTORITE LOCALE=Invité(e)"], capsys)
    assert code == 0, err
    assert "Added 53, updated 0, skipped 5." in out
    people = _people(empty_event)
    assert [p.category for p in people["Philippe Goffin"]] == ["guest"]
    assert [p.category for p in people["Alice Lamy"]] == ["press"]
    assert [p.category for p in people["Bruno Lamy"]] == ["press"]


def test_a_value_mapped_to_nothing_a_category_takes_is_refused(
        tmp_path: Path, empty_event: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "inscriptions.xlsx"
    build_workbook(sheet)
    code, _out, err = run(["import", "participants", str(sheet), "-d", str(empty_event),
                           "--skip-invalid", "--map-value", "Catégorie:VIP=royalty"], capsys)
    assert code == 2
    assert "“royalty” is not a category; use one of: delegate, observer" in err
    assert _people(empty_event) == {}


def test_possible_duplicates_can_be_skipped_and_are_still_listed(
        tmp_path: Path, empty_event: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "inscriptions.xlsx"
    build_workbook(sheet)
    code, out, err = run(["import", "participants", str(sheet), "-d", str(empty_event),
                          "--skip-invalid", "--possible-duplicates", "skip"], capsys)
    assert code == 0, err
    assert "Added 46, updated 0, skipped 9." in out
    assert "skipped, possible duplicate: same name as line" in out
    assert len(_people(empty_event)["Jean Martin"]) == 1


def test_a_second_import_of_the_same_sheet_finds_everyone_registered(
        tmp_path: Path, empty_event: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "inscriptions.xlsx"
    build_workbook(sheet)
    argv = ["import", "participants", str(sheet), "-d", str(empty_event), "--skip-invalid"]
    assert run(argv, capsys)[0] == 0
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert "Added 0, updated 0, skipped 55." in out
    assert sum(len(v) for v in _people(empty_event).values()) == 50

