# Generated from forms/conclusions_new_document_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QWidget)

class Ui_NewDocumentDialog(object):
    def setupUi(self, NewDocumentDialog):
        if not NewDocumentDialog.objectName():
            NewDocumentDialog.setObjectName(u"NewDocumentDialog")
        NewDocumentDialog.resize(440, 150)
        self.form = QFormLayout(NewDocumentDialog)
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(NewDocumentDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NewDocumentDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.leadInLabel = QLabel(NewDocumentDialog)
        self.leadInLabel.setObjectName(u"leadInLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadInLabel)

        self.leadInEdit = QLineEdit(NewDocumentDialog)
        self.leadInEdit.setObjectName(u"leadInEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadInEdit)

        self.buttonBox = QDialogButtonBox(NewDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.leadInLabel.setBuddy(self.leadInEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewDocumentDialog)

        QMetaObject.connectSlotsByName(NewDocumentDialog)
    # setupUi

    def retranslateUi(self, NewDocumentDialog):
        NewDocumentDialog.setWindowTitle(QCoreApplication.translate("NewDocumentDialog", u"New Document", None))
        self.titleLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"&Title:", None))
        self.titleEdit.setText(QCoreApplication.translate("NewDocumentDialog", u"Chair's Conclusions", None))
        self.leadInLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"&Lead-in:", None))
        self.leadInEdit.setText(QCoreApplication.translate("NewDocumentDialog", u"The participants note that:", None))
#if QT_CONFIG(tooltip)
        self.leadInEdit.setToolTip(QCoreApplication.translate("NewDocumentDialog", u"The lead-in of the first numbered list (after an empty opening part)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

