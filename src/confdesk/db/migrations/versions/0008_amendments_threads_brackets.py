"""amendments, comment threads and bracket spans

Delegations' amendments get a table of their own (a proposal against a paragraph, with its
proposer and decision). Comments become threads: a reply names the comment it answers, and
a thread's first comment records when and by whom it was resolved; existing comments are
open threads of one comment. A paragraph keeps the character spans that stand between
square brackets; existing paragraphs have none (a paragraph bracketed as a whole keeps its
status).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 17:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'amendment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('paragraph_uid', sa.String(length=36), nullable=False),
        sa.Column('paragraph_number', sa.String(length=32), nullable=False),
        sa.Column('original_text', sa.Text(), nullable=False),
        sa.Column('kind', sa.Enum('replace', 'insert_after', 'delete', 'move',
                                  name='amendmentkind', native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('target_uid', sa.String(length=36), server_default='', nullable=False),
        sa.Column('proposer', sa.String(length=200), nullable=False),
        sa.Column('proposer_kind', sa.Enum('delegation', 'person', name='proposerkind',
                                           native_enum=False, create_constraint=False,
                                           length=32), nullable=False),
        sa.Column('proposed_on', sa.Date(), nullable=False),
        sa.Column('rationale', sa.Text(), nullable=False),
        sa.Column('status', sa.Enum('submitted', 'accepted', 'accepted_modified', 'rejected',
                                    'withdrawn', 'merged', name='amendmentstatus',
                                    native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column('recorded_by', sa.String(length=200), nullable=False),
        sa.Column('decided_by', sa.String(length=200), server_default='', nullable=False),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decision_note', sa.Text(), server_default='', nullable=False),
        sa.Column('applied_text', sa.Text(), server_default='', nullable=False),
        sa.Column('result_uid', sa.String(length=36), server_default='', nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['outcome_document.id'],
                                name=op.f('fk_amendment_document_id_outcome_document'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment')),
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_document_id'), ['document_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_amendment_paragraph_uid'), ['paragraph_uid'],
                              unique=False)

    with op.batch_alter_table('paragraph_comment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reply_to_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('resolved_by', sa.String(length=200), server_default='',
                                      nullable=False))
        batch_op.create_index(batch_op.f('ix_paragraph_comment_reply_to_id'), ['reply_to_id'],
                              unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_paragraph_comment_reply_to_id_paragraph_comment'),
            'paragraph_comment', ['reply_to_id'], ['id'], ondelete='CASCADE')

    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.add_column(sa.Column('brackets', sa.JSON(), nullable=True))
    paragraph = sa.table('paragraph', sa.column('brackets', sa.JSON()))
    op.get_bind().execute(paragraph.update().values(brackets=[]))
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.alter_column('brackets', existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('paragraph', schema=None) as batch_op:
        batch_op.drop_column('brackets')
    with op.batch_alter_table('paragraph_comment', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('fk_paragraph_comment_reply_to_id_paragraph_comment'),
            type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_paragraph_comment_reply_to_id'))
        batch_op.drop_column('resolved_by')
        batch_op.drop_column('resolved_at')
        batch_op.drop_column('reply_to_id')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_amendment_paragraph_uid'))
        batch_op.drop_index(batch_op.f('ix_amendment_document_id'))
    op.drop_table('amendment')
