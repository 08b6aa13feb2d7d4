"""The compiled form classes are current with forms/*.ui, and the forms ship."""

from __future__ import annotations

from confdesk.paths import forms_dir
from confdesk.ui import forms_compiler


def test_every_form_is_compiled_and_current() -> None:
    forms = {path.name for path in forms_compiler.forms()}
    assert {"main_window.ui", "about_dialog.ui"} <= forms
    assert forms_compiler.stale_modules() == [], (
        "a form changed: run `python -m confdesk.ui.forms_compiler`"
    )


def test_generated_modules_carry_the_do_not_edit_header() -> None:
    for form in forms_compiler.forms():
        text = (forms_compiler.GENERATED_DIR / forms_compiler.module_name(form)).read_text()
        assert text.startswith(f"# Generated from forms/{form.name}")
        assert "do not edit" in text.splitlines()[0]


def test_forms_are_found_where_the_package_looks() -> None:
    assert (forms_dir() / "main_window.ui").is_file()
