"""The duplicate check again, once the import holds the event's lock.

A preview is built before the import starts, and the user may spend minutes on it; another
import into the same event (a colleague's, or the same file twice) can commit meanwhile. Once
`db.locks.lock_event_for_import` is held nobody else can, so the rows the preview would add
are compared again with the people registered *now*: someone added meanwhile is treated as
the preview treats a registered duplicate (skipped, updated or added, as chosen), and an
organisation created meanwhile is used instead of being created twice. Choices the user made
on rows the preview had flagged are left as they are.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.errors import Message
from confdesk.imports import messages as m
from confdesk.registration import names
from confdesk.registration.models import Organisation, OrganisationKind, Participant
from confdesk.registration.operations import name_key

if TYPE_CHECKING:
    from confdesk.imports.participants import ImportPreview, ImportRow


def known_name_key(known: dict[tuple[object, object], str], given: str | None,
                   family: str | None) -> str:
    """`name_key` of a name, folded once per import (`known` remembers it)."""
    found = known.get((given, family))
    if found is None:
        found = known[(given, family)] = name_key(given, family)
    return found


class _Registered:
    """The event's people and the organisations, as they are once the lock is held."""

    def __init__(self, session: Session, event_id: int,
                 name_keys: dict[tuple[object, object], str]) -> None:
        self.session, self.event_id = session, event_id
        self.name_keys = name_keys
        self._people: tuple[dict[str, int], dict[tuple[str, int | None], int]] | None = None
        self.org_by_name: dict[str, int] = {}
        self.state_ids: dict[str, int] = {}
        for org in session.execute(select(Organisation.id, Organisation.name_en,
                                          Organisation.name_fr, Organisation.acronym,
                                          Organisation.kind, Organisation.country_code)):
            if org.kind in (OrganisationKind.STATE, OrganisationKind.OBSERVER_STATE) \
                    and org.country_code:
                self.state_ids.setdefault(org.country_code, org.id)
            for name in (org.name_en, org.name_fr, org.acronym):
                if name:
                    self.org_by_name.setdefault(names.fold(name), org.id)

    def people(self) -> tuple[dict[str, int], dict[tuple[str, int | None], int]]:
        """The event's people by e-mail and by (name key, organisation id), read when a row
        first needs them: an import whose rows are all duplicates already, or skipped, never
        reads them (100,000 people are a second of the import)."""
        if self._people is None:
            by_email: dict[str, int] = {}
            by_name: dict[tuple[str, int | None], int] = {}
            name_keys = self.name_keys
            for pid, email, given, family, org_id in self.session.execute(
                    select(Participant.id, Participant.email, Participant.given_name,
                           Participant.family_name, Participant.organisation_id)
                    .where(Participant.event_id == self.event_id)):
                if email:
                    by_email.setdefault(email.casefold(), pid)
                by_name.setdefault((known_name_key(name_keys, given, family), org_id), pid)
            self._people = by_email, by_name
        return self._people

    def org_key(self, key: str) -> str:
        """A "new:<folded name>" key becomes "id:N" when that organisation exists now."""
        if key.startswith("new:") and key[4:] in self.org_by_name:
            return f"id:{self.org_by_name[key[4:]]}"
        return key

    def org_id(self, key: str) -> int | None:
        if key.startswith("id:"):
            return int(key[3:])
        if key.startswith("state:"):
            return self.state_ids.get(key[6:])
        return None

    def match(self, row: ImportRow, key: str) -> tuple[int, str] | None:
        """(participant id, reason) when the row's person is registered now."""
        by_email, by_name = self.people()
        email = str(row.values.get("email") or "").casefold()
        if email and email in by_email:
            return by_email[email], Message(
                m.MEANWHILE_EMAIL, code="import.duplicate", email=row.values["email"])
        # The preview's key of the row's name (folded there once), else folded here.
        nkey = row.name_key or known_name_key(self.name_keys,
                                              str(row.values.get("given_name", "")),
                                              str(row.values.get("family_name", "")))
        org_id = self.org_id(key)
        if nkey and (key == "" or org_id is not None) and (nkey, org_id) in by_name:
            return by_name[(nkey, org_id)], Message(m.MEANWHILE_NAME,
                                                         code="import.duplicate")
        return None


def recheck_duplicates(session: Session, preview: ImportPreview) -> ImportPreview:
    """The preview with its rows checked against the people registered now (a copy; the
    preview given is not changed, so a failed import leaves it as the user saw it)."""
    from confdesk.imports.participants import Action, OnDuplicate

    # The names folded for the preview are not folded again (a copy: the preview given
    # stays as it is).
    registered = _Registered(session, preview.event_id, dict(preview.name_keys))
    on_duplicate = {OnDuplicate.SKIP: Action.SKIP, OnDuplicate.UPDATE: Action.UPDATE,
                    OnDuplicate.ADD: Action.ADD}[preview.on_duplicate]
    rows: list[ImportRow] = []
    for row in preview.rows:
        if row.action not in (Action.ADD, Action.UPDATE):
            rows.append(row)
            continue
        key = registered.org_key(str(row.values.get("_org_key", "")))
        changes: dict[str, object] = {}
        if key != row.values.get("_org_key"):
            changes["values"] = {**row.values, "_org_key": key}
        if row.action == Action.ADD and row.duplicate_of is None \
                and row.duplicate_line is None:
            found = registered.match(row, key)
            # The person the preview showed as a possible duplicate, whom the user chose to
            # add beside, was registered before the preview, not meanwhile.
            if found is not None and found[0] != row.possible_of:
                changes.update(duplicate_of=found[0], duplicate_reason=found[1],
                               action=on_duplicate)
        rows.append(dataclasses.replace(row, **changes) if changes else row)  # type: ignore[arg-type]
    return dataclasses.replace(preview, rows=rows)
