"""The compilation of amendments and the comments report, as PDF and Word.

The compilation is the table negotiators work from: one row per amendment, grouped by the
paragraph it concerns (its number and wording when proposed), the proposal (what kind, the
words proposed, the rationale), the proposer and date, and the decision (status, by whom,
when, the wording applied when accepted as modified). The comments report lists each
paragraph's threads with authors, times and whether they are resolved. Headings are printed
in the document's language (English or French). Each writer takes plain values
(`conclusions.views.AmendmentCompilation`, `CommentsReport`) and returns bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from io import BytesIO
from typing import Any

from confdesk.conclusions.views import AmendmentCompilation, CommentsReport
from confdesk.editions import long_date
from confdesk.text import clean_data

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "compilation": "Compilation of amendments", "comments": "Comments",
        "paragraph": "Paragraph", "proposal": "Proposal", "proposer": "Proposed by",
        "decision": "Decision", "none": "No amendments have been proposed.",
        "no_comments": "There are no comments.", "unnumbered": "Unnumbered paragraph",
        "replace": "Replace with:", "insert_after": "Insert after it:", "delete": "Delete",
        "move": "Move after paragraph {target}", "rationale": "Rationale:",
        "submitted": "Pending", "accepted": "Accepted", "accepted_modified":
        "Accepted as modified", "rejected": "Rejected", "withdrawn": "Withdrawn",
        "merged": "Merged", "applied": "Text applied:", "by": "{who}, {when}",
        "delegation": "", "person": "", "resolved": "Resolved by {who}, {when}",
        "open": "Open", "para": "Paragraph {number}", "was": "{heading} (was {then})",
        "count": "{n} amendments",
        "count_one": "1 amendment", "page": "Page {n}",
    },
    "fr": {
        "compilation": "Compilation des amendements", "comments": "Commentaires",
        "paragraph": "Paragraphe", "proposal": "Proposition", "proposer": "Proposé par",
        "decision": "Décision", "none": "Aucun amendement n’a été proposé.",
        "no_comments": "Il n’y a pas de commentaires.", "unnumbered": "Paragraphe non numéroté",
        "replace": "Remplacer par :", "insert_after": "Insérer après :", "delete": "Supprimer",
        "move": "Placer après le paragraphe {target}", "rationale": "Justification :",
        "submitted": "En attente", "accepted": "Accepté", "accepted_modified":
        "Accepté tel que modifié", "rejected": "Rejeté", "withdrawn": "Retiré",
        "merged": "Fusionné", "applied": "Texte retenu :", "by": "{who}, {when}",
        "delegation": "", "person": "", "resolved": "Résolu par {who}, {when}",
        "open": "Ouvert", "para": "Paragraphe {number}", "was": "{heading} (ancien {then})",
        "count": "{n} amendements",
        "count_one": "1 amendement", "page": "Page {n}",
    },
}


def labels(language: str) -> dict[str, str]:
    return _LABELS.get(language, _LABELS["en"])


def _when(moment: datetime | date | None, language: str) -> str:
    if moment is None:
        return ""
    day = moment.date() if isinstance(moment, datetime) else moment
    return long_date(day, language)


def _paragraph_heading(number: str, lab: dict[str, str], then: str = "",
                       list_name: str = "") -> str:
    heading = lab["para"].format(number=number) if number else lab["unnumbered"]
    if list_name and number:
        heading = f"{heading} — {list_name}"
    return lab["was"].format(heading=heading, then=then) if then and then != number else heading


def proposal_lines(row: Any, lab: dict[str, str]) -> list[tuple[str, str]]:
    """(style, text) lines of a row's proposal: "label", "text" or "note"."""
    lines: list[tuple[str, str]] = []
    if row.kind == "move":
        lines.append(("label", lab["move"].format(target=row.target_number or "?")))
    elif row.kind == "delete":
        lines.append(("label", lab["delete"]))
    else:
        lines += [("label", lab[row.kind]), ("text", row.text)]
    if row.rationale:
        lines.append(("note", f"{lab['rationale']} {row.rationale}"))
    return lines


def decision_lines(row: Any, lab: dict[str, str], language: str) -> list[tuple[str, str]]:
    lines = [("label", lab.get(row.status, row.status))]
    if row.decided_by or row.decided_at:
        lines.append(("note", lab["by"].format(who=row.decided_by or "—",
                                               when=_when(row.decided_at, language))))
    if row.status == "accepted_modified" and row.applied_text:
        lines += [("note", lab["applied"]), ("text", row.applied_text)]
    if row.decision_note:
        lines.append(("note", row.decision_note))
    return lines


def proposer_lines(row: Any, language: str) -> list[tuple[str, str]]:
    return [("label", row.proposer), ("note", _when(row.proposed_on, language))]


def grouped(rows: Iterable[Any], lab: dict[str, str]) -> list[tuple[str, str, list[Any]]]:
    """Rows by paragraph: (heading, original text, rows), in the compilation's order."""
    groups: list[tuple[str, str, list[Any]]] = []
    last = None
    for row in rows:
        if row.paragraph_uid != last:
            groups.append((_paragraph_heading(row.number, lab, row.number_then, row.list_name),
                           row.original_text, []))
            last = row.paragraph_uid
        groups[-1][2].append(row)
    return groups


# -- PDF -----------------------------------------------------------------------------------------


def _pdf_styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from confdesk.exports.pdf import fonts

    fonts.register_fonts()
    base = ParagraphStyle("cell", fontName=fonts.SANS, fontSize=9, leading=11.5)
    return {
        "title": ParagraphStyle("t", parent=base, fontName=fonts.SANS_BOLD, fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("s", parent=base, fontSize=10.5, leading=14,
                              alignment=TA_CENTER, spaceAfter=12),
        "head": ParagraphStyle("h", parent=base, fontName=fonts.SANS_BOLD),
        "label": ParagraphStyle("l", parent=base, fontName=fonts.SANS_BOLD),
        "text": ParagraphStyle("x", parent=base),
        "note": ParagraphStyle("n", parent=base, fontName=fonts.SANS_ITALIC,
                               textColor="#444444"),
        "body": ParagraphStyle("b", parent=base, fontSize=10, leading=13, spaceAfter=6),
        "para": ParagraphStyle("p", parent=base, fontName=fonts.SANS_BOLD, fontSize=10.5,
                               leading=14, spaceBefore=10, spaceAfter=4, keepWithNext=1),
    }


def _cell(lines: list[tuple[str, str]], st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    from confdesk.exports.pdf import fonts

    return [Paragraph(fonts.markup(text, bold=style == "label"), st[style])
            for style, text in lines if text]


def _pdf(story_of: Any, title: str, language: str, *, landscape_page: bool) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from confdesk.exports.pdf import fonts

    page = landscape(A4) if landscape_page else A4
    lab = labels(language)
    out = BytesIO()

    def decorate(canvas: Any, template: Any) -> None:
        canvas.saveState()
        fonts.draw_text(canvas, page[0] / 2, 10 * mm, lab["page"].format(n=template.page), 8,
                        align="center")
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=title,
                            initialFontName=fonts.SANS)
    doc.build(story_of(doc.width), onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def compilation_pdf(compilation: AmendmentCompilation) -> bytes:
    """The compilation as an A4 landscape table (headings repeated on every page)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from confdesk.exports.pdf import fonts

    data = clean_data(compilation)
    lang = data.language
    lab = labels(lang)
    st = _pdf_styles()

    def story(width: float) -> list[Any]:
        flow: list[Any] = [
            Paragraph(fonts.markup(lab["compilation"], bold=True), st["title"]),
            Paragraph(fonts.markup(f"{data.title} — {data.event.title}"), st["sub"])]
        if not data.rows:
            return [*flow, Paragraph(fonts.markup(lab["none"]), st["body"])]
        widths = [w * width for w in (0.28, 0.34, 0.14, 0.24)]
        grey = colors.Color(0.6, 0.6, 0.6)
        rows: list[list[Any]] = [[Paragraph(fonts.markup(lab[k], bold=True), st["head"])
                                  for k in ("paragraph", "proposal", "proposer", "decision")]]
        spans: list[tuple[Any, ...]] = []
        for heading, original, members in grouped(data.rows, lab):
            for index, row in enumerate(members):
                rows.append([
                    _cell([("label", heading), ("text", original)],
                          st) if index == 0 else "",
                    _cell(proposal_lines(row, lab), st),
                    _cell(proposer_lines(row, lang), st),
                    _cell(decision_lines(row, lab, lang), st),
                ])
            # No SPAN (a spanned cell cannot break across pages): the paragraph's column
            # draws no line between its amendments instead.
            spans.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, grey))
        table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1)
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.5, grey),
            ("INNERGRID", (1, 0), (-1, -1), 0.5, grey),
            ("LINEAFTER", (0, 0), (0, -1), 0.5, grey),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *spans,
        ]))
        return [*flow, table]

    return _pdf(story, lab["compilation"], lang, landscape_page=True)


def comments_pdf(report: CommentsReport) -> bytes:
    """The comments report: per paragraph, each thread with its replies."""
    from reportlab.platypus import Paragraph

    from confdesk.exports.pdf import fonts

    data = clean_data(report)
    lang = data.language
    lab = labels(lang)
    st = _pdf_styles()

    def story(_width: float) -> list[Any]:
        flow: list[Any] = [
            Paragraph(fonts.markup(lab["comments"], bold=True), st["title"]),
            Paragraph(fonts.markup(f"{data.title} — {data.event.title}"), st["sub"])]
        if not data.threads:
            return [*flow, Paragraph(fonts.markup(lab["no_comments"]), st["body"])]
        for thread in data.threads:
            flow.append(Paragraph(fonts.markup(
                f"{_paragraph_heading(thread.number.rstrip('.'), lab)} — {thread.extract}",
                bold=True), st["para"]))
            for comment in thread.comments:
                flow.append(Paragraph(fonts.markup(
                    f"{comment.author or '—'}, {_when(comment.written_at, lang)}"), st["note"]))
                flow.append(Paragraph(fonts.markup(comment.text), st["body"]))
            flow.append(Paragraph(fonts.markup(
                lab["resolved"].format(who=thread.resolved_by or "—",
                                       when=_when(thread.resolved_at, lang))
                if thread.resolved else lab["open"]), st["label"]))
        return flow

    return _pdf(story, lab["comments"], lang, landscape_page=False)


# -- Word ----------------------------------------------------------------------------------------


def _word(title: str, subtitle: str, *, landscape_page: bool) -> Any:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    word = Document()
    section = word.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
    else:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.6))
    normal = word.styles["Normal"]
    normal.font.name = "Noto Sans"
    normal.font.size = Pt(9.5)
    heading = word.add_paragraph(title, style="Title")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = word.add_paragraph(subtitle)
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return word


def _fill(cell: Any, lines: list[tuple[str, str]]) -> None:
    first = True
    for style, text in lines:
        if not text:
            continue
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(text)
        run.bold = style == "label"
        run.italic = style == "note"


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _bytes(word: Any) -> bytes:
    out = BytesIO()
    word.save(out)
    return out.getvalue()


def compilation_docx(compilation: AmendmentCompilation) -> bytes:
    """The compilation as a Word table (header row repeated on every page; a paragraph's
    cell merged down over its amendments)."""
    data = clean_data(compilation)
    lang = data.language
    lab = labels(lang)
    word = _word(lab["compilation"], f"{data.title} — {data.event.title}",
                 landscape_page=True)
    if not data.rows:
        word.add_paragraph(lab["none"])
        return _bytes(word)
    table = word.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, ("paragraph", "proposal", "proposer",
                                               "decision"), strict=True):
        _fill(cell, [("label", lab[key])])
    _repeat_header(table.rows[0])
    for heading, original, members in grouped(data.rows, lab):
        first = None
        for index, row in enumerate(members):
            cells = table.add_row().cells
            if index == 0:
                first = cells[0]
                _fill(first, [("label", heading), ("text", original)])
            _fill(cells[1], proposal_lines(row, lab))
            _fill(cells[2], proposer_lines(row, lang))
            _fill(cells[3], decision_lines(row, lab, lang))
            if index and first is not None:
                first = first.merge(cells[0])
    return _bytes(word)


def comments_docx(report: CommentsReport) -> bytes:
    """The comments report as Word: a heading per thread, each comment, its state."""
    data = clean_data(report)
    lang = data.language
    lab = labels(lang)
    word = _word(lab["comments"], f"{data.title} — {data.event.title}", landscape_page=False)
    if not data.threads:
        word.add_paragraph(lab["no_comments"])
        return _bytes(word)
    for thread in data.threads:
        word.add_heading(
            f"{_paragraph_heading(thread.number.rstrip('.'), lab)} — {thread.extract}", level=2)
        for comment in thread.comments:
            meta = word.add_paragraph()
            meta.add_run(f"{comment.author or '—'}, {_when(comment.written_at, lang)}"
                         ).italic = True
            word.add_paragraph(comment.text)
        state = word.add_paragraph()
        state.add_run(lab["resolved"].format(who=thread.resolved_by or "—",
                                             when=_when(thread.resolved_at, lang))
                      if thread.resolved else lab["open"]).bold = True
    return _bytes(word)


def render_report(report: AmendmentCompilation | CommentsReport | None, *, pdf: bool) -> bytes:
    """The bytes of a compilation or a comments report, as PDF or Word (the registry's
    branch for its report kinds)."""
    if isinstance(report, AmendmentCompilation):
        return compilation_pdf(report) if pdf else compilation_docx(report)
    if isinstance(report, CommentsReport):
        return comments_pdf(report) if pdf else comments_docx(report)
    raise TypeError("a report export needs a compilation or a comments report")
