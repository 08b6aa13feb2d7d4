"""outcome documents: a document symbol ("A/CONF.250/L.2") printed in the page header

Existing documents get none (an empty symbol): their exports print as before.

Revision ID: 0008a
Revises: 0006
Create Date: 2026-12-03 17:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008a'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outcome_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('symbol', sa.String(length=100), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('outcome_document', schema=None) as batch_op:
        batch_op.drop_column('symbol')
