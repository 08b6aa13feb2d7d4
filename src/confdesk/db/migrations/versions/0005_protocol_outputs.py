"""protocol outputs: UN names of States, French event texts, published-list consent and issues

Rewrites the stored names of State organisations to the UN short names of
`resources/reference/un_states.csv` (two rows of one State, e.g. "Bosnia & Herzegovina" and
"Bosnia and Herzegovina", become one: their people move to the first). Adds the event's
French title, venue, city and host and its order of protocol groups, the participant's
"do not publish" consent, and the table of issued lists of participants.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 15:10:00
"""

import csv
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from confdesk.paths import resource

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATE_KINDS = ('state', 'observer_state')


def _un_names() -> dict[str, tuple[str, str]]:
    """UN short names (en, fr) by ISO code, as the data file has them today."""
    with resource('reference', 'un_states.csv').open(encoding='utf-8', newline='') as f:
        return {row['code']: (row['name_en'], row['name_fr']) for row in csv.DictReader(f)}


def _rename_states() -> None:
    bind = op.get_bind()
    org = sa.table('organisation', sa.column('id', sa.Integer), sa.column('kind', sa.String),
                   sa.column('name_en', sa.String), sa.column('name_fr', sa.String),
                   sa.column('country_code', sa.String))
    participant = sa.table('participant', sa.column('organisation_id', sa.Integer))
    names = _un_names()
    rows = bind.execute(
        sa.select(org.c.id, org.c.kind, org.c.country_code)
        .where(org.c.kind.in_(_STATE_KINDS), org.c.country_code.is_not(None))
        .order_by(org.c.id)
    ).all()
    kept: dict[tuple[str, str], int] = {}
    for oid, kind, code in rows:
        if code.upper() not in names:
            continue
        key = (kind, code.upper())
        if key in kept:  # the same State twice under two spellings: one row remains
            bind.execute(participant.update().where(participant.c.organisation_id == oid)
                         .values(organisation_id=kept[key]))
            bind.execute(org.delete().where(org.c.id == oid))
        else:
            kept[key] = oid
    for (_kind, code), oid in kept.items():
        name_en, name_fr = names[code]
        bind.execute(org.update().where(org.c.id == oid)
                     .values(name_en=name_en, name_fr=name_fr, country_code=code))


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_fr', sa.String(length=300), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('venue_fr', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('city_fr', sa.String(length=120), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('host_fr', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('protocol_groups', sa.JSON(), nullable=False,
                                      server_default='[]'))
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('do_not_publish', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_table('participants_list_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('entries', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_participants_list_revision_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants_list_revision')),
    sa.UniqueConstraint('event_id', 'number', name=op.f('uq_participants_list_revision_event_id_number'))
    )
    with op.batch_alter_table('participants_list_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_list_revision_event_id'), ['event_id'], unique=False)
    _rename_states()


def downgrade() -> None:
    # The UN names stay: they are what the older version would show for a new State anyway.
    with op.batch_alter_table('participants_list_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_list_revision_event_id'))
    op.drop_table('participants_list_revision')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_column('do_not_publish')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('protocol_groups')
        batch_op.drop_column('host_fr')
        batch_op.drop_column('city_fr')
        batch_op.drop_column('venue_fr')
        batch_op.drop_column('title_fr')
