# Generated from forms/conclusions_snapshot_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_SnapshotDialog(object):
    def setupUi(self, SnapshotDialog):
        if not SnapshotDialog.objectName():
            SnapshotDialog.setObjectName(u"SnapshotDialog")
        SnapshotDialog.resize(460, 180)
        self.form = QFormLayout(SnapshotDialog)
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(SnapshotDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SnapshotDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.whenLabel = QLabel(SnapshotDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(SnapshotDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setDisplayFormat(u"d MMMM yyyy HH:mm")
        self.whenEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.noteLabel = QLabel(SnapshotDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(SnapshotDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.finalCheck = QCheckBox(SnapshotDialog)
        self.finalCheck.setObjectName(u"finalCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.finalCheck)

        self.buttonBox = QDialogButtonBox(SnapshotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.whenLabel.setBuddy(self.whenEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.finalCheck)

        self.retranslateUi(SnapshotDialog)

        QMetaObject.connectSlotsByName(SnapshotDialog)
    # setupUi

    def retranslateUi(self, SnapshotDialog):
        SnapshotDialog.setWindowTitle(QCoreApplication.translate("SnapshotDialog", u"Take a Snapshot", None))
        self.nameLabel.setText(QCoreApplication.translate("SnapshotDialog", u"&Name:", None))
        self.whenLabel.setText(QCoreApplication.translate("SnapshotDialog", u"&Date:", None))
        self.noteLabel.setText(QCoreApplication.translate("SnapshotDialog", u"N&ote:", None))
        self.finalCheck.setText(QCoreApplication.translate("SnapshotDialog", u"This is the &adopted text (printed without DRAFT)", None))
    # retranslateUi

