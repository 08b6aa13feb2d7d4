"""outcome sections: a title (heading), a list style and a first number

Imported Word drafts carry headings and lists that count in letters, roman numerals or
bullets, or start at another number than 1. Existing sections get no title, decimal numbering
from 1: exactly what they showed before.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outcome_section', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title', sa.String(length=400), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('numbering', sa.String(length=16),
                                      server_default='decimal', nullable=False))
        batch_op.add_column(sa.Column('first_number', sa.Integer(), server_default='1',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('outcome_section', schema=None) as batch_op:
        batch_op.drop_column('first_number')
        batch_op.drop_column('numbering')
        batch_op.drop_column('title')
