"""Give an imported draft the identities of the paragraphs it continues.

An imported text has fresh uids. Before it becomes the working text of an existing document,
each of its paragraphs takes the uid of the old paragraph it most resembles: first exact text
matches (after folding spaces and case), then, greedily by decreasing similarity, pairs whose
word-level similarity ratio is at least `THRESHOLD`. Sections take the uid of the old section of
the same kind whose lead-in is most alike (free-text parts by order). Unmatched paragraphs keep
their fresh uid (they will show as added).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from confdesk.conclusions.tree import DocumentText, ParagraphText

THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def similarity(a: str, b: str) -> float:
    """Word-level likeness of two texts, from 0 to 1.

    The larger of difflib's ratio and, scaled by 0.6, the share of the shorter text found in
    the longer one: a paragraph that grew from 20 to 90 words still matches its first version.
    """
    wa, wb = _words(a), _words(b)
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    shorter = min(len(wa), len(wb))
    matched = sum(block.size for block in matcher.get_matching_blocks())
    contained = 0.6 * matched / shorter if shorter >= 5 else 0.0
    return max(matcher.ratio(), contained)


def _all(doc: DocumentText) -> list[ParagraphText]:
    result = []
    for section in doc.sections:
        for para in section.paragraphs:
            result.append(para)
            result += list(para.children)
    return result


def _pair(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> dict[str, str]:
    """new uid → old uid for texts that match."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    folded: dict[str, list[str]] = {}
    for uid, text in old:
        folded.setdefault(" ".join(_words(text)), []).append(uid)
    for uid, text in new:
        candidates = [u for u in folded.get(" ".join(_words(text)), []) if u not in used]
        if candidates:
            mapping[uid] = candidates[0]
            used.add(candidates[0])
    scored = []
    for nuid, ntext in new:
        if nuid in mapping:
            continue
        for ouid, otext in old:
            if ouid not in used:
                ratio = similarity(otext, ntext)
                if ratio >= THRESHOLD:
                    scored.append((ratio, nuid, ouid))
    for _ratio, nuid, ouid in sorted(scored, key=lambda s: -s[0]):
        if nuid not in mapping and ouid not in used:
            mapping[nuid] = ouid
            used.add(ouid)
    return mapping


def adopt_identities(old: DocumentText, new: DocumentText) -> DocumentText:
    """`new` with the uids of the `old` paragraphs and sections it matches."""
    paras = _pair([(p.uid, p.text) for p in _all(old)], [(p.uid, p.text) for p in _all(new)])
    numbered_old = [(s.uid, s.lead_in) for s in old.sections if s.numbered]
    numbered_new = [(s.uid, s.lead_in) for s in new.sections if s.numbered]
    sections = _pair(numbered_old, numbered_new)
    used = set(sections.values())
    for uid, _ in numbered_new:  # lists whose lead-in was rewritten: pair the rest by order
        if uid not in sections:
            spare = next((o for o, _ in numbered_old if o not in used), None)
            if spare:
                sections[uid] = spare
                used.add(spare)
    free_old = [s.uid for s in old.sections if not s.numbered]
    free_new = [s.uid for s in new.sections if not s.numbered]
    sections.update(zip(free_new, free_old, strict=False))

    def renamed(para: ParagraphText) -> ParagraphText:
        return replace(para, uid=paras.get(para.uid, para.uid),
                       children=tuple(renamed(c) for c in para.children))

    return replace(new, sections=tuple(
        replace(s, uid=sections.get(s.uid, s.uid),
                paragraphs=tuple(renamed(p) for p in s.paragraphs))
        for s in new.sections
    ))
