"""The demo's participants: State delegations and the people of organisations.

Produces plain rows (dicts) for one bulk insert. Every name is drawn from the invented pools
except those of the public figures that `people.json` names. All draws come from one seeded
`random.Random`, so the crowd is the same on every run.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from confdesk.demo.pools import NamePools
from confdesk.registration.models import DelegationRole, OrganisationKind, Status
from confdesk.registration.states import State

#: Key under which a row names its organisation before ids exist: "state:BE" or an org key.
ORG = "_org"
#: Key under which a row carries the people.json key of a named person.
PERSON = "_person"

_FEMALE_SHARE = 0.45
_INTERNATIONAL = frozenset({
    OrganisationKind.UN_SYSTEM, OrganisationKind.REGIONAL_ORGANISATION,
    OrganisationKind.INTERNATIONAL_ORGANISATION,
})


def weighted(rng: random.Random, weights: Mapping[str, float]) -> str:
    """A key of `weights` drawn in proportion to its value."""
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class Crowd:
    """Draws the people of each delegation, one delegation at a time."""

    def __init__(self, rng: random.Random, pools: NamePools, population: dict[str, Any],
                 timezone: str) -> None:
        self.rng = rng
        self.pools = pools
        self.pop = population
        self.zone = ZoneInfo(timezone)
        self.rows: list[dict[str, Any]] = []
        self._names: set[tuple[str, str]] = set()
        self._emails: set[str] = set()

    # -- delegations --------------------------------------------------------------------

    def state_delegation(self, state: State, named: Sequence[dict[str, Any]]) -> None:
        """A State's delegation: a head, perhaps a deputy, members and advisers."""
        pop = self.pop
        if state.code == pop["host_state"]:
            size = int(pop["host_delegation_size"])
        else:
            size = int(weighted(self.rng, pop["delegation_sizes"]))
        has_head = any(p.get("delegation_role") == "head" for p in named)
        size = max(size, len(named) + (0 if has_head else 1))
        slots = self._slots(size, has_head=has_head, named=len(named))
        cultures = self.pools.cultures_for(state.code)
        domain = f"mfa-{state.code.lower()}.example.org"
        org = f"state:{state.code}"
        for person in named:
            self._add_named(person, org, domain, cultures)
        for role in slots:
            female = self.rng.random() < _FEMALE_SHARE
            honorific, function = self._state_function(role, female)
            self._add_drawn(
                org=org, cultures=cultures, domain=domain, female=female,
                honorific=honorific, function=function, role=role,
                category="delegate", head=role is DelegationRole.HEAD,
            )

    def _slots(self, size: int, *, has_head: bool, named: int) -> list[DelegationRole]:
        roles: list[DelegationRole] = [] if has_head else [DelegationRole.HEAD]
        if size >= 4:
            roles.append(DelegationRole.DEPUTY_HEAD)
        while len(roles) + named < size:
            adviser = self.rng.random() < 0.3
            roles.append(DelegationRole.ADVISER if adviser else DelegationRole.MEMBER)
        return roles

    def _state_function(self, role: DelegationRole, female: bool) -> tuple[str, str]:
        table = self.pop["state_functions"][role.value]
        choice = self.rng.choices(table, weights=[row[3] for row in table])[0]
        return (choice[1] if female else choice[0]), choice[2]

    def organisation(self, org: dict[str, Any], named: Sequence[dict[str, Any]]) -> None:
        """An organisation's people: its named speakers, then `size` more."""
        kind = OrganisationKind(org["kind"])
        category = str(org.get("category") or self.pop["categories_by_kind"][kind.value])
        home = self.pools.cultures_for(org.get("country_code"))
        has_head = any(p.get("delegation_role") == "head" for p in named)
        for person in named:
            self._add_named(person, org["key"], org["domain"], home)
        functions = self.pop["organisation_functions"][kind.value]
        # International secretariats recruit worldwide; national bodies mostly at home.
        local = 0.5 if kind in _INTERNATIONAL else 0.8
        for i in range(int(org["size"])):
            female = self.rng.random() < _FEMALE_SHARE
            head = i == 0 and not has_head and category != "press"
            if category in ("staff", "interpreter"):
                role = DelegationRole.SUPPORT
            elif head:
                role = DelegationRole.HEAD
            else:
                role = DelegationRole.MEMBER
            function = functions[0] if head else self.rng.choice(functions[1:])
            honorific = self._org_honorific(kind, function, female)
            cultures = home if self.rng.random() < local else [self.pools.any_culture(self.rng)]
            self._add_drawn(
                org=org["key"], cultures=cultures, domain=org["domain"], female=female,
                honorific=honorific, function=function, role=role, category=category,
                head=head,
            )

    def _org_honorific(self, kind: OrganisationKind, function: str, female: bool) -> str:
        if kind is OrganisationKind.ACADEMIA and "Professor" in function:
            return "Prof."
        if kind is OrganisationKind.ACADEMIA and function in ("Lecturer", "Research Fellow"):
            return "Dr"
        if function == "Member of Parliament" and self.rng.random() < 0.4:
            return "Hon."
        return "Ms" if female else "Mr"

    # -- people -------------------------------------------------------------------------

    def _add_named(self, person: dict[str, Any], org: str, domain: str,
                   cultures: list[str]) -> None:
        if person.get("public"):
            given, family = person["given_name"], person["family_name"]
            family_first = bool(person.get("family_name_first", False))
            self._names.add((given, family))
            email = ""
            status = Status.CHECKED_IN
            notes = "Registered through the protocol office."
        else:
            female = person["gender"] == "f"
            drawn = self.pools.draw(self.rng, cultures, female=female, avoid=self._names)
            given, family, family_first = drawn.given, drawn.family, drawn.family_first
            email = self._email(drawn.email_local, domain)
            status = Status(weighted(self.rng, self.pop["statuses_of_heads"]))
            notes = ""
        row = self._row(
            org=org, honorific=person["honorific"], given=given, family=family,
            family_first=family_first, function=person["function"],
            role=DelegationRole(person.get("delegation_role", "member")),
            category=str(person["category"]), status=status, email=email,
        )
        row[PERSON] = person["key"]
        if notes:
            row["notes"] = notes
        self.rows.append(row)

    def _add_drawn(self, *, org: str, cultures: list[str], domain: str, female: bool,
                   honorific: str, function: str, role: DelegationRole, category: str,
                   head: bool) -> None:
        drawn = self.pools.draw(self.rng, cultures, female=female, avoid=self._names)
        table = self.pop["statuses_of_heads"] if head else self.pop["statuses"]
        row = self._row(
            org=org, honorific=honorific, given=drawn.given, family=drawn.family,
            family_first=drawn.family_first, function=function, role=role, category=category,
            status=Status(weighted(self.rng, table)),
            email=self._email(drawn.email_local, domain),
        )
        self._add_needs(row)
        self.rows.append(row)

    def _email(self, local: str, domain: str) -> str:
        base = local or "delegate"
        candidate, n = f"{base}@{domain}", 2
        while candidate in self._emails:
            candidate, n = f"{base}{n}@{domain}", n + 1
        self._emails.add(candidate)
        return candidate

    def _row(self, *, org: str, honorific: str, given: str, family: str, family_first: bool,
             function: str, role: DelegationRole, category: str, status: Status,
             email: str) -> dict[str, Any]:
        return {
            ORG: org, "honorific": honorific, "given_name": given, "family_name": family,
            "family_name_first": family_first, "function": function, "delegation_role": role,
            "category": category, "status": status, "email": email, "phone": "",
            "access_needs": "", "dietary_needs": "", "notes": "",
            "checked_in_at": None, "badge_printed_at": None,
        }

    def _add_needs(self, row: dict[str, Any]) -> None:
        for field, key in (("dietary_needs", "dietary_needs"), ("access_needs", "access_needs"),
                           ("notes", "notes")):
            spec = self.pop[key]
            if self.rng.random() < spec["ratio"]:
                row[field] = self.rng.choice(spec["choices"])

    # -- times --------------------------------------------------------------------------

    def stamp_times(self) -> None:
        """Check-in and badge-printing times (UTC), once every row's status is known."""
        windows = self.pop["check_in_windows"]
        printed = self._utc(date(2014, 3, 28), time(16, 0))
        for row in self.rows:
            status = row["status"]
            if status in (Status.CONFIRMED, Status.CHECKED_IN):
                row["badge_printed_at"] = printed
            if status is not Status.CHECKED_IN:
                continue
            day_two_only = row["notes"] == "Attends on 1 April only"
            window = windows[-1] if day_two_only else self.rng.choices(
                windows, weights=[w[3] for w in windows])[0]
            start = datetime.combine(date.fromisoformat(window[0]), time.fromisoformat(window[1]))
            end = datetime.combine(start.date(), time.fromisoformat(window[2]))
            minutes = self.rng.randrange(int((end - start).total_seconds() // 60))
            local = start + timedelta(minutes=minutes)
            row["checked_in_at"] = self._utc(local.date(), local.time())

    def _utc(self, day: date, at: time) -> datetime:
        local = datetime.combine(day, at, tzinfo=self.zone)
        return local.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
