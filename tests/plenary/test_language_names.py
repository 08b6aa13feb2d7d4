"""The names of languages confdesk ships for English and French are babel's."""

from __future__ import annotations

import json

from babel import Locale

from confdesk.paths import resource
from confdesk.plenary.interpretation import _names, language_name

_REGENERATE = (
    "resources/reference/language_names.json is not babel's any more (a new babel?): "
    "write it again with\n  python -c 'import json, babel; from babel import Locale; "
    "json.dump(dict(babel=babel.__version__, **{l: dict(sorted(Locale(l).languages.items())) "
    "for l in (\"en\", \"fr\")}), open(\"resources/reference/language_names.json\", \"w\", "
    "encoding=\"utf-8\"), ensure_ascii=False, indent=0)'"
)


def test_shipped_names_are_babels() -> None:
    with resource("reference", "language_names.json").open(encoding="utf-8") as f:
        shipped = json.load(f)
    for language in ("en", "fr"):
        assert shipped[language] == dict(Locale(language).languages), _REGENERATE
        assert _names(language) == dict(Locale(language).languages)


def test_names_in_every_language() -> None:
    assert language_name("fr") == "French" and language_name("zh", "fr") == "chinois"
    assert language_name("ar", "es") == "árabe"  # not shipped: from babel
    assert language_name("xx") == "Xx"  # unknown: the code itself
