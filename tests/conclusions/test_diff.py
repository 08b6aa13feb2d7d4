"""Comparing drafts: matched by uid, moves by LCS, renumbering, word-level segments."""

from __future__ import annotations

from confdesk.conclusions.diff import DELETE, EQUAL, INSERT, Segment, compare, lcs, word_diff
from confdesk.conclusions.tree import tree_from_content


def _doc(lists: list[list[tuple[str, str]]], name: str) -> object:
    return tree_from_content({"title": "T", "sections": [
        {"uid": f"s{i}", "kind": "numbered_list", "lead_in": f"List {i}:",
         "paragraphs": [{"uid": uid, "text": text, "status": "agreed", "children": []}
                        for uid, text in items]}
        for i, items in enumerate(lists)
    ]}, draft_name=name)


def test_word_diff_keeps_spacing_and_punctuation() -> None:
    segments = word_diff("play an important role in preventing atrocities:",
                         "play a vital role in preventing mass atrocities;")
    assert "".join(s.text for s in segments if s.op != DELETE) == (
        "play a vital role in preventing mass atrocities;")
    assert "".join(s.text for s in segments if s.op != INSERT) == (
        "play an important role in preventing atrocities:")
    assert Segment(INSERT, "mass ") in segments
    assert Segment(DELETE, ":") in segments and Segment(INSERT, ";") in segments
    assert segments[0] == Segment(EQUAL, "play ")


def test_lcs_of_uid_sequences() -> None:
    assert lcs(list("abcde"), list("acdbe")) == {"a", "c", "d", "e"}


def test_added_moved_renumbered_changed() -> None:
    old = _doc([[("a", "Alpha;"), ("b", "Beta;"), ("c", "Gamma;"), ("d", "Delta.")],
                [("e", "Epsilon.")]], "Draft 1")
    new = _doc([[("a", "Alpha, amended;"), ("c", "Gamma;"), ("d", "Delta.")],
                [("e", "Epsilon."), ("b", "Beta;"), ("f", "Zeta.")]], "Draft 2")
    result = compare(old, new)
    assert (result.old_name, result.new_name) == ("Draft 1", "Draft 2")
    assert result.uids("added") == {"f"}
    assert result.uids("deleted") == set()
    assert result.uids("moved") == {"b"}
    assert result.uids("changed") == {"a"}
    assert result.uids("renumbered") == {"c", "d"}  # b keeps "2.", in another list
    first, second = result.sections
    assert [(p.uid, p.old_label, p.new_label) for p in first.paragraphs] == [
        ("a", "1.", "1."), ("c", "3.", "2."), ("d", "4.", "3.")]
    assert [(p.uid, p.kind) for p in second.paragraphs] == [
        ("e", "kept"), ("b", "kept"), ("f", "added")]
    alpha = first.paragraphs[0]
    assert [s for s in alpha.segments if s.op == INSERT] == [Segment(INSERT, ", amended")]


def test_a_paragraph_moved_up_is_the_one_off_the_common_order() -> None:
    old = _doc([[("a", "Alpha;"), ("b", "Beta;"), ("c", "Gamma;"), ("d", "Delta.")]], "1")
    new = _doc([[("d", "Delta."), ("a", "Alpha;"), ("b", "Beta;"), ("c", "Gamma;")]], "2")
    result = compare(old, new)
    assert result.uids("moved") == {"d"}
    assert result.uids("changed") == set()


def test_deleted_paragraphs_show_at_their_old_place() -> None:
    old = _doc([[("a", "Alpha;"), ("b", "Beta;"), ("c", "Gamma.")]], "1")
    new = _doc([[("a", "Alpha;"), ("c", "Gamma.")]], "2")
    result = compare(old, new)
    entries = result.sections[0].paragraphs
    assert [(p.uid, p.kind, p.label) for p in entries] == [
        ("a", "kept", "1."), ("b", "deleted", "2."), ("c", "kept", "2.")]
    assert entries[1].segments == (Segment(DELETE, "Beta;"),)
    assert result.uids("moved") == set()


def test_a_deleted_status_counts_as_deleted_and_lead_ins_are_compared() -> None:
    old = _doc([[("a", "Alpha;"), ("b", "Beta.")]], "1")
    content = {"title": "T", "sections": [
        {"uid": "s0", "kind": "numbered_list", "lead_in": "List 0, amended:",
         "paragraphs": [{"uid": "a", "text": "Alpha;", "status": "agreed", "children": []},
                        {"uid": "b", "text": "Beta.", "status": "deleted", "children": []}]}]}
    result = compare(old, tree_from_content(content))
    assert result.uids("deleted") == {"b"}
    assert Segment(INSERT, ", amended") in result.sections[0].lead_in
