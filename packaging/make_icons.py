"""Render resources/icons/confdesk.svg into the Windows .ico and macOS .icns the builds use.

    python packaging/make_icons.py        (needs PySide6 and Pillow, both confdesk dependencies)
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> Image.Image:
    renderer = QSvgRenderer(str(ICONS / "confdesk.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data())))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    big = render(1024)
    big.save(ICONS / "confdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "confdesk.icns")
    del app
    print(f"wrote {ICONS / 'confdesk.ico'} and {ICONS / 'confdesk.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
