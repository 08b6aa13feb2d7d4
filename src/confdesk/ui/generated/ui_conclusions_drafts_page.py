# Generated from forms/conclusions_drafts_page.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DraftsPage(object):
    def setupUi(self, DraftsPage):
        if not DraftsPage.objectName():
            DraftsPage.setObjectName(u"DraftsPage")
        DraftsPage.resize(900, 500)
        self.layout = QVBoxLayout(DraftsPage)
        self.layout.setObjectName(u"layout")
        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.snapshotButton = QPushButton(DraftsPage)
        self.snapshotButton.setObjectName(u"snapshotButton")

        self.buttons.addWidget(self.snapshotButton)

        self.openButton = QPushButton(DraftsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.restoreButton = QPushButton(DraftsPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.exportButton = QPushButton(DraftsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)

        self.draftsTable = QTableWidget(DraftsPage)
        if (self.draftsTable.columnCount() < 3):
            self.draftsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.draftsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.draftsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.draftsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.draftsTable.setObjectName(u"draftsTable")
        self.draftsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.draftsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.draftsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.draftsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.draftsTable)


        self.retranslateUi(DraftsPage)

        QMetaObject.connectSlotsByName(DraftsPage)
    # setupUi

    def retranslateUi(self, DraftsPage):
        self.snapshotButton.setText(QCoreApplication.translate("DraftsPage", u"Take Snapshot\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DraftsPage", u"Open Read-Only", None))
        self.restoreButton.setText(QCoreApplication.translate("DraftsPage", u"Restore as Working Text\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("DraftsPage", u"Export\u2026", None))
        ___qtablewidgetitem = self.draftsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DraftsPage", u"Draft", None))
        ___qtablewidgetitem1 = self.draftsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DraftsPage", u"Date", None))
        ___qtablewidgetitem2 = self.draftsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DraftsPage", u"Note", None))
        pass
    # retranslateUi

