# Generated from forms/conclusions_item_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QWidget)

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.resize(520, 300)
        self.form = QFormLayout(ItemDialog)
        self.form.setObjectName(u"form")
        self.textLabel = QLabel(ItemDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ItemDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.authorLabel = QLabel(ItemDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(ItemDialog)
        self.authorEdit.setObjectName(u"authorEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorEdit)

        self.whenLabel = QLabel(ItemDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(ItemDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setDisplayFormat(u"d MMMM yyyy HH:mm")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.buttonBox = QDialogButtonBox(ItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.authorLabel.setBuddy(self.authorEdit)
        self.whenLabel.setBuddy(self.whenEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.authorEdit)
        QWidget.setTabOrder(self.authorEdit, self.whenEdit)

        self.retranslateUi(ItemDialog)

        QMetaObject.connectSlotsByName(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"Recommendation or Key Point", None))
        self.textLabel.setText(QCoreApplication.translate("ItemDialog", u"&Text:", None))
        self.authorLabel.setText(QCoreApplication.translate("ItemDialog", u"&Author:", None))
        self.whenLabel.setText(QCoreApplication.translate("ItemDialog", u"T&ime:", None))
    # retranslateUi

