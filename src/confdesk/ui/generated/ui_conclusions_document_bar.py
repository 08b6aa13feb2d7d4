# Generated from forms/conclusions_document_bar.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QWidget)

class Ui_DocumentBar(object):
    def setupUi(self, DocumentBar):
        if not DocumentBar.objectName():
            DocumentBar.setObjectName(u"DocumentBar")
        DocumentBar.resize(900, 32)
        self.layout = QHBoxLayout(DocumentBar)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.documentLabel = QLabel(DocumentBar)
        self.documentLabel.setObjectName(u"documentLabel")

        self.layout.addWidget(self.documentLabel)

        self.documentCombo = QComboBox(DocumentBar)
        self.documentCombo.setObjectName(u"documentCombo")
        self.documentCombo.setMinimumContentsLength(30)

        self.layout.addWidget(self.documentCombo)

        self.newButton = QPushButton(DocumentBar)
        self.newButton.setObjectName(u"newButton")

        self.layout.addWidget(self.newButton)

        self.importButton = QPushButton(DocumentBar)
        self.importButton.setObjectName(u"importButton")
#if QT_CONFIG(shortcut)
        self.importButton.setShortcut(u"Ctrl+Shift+I")
#endif // QT_CONFIG(shortcut)

        self.layout.addWidget(self.importButton)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentBar)

        QMetaObject.connectSlotsByName(DocumentBar)
    # setupUi

    def retranslateUi(self, DocumentBar):
        self.documentLabel.setText(QCoreApplication.translate("DocumentBar", u"Document:", None))
        self.newButton.setText(QCoreApplication.translate("DocumentBar", u"New Document\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("DocumentBar", u"Paste a text or open a .txt/.docx draft (Ctrl+Shift+I)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("DocumentBar", u"Import\u2026", None))
        pass
    # retranslateUi

