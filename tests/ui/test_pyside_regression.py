"""PySide6 6.12.0 on Python 3.11 aborts after ~5,200 setter calls (none_dealloc).

The calls run in a child interpreter so that an abort fails this test instead of killing
the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 30_000

SCRIPT = textwrap.dedent(
    f"""
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    app = QApplication([])
    edit, combo, item = QLineEdit(), QComboBox(), QStandardItem()
    for n in range({CALLS}):
        edit.setText(f"text {{n}}")
        item.setData(n)
    for n in range({CALLS}):
        combo.addItem(str(n))
    assert edit.text() == "text {CALLS - 1}" and combo.count() == {CALLS}
    print("survived")
    """
)


def test_many_setter_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
