"""seating plans per room and each session's floor and interpretation languages

Adds a room's seating layout (rows of delegation places, chairs at the table and behind,
accessible places, the State the order starts from), the delegations seated at its places,
and a session's floor language and interpretation languages where they differ from the
event's. Existing data is untouched: sessions without a row keep the event's languages.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 17:40:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column[Any]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table('seating_layout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('row_sizes', sa.JSON(), nullable=False),
    sa.Column('seats_at_table', sa.Integer(), nullable=False),
    sa.Column('seats_behind', sa.Integer(), nullable=False),
    sa.Column('accessible_places', sa.JSON(), nullable=False),
    sa.Column('first_state', sa.String(length=2), nullable=False),
    sa.Column('drawn', sa.Boolean(), nullable=False),
    *_stamps(),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_seating_layout_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_seating_layout_room_id_room'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_layout')),
    sa.UniqueConstraint('room_id', name=op.f('uq_seating_layout_room_id'))
    )
    with op.batch_alter_table('seating_layout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_layout_event_id'), ['event_id'], unique=False)
    op.create_table('seating_place',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layout_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('moved', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['layout_id'], ['seating_layout.id'], name=op.f('fk_seating_place_layout_id_seating_layout'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_seating_place_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_place')),
    sa.UniqueConstraint('layout_id', 'number', name=op.f('uq_seating_place_layout_id_number'))
    )
    with op.batch_alter_table('seating_place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seating_place_layout_id'), ['layout_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seating_place_organisation_id'), ['organisation_id'], unique=False)
    op.create_table('session_languages',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('floor_language', sa.String(length=8), nullable=False),
    sa.Column('interpretation', sa.JSON(), nullable=False),
    *_stamps(),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_session_languages_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_session_languages'))
    )


def downgrade() -> None:
    op.drop_table('session_languages')
    with op.batch_alter_table('seating_place', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_place_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_seating_place_layout_id'))
    op.drop_table('seating_place')
    with op.batch_alter_table('seating_layout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seating_layout_event_id'))
    op.drop_table('seating_layout')
