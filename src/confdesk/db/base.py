"""The declarative base every model derives from, and the columns they share."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from confdesk.db.cleaning import clean_mapped_strings

#: Stable constraint names, so that migrations can name what they alter on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Text set on any model is cleaned of what files and databases cannot hold (confdesk.text).
event.listen(Base, "mapper_configured", clean_mapped_strings, propagate=True)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[enum.Enum], **kwargs: Any) -> Any:
    """A portable enum column: stored as its string value, checked by no engine-specific type."""
    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        **kwargs,
    )


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps `version`.

    A save over a row that another user changed since it was read raises
    `sqlalchemy.orm.exc.StaleDataError`, which the services turn into `ConcurrentEditError`.
    """

    #: Incremented on every update; compared on every update.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    #: When the row was created (UTC).
    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, server_default=func.current_timestamp()
    )
    #: When the row was last changed (UTC).
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow,
        server_default=func.current_timestamp(),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
