"""speakers' lists of plenary sessions: inscriptions and the chair's moves, swaps, withdrawals

Revision ID: 0009
Revises: 0008a
Create Date: 2026-12-03 17:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'floor_list',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('state_minutes', sa.Integer(), nullable=False),
        sa.Column('observer_minutes', sa.Integer(), nullable=False),
        sa.Column('reply_minutes', sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(['session_id'], ['session.id'],
                                name=op.f('fk_floor_list_session_id_session'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_floor_list')),
        sa.UniqueConstraint('session_id', name=op.f('uq_floor_list_session_id')),
    )
    op.create_table(
        'floor_inscription',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('list_id', sa.Integer(), nullable=False),
        sa.Column('delegation', sa.String(length=300), nullable=False),
        sa.Column('organisation_id', sa.Integer(), nullable=True),
        sa.Column('speaker', sa.String(length=300), nullable=False),
        sa.Column('participant_id', sa.Integer(), nullable=True),
        sa.Column('level', sa.Enum('head_of_state', 'vice_president', 'minister',
                                   'vice_minister', 'head_of_delegation', 'observer_state',
                                   'intergovernmental', 'un_entity', 'civil_society',
                                   name='speakerlevel', native_enum=False,
                                   create_constraint=False, length=32), nullable=False),
        sa.Column('reply', sa.Boolean(), nullable=False),
        sa.Column('inscribed_at', sa.DateTime(), nullable=False),
        sa.Column('status', sa.Enum('to_speak', 'spoke', 'absent', 'deferred', 'withdrawn',
                                    name='speakerstatus', native_enum=False,
                                    create_constraint=False, length=32), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=True),
        sa.Column('ended_at', sa.DateTime(), nullable=True),
        sa.Column('note_id', sa.Integer(), nullable=True),
        sa.Column('remarks', sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(['list_id'], ['floor_list.id'],
                                name=op.f('fk_floor_inscription_list_id_floor_list'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['note_id'], ['recommendation.id'],
                                name=op.f('fk_floor_inscription_note_id_recommendation'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'],
                                name=op.f('fk_floor_inscription_organisation_id_organisation'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['participant_id'], ['participant.id'],
                                name=op.f('fk_floor_inscription_participant_id_participant'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_floor_inscription')),
    )
    with op.batch_alter_table('floor_inscription', schema=None) as batch_op:
        for column in ('list_id', 'note_id', 'organisation_id', 'participant_id'):
            batch_op.create_index(batch_op.f(f'ix_floor_inscription_{column}'), [column],
                                  unique=False)
    op.create_table(
        'floor_adjustment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('list_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('move', 'swap', 'withdraw', name='adjustmentkind',
                                  native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column('inscription_id', sa.Integer(), nullable=False),
        sa.Column('other_id', sa.Integer(), nullable=True),
        sa.Column('made_at', sa.DateTime(), nullable=False),
        sa.Column('made_by', sa.String(length=200), nullable=False),
        sa.Column('discarded', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['inscription_id'], ['floor_inscription.id'],
                                name=op.f('fk_floor_adjustment_inscription_id_floor_inscription'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['list_id'], ['floor_list.id'],
                                name=op.f('fk_floor_adjustment_list_id_floor_list'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['other_id'], ['floor_inscription.id'],
                                name=op.f('fk_floor_adjustment_other_id_floor_inscription'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_floor_adjustment')),
    )
    with op.batch_alter_table('floor_adjustment', schema=None) as batch_op:
        for column in ('inscription_id', 'list_id', 'other_id'):
            batch_op.create_index(batch_op.f(f'ix_floor_adjustment_{column}'), [column],
                                  unique=False)


def downgrade() -> None:
    op.drop_table('floor_adjustment')
    op.drop_table('floor_inscription')
    op.drop_table('floor_list')
