"""team roles: who holds which role, for which event

Adds the table of role grants (person, role, event or all events). On PostgreSQL the group
roles, table privileges and row-level security that enforce them are set up by an
administrator with `confdesk users setup` (creating roles needs a privilege that migrations
must not assume); the downgrade removes that setup's policies and function.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'team_role_grant',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person', sa.String(length=63), nullable=False),
        sa.Column('role', sa.Enum('administrator', 'registrar', 'desk', 'programme',
                                  'rapporteur', 'reader', name='role', native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=True),
        sa.Column('granted_by', sa.String(length=63), nullable=False),
        sa.Column('granted_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE',
                                name=op.f('fk_team_role_grant_event_id_event')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_team_role_grant')),
        sa.UniqueConstraint('person', 'role', 'event_id',
                            name=op.f('uq_team_role_grant_person_role_event_id')),
    )
    with op.batch_alter_table('team_role_grant') as batch:
        batch.create_index(batch.f('ix_team_role_grant_person'), ['person'], unique=False)
        batch.create_index(batch.f('ix_team_role_grant_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        # The policies of `confdesk users setup` call this function: CASCADE drops them.
        op.execute('DROP FUNCTION IF EXISTS confdesk_may(integer, text[]) CASCADE')
        tables = bind.execute(sa.text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity"
        )).scalars().all()
        for table in tables:
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    with op.batch_alter_table('team_role_grant') as batch:
        batch.drop_index(batch.f('ix_team_role_grant_event_id'))
        batch.drop_index(batch.f('ix_team_role_grant_person'))
    op.drop_table('team_role_grant')
