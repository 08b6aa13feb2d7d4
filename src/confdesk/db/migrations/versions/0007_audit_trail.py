"""audit trail: who changed which record, when, from what to what; who noted an item

Also adds `recommendation.recorded_by`: the person who noted a rapporteur's item (empty for
the items of older databases, whose authors were typed).

Adds `audit_entries` (see confdesk.team.audit). On PostgreSQL the table is append-only for
everybody: a trigger refuses UPDATE and DELETE, the owner's too. The one exception is
`confdesk_audit_pseudonymise(needles, pseudonym)`, a SECURITY DEFINER function owned by the
table's owner, which replaces an erased person's name and e-mail by a pseudonym: it sets
the transaction-local setting `confdesk.audit_erase`, and the trigger lets an UPDATE through
only when that setting is on AND the current user is the table's owner (true inside the
function, which runs as its owner; a role that sets the setting itself is not the owner).
EXECUTE on the function is revoked from PUBLIC: grant it to the administrators' role.
Application roles get INSERT and SELECT on the table only (team mode's grants).

Revision ID: 0007
Revises: 0010
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_GUARD = """
CREATE OR REPLACE FUNCTION confdesk_audit_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND coalesce(current_setting('confdesk.audit_erase', true), '') = 'on'
       AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c
                           WHERE c.oid = TG_RELID) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % on audit_entries is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""

_PSEUDONYMISE = """
CREATE OR REPLACE FUNCTION confdesk_audit_pseudonymise(needles text[], pseudonym text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    pattern text;
    changed integer := 0;
    n integer;
BEGIN
    PERFORM set_config('confdesk.audit_erase', 'on', true);
    FOREACH pattern IN ARRAY needles LOOP
        CONTINUE WHEN coalesce(pattern, '') = '';
        UPDATE audit_entries SET
            person = regexp_replace(person, pattern, pseudonym, 'gi'),
            entity_label = regexp_replace(entity_label, pattern, pseudonym, 'gi'),
            action = regexp_replace(action, pattern, pseudonym, 'gi'),
            changes = regexp_replace(changes, pattern, pseudonym, 'gi')
        WHERE person ~* pattern OR entity_label ~* pattern OR action ~* pattern
              OR changes ~* pattern;
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
    END LOOP;
    PERFORM set_config('confdesk.audit_erase', 'off', true);
    RETURN changed;
END
$$
"""


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('person', sa.String(length=200), nullable=False),
    sa.Column('desk', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('entity_kind', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('entity_label', sa.String(length=400), nullable=False),
    sa.Column('owner_kind', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('operation', sa.String(length=16), nullable=False),
    sa.Column('action', sa.String(length=400), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_event_id'), ['event_id'],
                              unique=False)
        batch_op.create_index('ix_audit_entries_entity', ['entity_kind', 'entity_id'],
                              unique=False)
        batch_op.create_index('ix_audit_entries_owner', ['owner_kind', 'owner_id'],
                              unique=False)
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=200), nullable=False,
                                      server_default=''))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(_GUARD)
        op.execute('CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE '
                   'ON audit_entries FOR EACH ROW EXECUTE FUNCTION confdesk_audit_guard()')
        op.execute(_PSEUDONYMISE)
        op.execute('REVOKE ALL ON FUNCTION confdesk_audit_pseudonymise(text[], text) '
                   'FROM PUBLIC')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries')
        op.execute('DROP FUNCTION IF EXISTS confdesk_audit_guard()')
        op.execute('DROP FUNCTION IF EXISTS confdesk_audit_pseudonymise(text[], text)')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_owner')
        batch_op.drop_index('ix_audit_entries_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entries_event_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_person'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))
    op.drop_table('audit_entries')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_column('recorded_by')
