"""confdesk's roles as PostgreSQL enforces them: group roles, table privileges, row-level
security, and the login roles of the people.

- Each application role is a NOLOGIN group role (`confdesk_registrar`, …). A person logs in
  as their own LOGIN role and is a member of the groups of the roles they hold.
- The groups' privileges on the tables (`TABLE_GRANTS`) follow `team/roles.py`: everyone
  reads; the registration desk may update only the check-in columns of `participant`; the
  append-only tables (`APPEND_ONLY_TABLES`, the audit trail) take inserts, never updates or
  deletes.
- Row-level security limits writes to the events a person holds a role for: every writable
  table has a policy calling `confdesk_may(event, roles)`, which reads the grants table for
  `current_user`. The policies also keep one server's roles (which PostgreSQL shares among
  all its databases) to the databases where the person was given them.

`setup` applies all that, idempotently, and must run as the tables' owner (`confdesk users
setup`); run it again after an upgrade that adds tables.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from confdesk.team.roles import Role

_DML = ("INSERT", "UPDATE", "DELETE")

#: Tables whose rows are only ever added: the application roles may INSERT and SELECT, never
#: UPDATE or DELETE (the audit trail; another module's table joins by name).
APPEND_ONLY_TABLES: list[str] = ["audit_entries"]

#: The columns the registration desk may change: a check-in and a badge reprint, with the
#: version counter and time stamp every save bumps.
DESK_COLUMNS = ("status", "checked_in_at", "badge_printed_at", "version", "updated_at")

#: What each role may write, table by table (SELECT on every table is everyone's).
TABLE_GRANTS: dict[Role, dict[str, tuple[str, ...]]] = {
    Role.REGISTRAR: {
        "participant": _DML, "organisation": _DML, "participant_category": _DML,
        "participants_list_revision": _DML,
        # A participant's deletion takes along their roles in sessions and leaves the items
        # they recorded without an author (confdesk/consequences.py); undo puts them back.
        "session_role": ("INSERT", "DELETE"), "recommendation": ("UPDATE",),
    },
    Role.DESK: {},  # column privileges, see DESK_COLUMNS
    Role.PROGRAMME: {
        "session": _DML, "session_role": _DML, "room": _DML, "theme": _DML,
        # A session's deletion takes its rapporteur's items and paragraph links; undo
        # puts them back.
        "recommendation": ("INSERT", "DELETE"), "paragraph_session": ("INSERT", "DELETE"),
        # the plenary: speakers' lists, seating plans, interpretation languages
        "floor_list": _DML, "floor_inscription": _DML, "floor_adjustment": _DML,
        "seating_layout": _DML, "seating_place": _DML, "session_languages": _DML,
    },
    Role.RAPPORTEUR: {table: _DML for table in (
        "outcome_document", "outcome_section", "paragraph", "paragraph_comment",
        "recommendation", "outcome_snapshot", "paragraph_session", "paragraph_recommendation",
        "amendment",
    )},
    Role.READER: {},
}

_BY_SESSION = "(SELECT s.event_id FROM session s WHERE s.id = session_id)"
_BY_DOCUMENT = "(SELECT d.event_id FROM outcome_document d WHERE d.id = document_id)"
_BY_SECTION = ("(SELECT d.event_id FROM outcome_section x JOIN outcome_document d "
               "ON d.id = x.document_id WHERE x.id = section_id)")
_BY_PARAGRAPH = ("(SELECT d.event_id FROM paragraph p JOIN outcome_section x "
                 "ON x.id = p.section_id JOIN outcome_document d ON d.id = x.document_id "
                 "WHERE p.id = paragraph_id)")

#: For each table under row-level security, the SQL that gives a row's event (NULL: the row
#: belongs to no event, and a role held for any event of this database will do).
EVENT_OF_ROW: dict[str, str] = {
    "event": "id",
    "participant": "event_id", "participant_category": "event_id",
    "participants_list_revision": "event_id", "session": "event_id", "room": "event_id",
    "theme": "event_id", "outcome_document": "event_id",
    "organisation": "NULL::integer",
    "session_role": _BY_SESSION, "recommendation": _BY_SESSION,
    "paragraph_session": _BY_SESSION,
    "outcome_section": _BY_DOCUMENT, "outcome_snapshot": _BY_DOCUMENT,
    "paragraph": _BY_SECTION,
    "paragraph_comment": _BY_PARAGRAPH, "paragraph_recommendation": _BY_PARAGRAPH,
    "amendment": _BY_DOCUMENT,
    "floor_list": _BY_SESSION, "session_languages": _BY_SESSION,
    "floor_inscription": "(SELECT s.event_id FROM floor_list f JOIN session s "
                         "ON s.id = f.session_id WHERE f.id = list_id)",
    "floor_adjustment": "(SELECT s.event_id FROM floor_list f JOIN session s "
                        "ON s.id = f.session_id WHERE f.id = list_id)",
    "seating_layout": "event_id",
    "seating_place": "(SELECT l.event_id FROM seating_layout l WHERE l.id = layout_id)",
}

#: Whether the current login holds one of `roles` (or administrator) for `event` in this
#: database; event NULL: for any event.
_MAY_FUNCTION = """
CREATE OR REPLACE FUNCTION confdesk_may(event integer, roles text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM team_role_grant g
    WHERE g.person = current_user::text
      AND (g.role = 'administrator' OR g.role = ANY (roles))
      AND (event IS NULL OR g.event_id IS NULL OR g.event_id = event))
$$
"""


def quote_ident(name: str) -> str:
    """`name` as a PostgreSQL identifier, double-quoted."""
    return '"' + name.replace('"', '""') + '"'


def writers_of(table: str) -> list[Role]:
    """The roles that may write to `table` (administrator first)."""
    found = [Role.ADMINISTRATOR]
    found += [role for role, tables in TABLE_GRANTS.items() if table in tables]
    if table == "participant":
        found.append(Role.DESK)
    return found


def tables_present(connection: Connection) -> set[str]:
    return set(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())


def group_roles_exist(connection: Connection) -> bool:
    count = connection.execute(text(
        "SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": [r.group_role for r in Role]}).scalar_one()
    return int(count) == len(Role)


def _create_group_roles(connection: Connection) -> None:
    for role in Role:
        # Two databases set up at once on one server race to create the same roles.
        connection.execute(text(f"""
            DO $$ BEGIN
              CREATE ROLE {quote_ident(role.group_role)} NOLOGIN;
            EXCEPTION WHEN duplicate_object THEN NULL;
            END $$"""))


def _grant_tables(connection: Connection, tables: set[str]) -> None:
    groups = ", ".join(quote_ident(r.group_role) for r in Role)
    connection.execute(text(f"GRANT USAGE ON SCHEMA {quote_ident(_schema(connection))} "
                            f"TO {groups}"))
    for table in sorted(tables):
        name = quote_ident(table)
        connection.execute(text(f"REVOKE ALL ON {name} FROM {groups}"))
        connection.execute(text(f"GRANT SELECT ON {name} TO {groups}"))
        if table in APPEND_ONLY_TABLES:
            connection.execute(text(f"GRANT INSERT ON {name} TO {groups}"))
            continue
        if table == "alembic_version":
            continue
        admin = quote_ident(Role.ADMINISTRATOR.group_role)
        connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {admin}"))
        for role, grants in TABLE_GRANTS.items():
            if table in grants:
                connection.execute(text(
                    f"GRANT {', '.join(grants[table])} ON {name} "
                    f"TO {quote_ident(role.group_role)}"))
    if "participant" in tables:
        columns = ", ".join(DESK_COLUMNS)
        connection.execute(text(f"GRANT UPDATE ({columns}) ON participant "
                                f"TO {quote_ident(Role.DESK.group_role)}"))
    schema = quote_ident(_schema(connection))
    connection.execute(text(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {groups}"))
    # Erasing a person rewrites the audit trail through its one SECURITY DEFINER function
    # (migration 0007); administrators may call it, nobody else.
    if "audit_entries" in tables:
        connection.execute(text(
            "GRANT EXECUTE ON FUNCTION confdesk_audit_pseudonymise(text[], text) "
            f"TO {quote_ident(Role.ADMINISTRATOR.group_role)}"))
    # Tables a later upgrade adds are readable at once; their writers need `setup` again.
    connection.execute(text(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {groups}"))
    connection.execute(text(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES "
        f"TO {groups}"))


def _schema(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_schema()")).scalar_one())


def _row_security(connection: Connection, tables: set[str]) -> None:
    connection.execute(text(_MAY_FUNCTION))
    for table, event in EVENT_OF_ROW.items():
        if table not in tables:
            continue
        name = quote_ident(table)
        roles = "ARRAY[" + ", ".join(f"'{r.value}'" for r in writers_of(table)) + "]"
        check = f"confdesk_may({event}, {roles})"
        connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS confdesk_read ON {name}"))
        connection.execute(text(f"DROP POLICY IF EXISTS confdesk_write ON {name}"))
        connection.execute(text(f"CREATE POLICY confdesk_read ON {name} FOR SELECT USING (true)"))
        connection.execute(text(
            f"CREATE POLICY confdesk_write ON {name} FOR ALL USING ({check}) "
            f"WITH CHECK ({check})"))


def setup(connection: Connection) -> list[str]:
    """Create the group roles, grant the tables and put the policies in place (idempotent);
    returns the tables granted. Needs CREATEROLE and ownership of the tables."""
    _create_group_roles(connection)
    tables = tables_present(connection)
    _grant_tables(connection, tables)
    _row_security(connection, tables)
    return sorted(tables)


# -- people -------------------------------------------------------------------------------
def login_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text(
        "SELECT count(*) FROM pg_roles WHERE rolname = :name"), {"name": name}).scalar_one())


def logins(connection: Connection, names: Iterable[str]) -> set[str]:
    """Those of `names` that are login roles on the server."""
    return set(connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname = ANY(:names)"),
        {"names": list(names)}).scalars())


def create_login(connection: Connection, name: str, password: str | None) -> None:
    """A LOGIN role for `name` (the statement is built and quoted by the server itself)."""
    statement = connection.execute(text(
        "SELECT format('CREATE ROLE %I LOGIN', CAST(:name AS text)) || "
        "coalesce(' PASSWORD ' || quote_literal(CAST(:password AS text)), '')"),
        {"name": name, "password": password}).scalar_one()
    connection.exec_driver_sql(statement)


def set_password(connection: Connection, name: str, password: str) -> None:
    statement = connection.execute(text(
        "SELECT format('ALTER ROLE %I PASSWORD %L', CAST(:name AS text), "
        "CAST(:password AS text))"),
        {"name": name, "password": password}).scalar_one()
    connection.exec_driver_sql(statement)


def memberships(connection: Connection, name: str) -> set[Role]:
    """The confdesk group roles `name` is a member of."""
    found = connection.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name"),
        {"name": name}).scalars()
    by_group = {r.group_role: r for r in Role}
    return {by_group[g] for g in found if g in by_group}


def is_superuser(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text(
        "SELECT rolsuper FROM pg_roles WHERE rolname = :name"), {"name": name}).scalar())


def sync_memberships(connection: Connection, name: str, held: set[Role]) -> None:
    """Make `name` a member of the groups of the roles it holds in this database, and of no
    other confdesk group. An administrator is a member of every group WITH ADMIN OPTION (so
    that they may give these roles to others) and may create login roles."""
    person = quote_ident(name)
    wanted = set(Role) if Role.ADMINISTRATOR in held else set(held)
    current = memberships(connection, name)
    for role in Role:
        group = quote_ident(role.group_role)
        if role in wanted:
            option = " WITH ADMIN OPTION" if Role.ADMINISTRATOR in held else ""
            connection.execute(text(f"GRANT {group} TO {person}{option}"))
        elif role in current:
            connection.execute(text(f"REVOKE {group} FROM {person}"))
    if is_superuser(connection, name):
        return
    was_admin = Role.ADMINISTRATOR in current
    if Role.ADMINISTRATOR in held and not was_admin:
        connection.execute(text(f"ALTER ROLE {person} CREATEROLE"))
    elif was_admin and Role.ADMINISTRATOR not in held:
        connection.execute(text(f"ALTER ROLE {person} NOCREATEROLE"))


def drop_login(connection: Connection, name: str) -> None:
    connection.execute(text(f"DROP ROLE IF EXISTS {quote_ident(name)}"))
