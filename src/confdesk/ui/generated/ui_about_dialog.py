# Generated from forms/about_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 260)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(20, 20, 20, 16)
        self.header = QHBoxLayout()
        self.header.setSpacing(16)
        self.header.setObjectName(u"header")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        self.logo.setMinimumSize(QSize(64, 64))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.header.addWidget(self.logo)

        self.texts = QVBoxLayout()
        self.texts.setSpacing(6)
        self.texts.setObjectName(u"texts")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setText(u"confdesk")

        self.texts.addWidget(self.title)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")
        self.version.setText(u"0")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.texts.addWidget(self.version)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.texts.addWidget(self.description)

        self.database = QLabel(AboutDialog)
        self.database.setObjectName(u"database")
        self.database.setText(u"")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.texts.addWidget(self.database)


        self.header.addLayout(self.texts)


        self.layout.addLayout(self.header)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About confdesk", None))
        self.description.setText(QCoreApplication.translate("AboutDialog", u"An offline desk application for the secretariats of intergovernmental conferences: participants, programme and chair's conclusions.", None))
    # retranslateUi

