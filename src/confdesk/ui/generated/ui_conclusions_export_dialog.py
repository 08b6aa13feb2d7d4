# Generated from forms/conclusions_export_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(620, 420)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.symbolLabel = QLabel(ExportDialog)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(ExportDialog)
        self.symbolEdit.setObjectName(u"symbolEdit")
        self.symbolEdit.setMaxLength(100)
        self.symbolEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.lineNumbersCheck = QCheckBox(ExportDialog)
        self.lineNumbersCheck.setObjectName(u"lineNumbersCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lineNumbersCheck)


        self.layout.addLayout(self.form)

        self.paragraphsLabel = QLabel(ExportDialog)
        self.paragraphsLabel.setObjectName(u"paragraphsLabel")

        self.layout.addWidget(self.paragraphsLabel)

        self.paragraphsList = QListWidget(ExportDialog)
        self.paragraphsList.setObjectName(u"paragraphsList")

        self.layout.addWidget(self.paragraphsList)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.paragraphsLabel.setBuddy(self.paragraphsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.symbolLabel.setText(QCoreApplication.translate("ExportDialog", u"Document &symbol:", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"e.g. A/CONF.250/L.2 (printed with the date at the top of every page)", None))
        self.lineNumbersCheck.setText(QCoreApplication.translate("ExportDialog", u"&Line numbers", None))
#if QT_CONFIG(tooltip)
        self.lineNumbersCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Number the lines of the text in the left margin, through the whole document, for negotiation", None))
#endif // QT_CONFIG(tooltip)
        self.paragraphsLabel.setText(QCoreApplication.translate("ExportDialog", u"&Paragraphs for the press extract (none ticked: all):", None))
    # retranslateUi

