# Generated from forms/themes_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ThemesDialog(object):
    def setupUi(self, ThemesDialog):
        if not ThemesDialog.objectName():
            ThemesDialog.setObjectName(u"ThemesDialog")
        ThemesDialog.resize(600, 360)
        self.layout = QVBoxLayout(ThemesDialog)
        self.layout.setObjectName(u"layout")
        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.themesList = QListWidget(ThemesDialog)
        self.themesList.setObjectName(u"themesList")

        self.body.addWidget(self.themesList)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(ThemesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.renameButton = QPushButton(ThemesDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.buttons.addWidget(self.renameButton)

        self.colourButton = QPushButton(ThemesDialog)
        self.colourButton.setObjectName(u"colourButton")

        self.buttons.addWidget(self.colourButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonsSpacer)


        self.body.addLayout(self.buttons)


        self.layout.addLayout(self.body)

        self.errorLabel = QLabel(ThemesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ThemesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ThemesDialog)

        QMetaObject.connectSlotsByName(ThemesDialog)
    # setupUi

    def retranslateUi(self, ThemesDialog):
        ThemesDialog.setWindowTitle(QCoreApplication.translate("ThemesDialog", u"Themes and tracks", None))
        self.addButton.setText(QCoreApplication.translate("ThemesDialog", u"&Add\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("ThemesDialog", u"&Rename\u2026", None))
        self.colourButton.setText(QCoreApplication.translate("ThemesDialog", u"&Colour\u2026", None))
    # retranslateUi

