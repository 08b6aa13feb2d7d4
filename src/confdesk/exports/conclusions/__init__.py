"""Outcome documents written out: text, Markdown, PDF, Word, Akoma Ntoso, press extract, redline.

Every writer takes a `DocumentText` (and `EventInfo`), never ORM rows.
"""
