"""Pure rules the programme's service applies to undo and redo (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.programme.operations import RoleState, SessionState


@dataclass(frozen=True, slots=True)
class ThemeValues:
    """A theme's name and colour, before or after a change."""

    name: str
    colour: str

    def as_stored(self) -> ThemeValues:
        """The values as `operations.update_theme` stores them (spaces folded, colour in
        lower case), so that values typed and values read back compare equal."""
        return ThemeValues(" ".join(self.name.split()), self.colour.lower())


def same_state(a: SessionState | None, b: SessionState | None) -> bool:
    """Whether two states describe the same session content (id and deletion mark aside;
    the order of role rows does not matter, their positions do). None: absent."""
    if a is None or b is None:
        return a is b

    def key(r: RoleState) -> tuple[str, int, int]:
        return r.role.value, r.position, r.participant_id

    return a.data == b.data and sorted(a.roles, key=key) == sorted(b.roles, key=key)
