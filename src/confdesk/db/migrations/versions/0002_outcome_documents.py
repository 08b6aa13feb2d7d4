"""outcome documents: sections, paragraphs, comments, recommendations, snapshots

Tables of confdesk.conclusions.models; the downgrade drops them in dependency order.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:40:41.214718
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('outcome_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('chairs_conclusions', 'chairs_summary', 'declaration', 'report', name='documentkind', native_enum=False, length=32), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=400), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_outcome_document_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome_document'))
    )
    with op.batch_alter_table('outcome_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_document_event_id'), ['event_id'], unique=False)

    op.create_table('outcome_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('free_text', 'numbered_list', name='sectionkind', native_enum=False, length=32), nullable=False),
    sa.Column('lead_in', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['outcome_document.id'], name=op.f('fk_outcome_section_document_id_outcome_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome_section'))
    )
    with op.batch_alter_table('outcome_section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_section_document_id'), ['document_id'], unique=False)

    op.create_table('outcome_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('final', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['outcome_document.id'], name=op.f('fk_outcome_snapshot_document_id_outcome_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome_snapshot')),
    sa.UniqueConstraint('document_id', 'name', name=op.f('uq_outcome_snapshot_document_id_name'))
    )
    with op.batch_alter_table('outcome_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_snapshot_document_id'), ['document_id'], unique=False)

    op.create_table('paragraph',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'agreed', 'bracketed', 'deleted', name='paragraphstatus', native_enum=False, length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['paragraph.id'], name=op.f('fk_paragraph_parent_id_paragraph'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['outcome_section.id'], name=op.f('fk_paragraph_section_id_outcome_section'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph')),
    sa.UniqueConstraint('uid', name=op.f('uq_paragraph_uid'))
    )
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraph_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_paragraph_section_id'), ['section_id'], unique=False)

    op.create_table('recommendation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['participant.id'], name=op.f('fk_recommendation_author_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_recommendation_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation'))
    )
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_session_id'), ['session_id'], unique=False)

    op.create_table('paragraph_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_paragraph_comment_paragraph_id_paragraph'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paragraph_comment'))
    )
    with op.batch_alter_table('paragraph_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paragraph_comment_paragraph_id'), ['paragraph_id'], unique=False)

    op.create_table('paragraph_recommendation',
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_paragraph_recommendation_paragraph_id_paragraph'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_paragraph_recommendation_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('paragraph_id', 'recommendation_id', name=op.f('pk_paragraph_recommendation'))
    )
    op.create_table('paragraph_session',
    sa.Column('paragraph_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['paragraph_id'], ['paragraph.id'], name=op.f('fk_paragraph_session_paragraph_id_paragraph'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_paragraph_session_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('paragraph_id', 'session_id', name=op.f('pk_paragraph_session'))
    )


def downgrade() -> None:
    op.drop_table('paragraph_session')
    op.drop_table('paragraph_recommendation')
    with op.batch_alter_table('paragraph_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraph_comment_paragraph_id'))

    op.drop_table('paragraph_comment')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_session_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_author_id'))

    op.drop_table('recommendation')
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paragraph_section_id'))
        batch_op.drop_index(batch_op.f('ix_paragraph_parent_id'))

    op.drop_table('paragraph')
    with op.batch_alter_table('outcome_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_snapshot_document_id'))

    op.drop_table('outcome_snapshot')
    with op.batch_alter_table('outcome_section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_section_document_id'))

    op.drop_table('outcome_section')
    with op.batch_alter_table('outcome_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_document_event_id'))

    op.drop_table('outcome_document')
