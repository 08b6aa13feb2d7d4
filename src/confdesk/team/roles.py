"""confdesk's roles and what each may do: the one table the services, the window and the
PostgreSQL grants (`team/postgres.py`) all read.

A person may hold several roles, each for one event or for all events (`team/models.py`).
The labels are marked with `QT_TRANSLATE_NOOP` (context "Role") so that the window shows
them translated; the CLI prints the English.
"""

from __future__ import annotations

import enum

from confdesk.i18n import QT_TRANSLATE_NOOP

#: The translation context of the roles' labels.
ROLE_CONTEXT = "Role"


class Role(enum.StrEnum):
    """An application role; its value is stored in the grants table and names its
    PostgreSQL group role (`confdesk_<value>`)."""

    ADMINISTRATOR = "administrator"
    REGISTRAR = "registrar"
    DESK = "desk"
    PROGRAMME = "programme"
    RAPPORTEUR = "rapporteur"
    READER = "reader"

    @property
    def label(self) -> str:
        """The English label ("Registration desk"), the source text of its translation."""
        return ROLE_LABELS[self]

    @property
    def group_role(self) -> str:
        """The PostgreSQL NOLOGIN role whose members hold this role's table privileges."""
        return f"confdesk_{self.value}"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "Administrator"),
    Role.REGISTRAR: QT_TRANSLATE_NOOP("Role", "Registrar"),
    Role.DESK: QT_TRANSLATE_NOOP("Role", "Registration desk"),
    Role.PROGRAMME: QT_TRANSLATE_NOOP("Role", "Programme"),
    Role.RAPPORTEUR: QT_TRANSLATE_NOOP("Role", "Rapporteur"),
    Role.READER: QT_TRANSLATE_NOOP("Role", "Reader"),
}

#: What each role is for, shown in the Users dialog and `confdesk users --help`.
ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP(
        "Role", "everything, including events and people's roles"),
    Role.REGISTRAR: QT_TRANSLATE_NOOP(
        "Role", "participants, categories, imports, exports and badges"),
    Role.DESK: QT_TRANSLATE_NOOP("Role", "check-in and badge reprints; reads the list"),
    Role.PROGRAMME: QT_TRANSLATE_NOOP("Role", "sessions, rooms, themes and people's roles in "
                                      "sessions"),
    Role.RAPPORTEUR: QT_TRANSLATE_NOOP("Role", "outcome documents and rapporteur's items"),
    Role.READER: QT_TRANSLATE_NOOP("Role", "reads and prints the published outputs"),
}


class Permission(enum.StrEnum):
    """One kind of change (or of printing) that a service checks before doing it."""

    #: Add, change or delete events (their dates, place, rooms of the event form).
    EDIT_EVENTS = "edit_events"
    #: People's roles: `confdesk users`, the Users dialog.
    MANAGE_USERS = "manage_users"
    #: Add, change, delete participants; their status and category; the categories.
    EDIT_PARTICIPANTS = "edit_participants"
    #: Import registrations from a spreadsheet.
    IMPORT_PARTICIPANTS = "import_participants"
    #: Export the full list of participants (workbook, CSV, unpublished people) and issue it.
    EXPORT_PARTICIPANTS = "export_participants"
    #: Check a participant in (or undo it).
    CHECK_IN = "check_in"
    #: Print (or reprint) badges.
    PRINT_BADGES = "print_badges"
    #: Sessions, rooms, themes, people's roles in sessions.
    EDIT_SESSIONS = "edit_sessions"
    #: Outcome documents: paragraphs, drafts, comments; the rapporteur's items.
    EDIT_DOCUMENTS = "edit_documents"
    #: Print the published outputs: programme, speakers, published list, documents.
    PRINT_PUBLISHED = "print_published"


#: Each role's permissions; the administrator holds them all.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.REGISTRAR: frozenset({
        Permission.EDIT_PARTICIPANTS, Permission.IMPORT_PARTICIPANTS,
        Permission.EXPORT_PARTICIPANTS, Permission.CHECK_IN, Permission.PRINT_BADGES,
        Permission.PRINT_PUBLISHED}),
    Role.DESK: frozenset({Permission.CHECK_IN, Permission.PRINT_BADGES}),
    Role.PROGRAMME: frozenset({Permission.EDIT_SESSIONS, Permission.PRINT_PUBLISHED}),
    Role.RAPPORTEUR: frozenset({Permission.EDIT_DOCUMENTS, Permission.PRINT_PUBLISHED}),
    Role.READER: frozenset({Permission.PRINT_PUBLISHED}),
}

#: The role a refusal names for each permission: the narrowest one that grants it.
NEEDED_ROLE: dict[Permission, Role] = {
    Permission.EDIT_EVENTS: Role.ADMINISTRATOR,
    Permission.MANAGE_USERS: Role.ADMINISTRATOR,
    Permission.EDIT_PARTICIPANTS: Role.REGISTRAR,
    Permission.IMPORT_PARTICIPANTS: Role.REGISTRAR,
    Permission.EXPORT_PARTICIPANTS: Role.REGISTRAR,
    Permission.CHECK_IN: Role.DESK,
    Permission.PRINT_BADGES: Role.DESK,
    Permission.EDIT_SESSIONS: Role.PROGRAMME,
    Permission.EDIT_DOCUMENTS: Role.RAPPORTEUR,
    Permission.PRINT_PUBLISHED: Role.READER,
}


def permissions_of(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    """What someone holding `roles` may do."""
    found: set[Permission] = set()
    for role in roles:
        found |= ROLE_PERMISSIONS[role]
    return frozenset(found)


def parse_role(text: str) -> Role:
    """A role from what a user typed: its value ("desk") or English label, any case."""
    key = " ".join(text.split()).lower()
    for role in Role:
        if key in (role.value, role.label.lower(), role.group_role):
            return role
    raise ValueError(text)

