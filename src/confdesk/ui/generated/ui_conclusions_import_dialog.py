# Generated from forms/conclusions_import_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(640, 520)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileButton = QPushButton(ImportDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileRow.addWidget(self.fileButton)

        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)

        self.fileRow.addWidget(self.fileLabel)


        self.layout.addLayout(self.fileRow)

        self.textEdit = QPlainTextEdit(ImportDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.layout.addWidget(self.textEdit)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ImportDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ImportDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.asNewRadio = QRadioButton(ImportDialog)
        self.asNewRadio.setObjectName(u"asNewRadio")

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.asNewRadio)

        self.asDraftRadio = QRadioButton(ImportDialog)
        self.asDraftRadio.setObjectName(u"asDraftRadio")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.asDraftRadio)

        self.draftNameLabel = QLabel(ImportDialog)
        self.draftNameLabel.setObjectName(u"draftNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.draftNameLabel)

        self.draftNameEdit = QLineEdit(ImportDialog)
        self.draftNameEdit.setObjectName(u"draftNameEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.draftNameEdit)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.draftNameLabel.setBuddy(self.draftNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileButton, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.asNewRadio)
        QWidget.setTabOrder(self.asNewRadio, self.asDraftRadio)
        QWidget.setTabOrder(self.asDraftRadio, self.draftNameEdit)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import an Outcome Document", None))
        self.fileButton.setText(QCoreApplication.translate("ImportDialog", u"&Open a .txt or .docx File\u2026", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Paste the text here: lead-ins end with \u201c:\u201d, paragraphs start with \u201c1.\u201d, \u201c(a)\u201d, \u201c\u2022\u201d\u2026", None))
        self.titleLabel.setText(QCoreApplication.translate("ImportDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Chair's Conclusions", None))
        self.asNewRadio.setText(QCoreApplication.translate("ImportDialog", u"As a &new document", None))
        self.asDraftRadio.setText(QCoreApplication.translate("ImportDialog", u"As a new &draft of the current document", None))
        self.draftNameLabel.setText(QCoreApplication.translate("ImportDialog", u"Draft &name:", None))
        self.draftNameEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Optional: record it as a named draft", None))
    # retranslateUi

