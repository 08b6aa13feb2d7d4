# Generated from forms/conclusions_import_preview_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(820, 600)
        self.layout = QVBoxLayout(ImportPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ImportPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.structureTree = QTreeWidget(ImportPreviewDialog)
        self.structureTree.setObjectName(u"structureTree")
        self.structureTree.setAlternatingRowColors(True)
        self.structureTree.setUniformRowHeights(False)
        self.structureTree.setWordWrap(True)

        self.layout.addWidget(self.structureTree)

        self.notesLabel = QLabel(ImportPreviewDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.layout.addWidget(self.notesLabel)

        self.notesList = QListWidget(ImportPreviewDialog)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setMaximumSize(QSize(16777215, 110))
        self.notesList.setWordWrap(True)

        self.layout.addWidget(self.notesList)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.notesLabel.setBuddy(self.notesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.structureTree, self.notesList)

        self.retranslateUi(ImportPreviewDialog)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Check the Import", None))
        ___qtreewidgetitem = self.structureTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ImportPreviewDialog", u"Notes", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ImportPreviewDialog", u"Text", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ImportPreviewDialog", u"Number", None))
        self.notesLabel.setText(QCoreApplication.translate("ImportPreviewDialog", u"What the import converted or left out:", None))
    # retranslateUi

