"""participant categories per event: code, names EN/FR, badge colour, published-list flag

Replaces the fixed six categories by a table per event. Every existing event receives the
default set, which includes the six codes participants already carry (delegate, observer,
speaker, press, staff, guest), so no participant changes. The downgrade maps categories the
old schema did not know onto the nearest of its six before dropping the table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The default set as it stood when this revision was written (a migration keeps its data).
_DEFAULTS = (
    ("delegate", "Delegate", "Délégué(e)", "#1F4E79", True),
    ("observer", "Observer", "Observateur(trice)", "#2E7D32", True),
    ("speaker", "Speaker", "Intervenant(e)", "#B22222", True),
    ("international_organisation", "International organisation",
     "Organisation internationale", "#00838F", True),
    ("civil_society", "Civil society / NGO", "Société civile / ONG", "#9E7C0C", True),
    ("academia", "Academia", "Milieu universitaire", "#3949AB", True),
    ("press", "Media", "Médias", "#E07000", False),
    ("interpreter", "Interpreter", "Interprète", "#6D4C41", False),
    ("staff", "Staff / secretariat", "Secrétariat", "#505050", False),
    ("guest", "Guest", "Invité(e)", "#6A1B9A", True),
)
_DOWN = {"international_organisation": "observer", "civil_society": "observer",
         "academia": "observer", "interpreter": "staff"}


def upgrade() -> None:
    table = op.create_table('participant_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('name_fr', sa.String(length=100), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('in_published_list', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_participant_category_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_category')),
    sa.UniqueConstraint('event_id', 'code', name=op.f('uq_participant_category_event_id_code'))
    )
    with op.batch_alter_table('participant_category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_category_event_id'), ['event_id'], unique=False)

    conn = op.get_bind()
    event_ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM event ORDER BY id"))]
    rows = [
        {"event_id": eid, "code": code, "name_en": en, "name_fr": fr, "colour": colour,
         "in_published_list": published, "position": i, "version": 1}
        for eid in event_ids
        for i, (code, en, fr, colour, published) in enumerate(_DEFAULTS)
    ]
    if rows:
        op.bulk_insert(table, rows)
    # A category code no default carries (impossible through the old schema, but a hand-edited
    # database may hold one) gets a row of its own rather than an orphan code.
    known = {code for code, *_ in _DEFAULTS}
    strays = conn.execute(sa.text(
        "SELECT DISTINCT event_id, category FROM participant")).all()
    extra = [{"event_id": eid, "code": code, "name_en": code.replace("_", " ").capitalize(),
              "name_fr": "", "colour": "#1F4E79", "in_published_list": True,
              "position": len(_DEFAULTS), "version": 1}
             for eid, code in strays if code not in known]
    if extra:
        op.bulk_insert(table, extra)


def downgrade() -> None:
    conn = op.get_bind()
    for new, old in _DOWN.items():
        conn.execute(sa.text("UPDATE participant SET category = :old WHERE category = :new"),
                     {"old": old, "new": new})
    conn.execute(sa.text(
        "UPDATE participant SET category = 'guest' WHERE category NOT IN "
        "('delegate', 'speaker', 'observer', 'press', 'staff', 'guest')"))
    with op.batch_alter_table('participant_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_category_event_id'))

    op.drop_table('participant_category')
