"""Derived numbering: restarts per list, skips deleted paragraphs, letters sub-paragraphs."""

from __future__ import annotations

from confdesk.conclusions.tree import content_of, letter, tree_from_content


def _content() -> dict:
    def para(uid: str, status: str = "agreed", children: list | None = None) -> dict:
        return {"uid": uid, "text": f"text {uid}", "status": status, "children": children or []}

    return {"title": "T", "sections": [
        {"uid": "s0", "kind": "free_text", "lead_in": "", "paragraphs": [para("o1"), para("o2")]},
        {"uid": "s1", "kind": "numbered_list", "lead_in": "note that:",
         "paragraphs": [para("a"), para("b", "deleted"), para("c", children=[
             para("c1"), para("c2", "deleted"), para("c3")])]},
        {"uid": "s2", "kind": "numbered_list", "lead_in": "resolve to:",
         "paragraphs": [para("d"), para("e", "bracketed")]},
    ]}


def test_numbers_restart_per_list_and_skip_deleted() -> None:
    doc = tree_from_content(_content())
    labels = [(p.uid, p.label) for _, p, _ in doc.paragraphs(include_deleted=True)]
    assert labels == [("o1", ""), ("o2", ""), ("a", "1."), ("b", ""), ("c", "2."),
                      ("c1", "(a)"), ("c2", ""), ("c3", "(b)"), ("d", "1."), ("e", "2.")]
    printed = [p.uid for _, p, _ in doc.paragraphs()]
    assert "b" not in printed and "c2" not in printed


def test_content_round_trip_keeps_uids_and_statuses() -> None:
    content = _content()
    again = content_of(tree_from_content(content))
    assert again["sections"] == content["sections"]


def test_letters_go_past_z() -> None:
    assert [letter(i) for i in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]
