"""Name plates: each delegation's UN name on both faces, in the asked languages, fonts embedded."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from confdesk.db.database import Database
from confdesk.exports.pdf.nameplates import NamePlate, PlateFace, fit_lines, nameplates_pdf
from confdesk.plenary import nameplates
from confdesk.programme.models import RoleKind
from confdesk.registration.models import OrganisationKind
from tests.factories import (
    add_role,
    make_event,
    make_organisation,
    make_participant,
    make_session,
)


def _pages(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "plates.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def _delegations(database: Database) -> int:
    with database.sessions.begin() as s:
        event = make_event(s)
        for name, code in [("South Korea", "KR"), ("Ivory Coast", "CI"), ("UK", "GB")]:
            make_participant(s, event, organisation=make_organisation(
                s, name_en=name, kind=OrganisationKind.STATE, country_code=code))
        make_participant(s, event, organisation=make_organisation(
            s, name_en="Council of Europe", name_fr="Conseil de l'Europe",
            kind=OrganisationKind.REGIONAL_ORGANISATION))
        return event.id


@pytest.mark.parametrize(("language", "front", "back"), [
    ("en", "en", "en"), ("fr", "fr", "fr"), ("both", "en", "fr")])
def test_each_delegation_on_both_faces(database: Database, tmp_path: Path, language: str,
                                       front: str, back: str) -> None:
    event_id = _delegations(database)
    with database.sessions() as s:
        found = nameplates.plated_delegations(s, event_id)
    pages = _pages(nameplates_pdf(nameplates.delegation_plates(found, language)), tmp_path)
    names = {
        "en": ["Côte d'Ivoire", "Republic of Korea",
               "United Kingdom of Great Britain and Northern Ireland", "Council of Europe"],
        "fr": ["Côte d'Ivoire", "République de Corée",
               "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Conseil de l'Europe"],
    }
    assert len(pages) == 4
    for page, en, fr in zip(pages, names["en"], names["fr"], strict=True):
        wanted = {"en": en, "fr": fr}
        # one face upright, the other upside down: both read whole
        faces = [wanted[front], wanted[back]]
        for name in set(faces):
            assert page.count(name) == faces.count(name), page
        if front != back and en != fr:
            assert page.count(en) == 1 and page.count(fr) == 1


def test_people_plates_carry_honorific_name_and_title(database: Database,
                                                      tmp_path: Path) -> None:
    with database.sessions.begin() as s:
        event = make_event(s)
        belgium = make_organisation(s, name_en="Belgium", name_fr="Belgique",
                                    kind=OrganisationKind.STATE, country_code="BE")
        chair = make_participant(s, event, honorific="H.E. Mr", given_name="Didier",
                                 family_name="Reynders", organisation=belgium,
                                 function="Deputy Prime Minister")
        panel = make_session(s, event, title="High Level Political Session")
        add_role(s, panel, chair, RoleKind.CHAIR)
        event_id = event.id
    with database.sessions() as s:
        people = nameplates.plated_people(s, event_id)
    [page] = _pages(nameplates_pdf(nameplates.person_plates(people, "both")), tmp_path)
    assert "H.E. Mr Didier Reynders" in page and "S. E. M. Didier Reynders" in page
    assert page.count("Deputy Prime Minister") == 2
    assert "Belgium" in page and "Belgique" in page


def test_long_names_and_other_scripts_are_never_cut(tmp_path: Path) -> None:
    long = ("Office of the Special Advisers on the Prevention of Genocide and on the "
            "Responsibility to Protect")
    plates = [NamePlate(PlateFace(long), PlateFace(long)),
              NamePlate(PlateFace("中华人民共和国"), PlateFace("المملكة العربية السعودية")),
              NamePlate(PlateFace("Российская Федерация"), PlateFace("Ελλάδα"))]
    pages = _pages(nameplates_pdf(plates, a5=True), tmp_path)
    assert pages[0].count("Responsibility to Protect") == 2
    assert "中华人民共和国" in pages[1]
    assert "Российская Федерация" in pages[2] and "Ελλάδα" in pages[2]
    lines, size = fit_lines(long, 500, 86, 50)
    assert " ".join(lines) == long and 2 <= len(lines) <= 3 and size > 20
