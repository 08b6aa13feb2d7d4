"""The protocol rule and the replay of the chair's changes, without a database."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from confdesk.plenary.speakers_models import AdjustmentKind, SpeakerLevel
from confdesk.plenary.speakers_order import Move, Ranked, protocol_order, speaking_order

T0 = datetime(2014, 4, 1, 9, 0)


def test_levels_first_then_inscription_time_then_replies() -> None:
    entries = [Ranked(i, level, T0 + timedelta(minutes=m), reply) for i, level, m, reply in [
        (1, SpeakerLevel.CIVIL_SOCIETY, 0, False),
        (2, SpeakerLevel.MINISTER, 5, False),
        (3, SpeakerLevel.HEAD_OF_STATE, 9, False),
        (4, SpeakerLevel.MINISTER, 1, False),
        (5, SpeakerLevel.HEAD_OF_DELEGATION, 0, True),
        (6, SpeakerLevel.UN_ENTITY, 2, False),
        (7, SpeakerLevel.OBSERVER_STATE, 3, False),
    ]]
    for seed in range(5):
        random.Random(seed).shuffle(entries)
        assert protocol_order(entries) == [3, 4, 2, 7, 6, 1, 5]


def test_swap_and_move_replayed_over_a_new_inscription() -> None:
    entries = [Ranked(i, SpeakerLevel.MINISTER, T0 + timedelta(minutes=i)) for i in (1, 2, 3)]
    moves = [Move(AdjustmentKind.SWAP, 1, 3), Move(AdjustmentKind.MOVE, 2, None)]
    assert speaking_order(entries, moves) == [3, 1, 2]
    entries.append(Ranked(4, SpeakerLevel.HEAD_OF_STATE, T0 + timedelta(minutes=9)))
    assert speaking_order(entries, moves) == [4, 3, 1, 2]
    assert speaking_order(entries, moves, withdrawn=[3]) == [4, 1, 2]


def test_moves_naming_a_deleted_inscription_are_skipped() -> None:
    entries = [Ranked(i, SpeakerLevel.MINISTER, T0 + timedelta(minutes=i)) for i in (1, 2)]
    moves = [Move(AdjustmentKind.SWAP, 1, 9), Move(AdjustmentKind.MOVE, 8, 1),
             Move(AdjustmentKind.MOVE, 2, 1)]
    assert speaking_order(entries, moves) == [2, 1]
