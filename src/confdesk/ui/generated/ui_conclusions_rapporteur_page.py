# Generated from forms/conclusions_rapporteur_page.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RapporteurPage(object):
    def setupUi(self, RapporteurPage):
        if not RapporteurPage.objectName():
            RapporteurPage.setObjectName(u"RapporteurPage")
        RapporteurPage.resize(1000, 500)
        self.layout = QVBoxLayout(RapporteurPage)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.sessionLabel = QLabel(RapporteurPage)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.top.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(RapporteurPage)
        self.sessionCombo.setObjectName(u"sessionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sessionCombo.sizePolicy().hasHeightForWidth())
        self.sessionCombo.setSizePolicy(sizePolicy)
        self.sessionCombo.setMinimumContentsLength(40)

        self.top.addWidget(self.sessionCombo)

        self.rapporteurLabel = QLabel(RapporteurPage)
        self.rapporteurLabel.setObjectName(u"rapporteurLabel")

        self.top.addWidget(self.rapporteurLabel)


        self.layout.addLayout(self.top)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(RapporteurPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.editButton = QPushButton(RapporteurPage)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.deleteButton = QPushButton(RapporteurPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttons.addWidget(self.deleteButton)

        self.upButton = QPushButton(RapporteurPage)
        self.upButton.setObjectName(u"upButton")

        self.buttons.addWidget(self.upButton)

        self.downButton = QPushButton(RapporteurPage)
        self.downButton.setObjectName(u"downButton")

        self.buttons.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.promoteButton = QPushButton(RapporteurPage)
        self.promoteButton.setObjectName(u"promoteButton")

        self.buttons.addWidget(self.promoteButton)

        self.sectionCombo = QComboBox(RapporteurPage)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.buttons.addWidget(self.sectionCombo)


        self.layout.addLayout(self.buttons)

        self.itemsTable = QTableWidget(RapporteurPage)
        if (self.itemsTable.columnCount() < 4):
            self.itemsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.itemsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsTable.setWordWrap(True)

        self.layout.addWidget(self.itemsTable)

        self.summaryLabel = QLabel(RapporteurPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.layout.addWidget(self.summaryLabel)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RapporteurPage)

        QMetaObject.connectSlotsByName(RapporteurPage)
    # setupUi

    def retranslateUi(self, RapporteurPage):
        self.sessionLabel.setText(QCoreApplication.translate("RapporteurPage", u"Session:", None))
        self.addButton.setText(QCoreApplication.translate("RapporteurPage", u"Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RapporteurPage", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("RapporteurPage", u"Delete", None))
        self.upButton.setText(QCoreApplication.translate("RapporteurPage", u"Up", None))
        self.downButton.setText(QCoreApplication.translate("RapporteurPage", u"Down", None))
        self.promoteButton.setText(QCoreApplication.translate("RapporteurPage", u"Make a Paragraph of", None))
#if QT_CONFIG(tooltip)
        self.sectionCombo.setToolTip(QCoreApplication.translate("RapporteurPage", u"The list a promoted item goes to, as its last paragraph", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RapporteurPage", u"Recommendation or key point", None))
        ___qtablewidgetitem1 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RapporteurPage", u"Author", None))
        ___qtablewidgetitem2 = self.itemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RapporteurPage", u"Time", None))
        ___qtablewidgetitem3 = self.itemsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RapporteurPage", u"In the document", None))
        pass
    # retranslateUi

