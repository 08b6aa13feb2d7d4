# Generated from forms/event_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(900, 660)
        self.layout = QVBoxLayout(EventDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(EventDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(EventDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.shortNameLabel = QLabel(EventDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(EventDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.kindLabel = QLabel(EventDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EventDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.startLabel = QLabel(EventDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(EventDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(EventDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(EventDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.timezoneLabel = QLabel(EventDialog)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(EventDialog)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)
        self.timezoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.venueLabel = QLabel(EventDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(EventDialog)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.cityLabel = QLabel(EventDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(EventDialog)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(120)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.countryLabel = QLabel(EventDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(EventDialog)
        self.countryCombo.setObjectName(u"countryCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.hostLabel = QLabel(EventDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(EventDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(200)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.coOrganisersLabel = QLabel(EventDialog)
        self.coOrganisersLabel.setObjectName(u"coOrganisersLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.coOrganisersLabel)

        self.coOrganisersEdit = QPlainTextEdit(EventDialog)
        self.coOrganisersEdit.setObjectName(u"coOrganisersEdit")
        self.coOrganisersEdit.setTabChangesFocus(True)
        self.coOrganisersEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.coOrganisersEdit)

        self.languagesLabel = QLabel(EventDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(EventDialog)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.titleFrLabel = QLabel(EventDialog)
        self.titleFrLabel.setObjectName(u"titleFrLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.titleFrLabel)

        self.titleFrEdit = QLineEdit(EventDialog)
        self.titleFrEdit.setObjectName(u"titleFrEdit")
        self.titleFrEdit.setMaxLength(300)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.titleFrEdit)

        self.venueFrLabel = QLabel(EventDialog)
        self.venueFrLabel.setObjectName(u"venueFrLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.venueFrLabel)

        self.venueFrEdit = QLineEdit(EventDialog)
        self.venueFrEdit.setObjectName(u"venueFrEdit")
        self.venueFrEdit.setMaxLength(200)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.venueFrEdit)

        self.cityFrLabel = QLabel(EventDialog)
        self.cityFrLabel.setObjectName(u"cityFrLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.cityFrLabel)

        self.cityFrEdit = QLineEdit(EventDialog)
        self.cityFrEdit.setObjectName(u"cityFrEdit")
        self.cityFrEdit.setMaxLength(120)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.cityFrEdit)

        self.hostFrLabel = QLabel(EventDialog)
        self.hostFrLabel.setObjectName(u"hostFrLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.hostFrLabel)

        self.hostFrEdit = QLineEdit(EventDialog)
        self.hostFrEdit.setObjectName(u"hostFrEdit")
        self.hostFrEdit.setMaxLength(200)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.hostFrEdit)


        self.columns.addLayout(self.form)

        self.roomsBox = QGroupBox(EventDialog)
        self.roomsBox.setObjectName(u"roomsBox")
        self.roomsLayout = QHBoxLayout(self.roomsBox)
        self.roomsLayout.setObjectName(u"roomsLayout")
        self.roomsTable = QTableWidget(self.roomsBox)
        if (self.roomsTable.columnCount() < 2):
            self.roomsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.roomsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.roomsTable.setObjectName(u"roomsTable")
        self.roomsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roomsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomsTable.horizontalHeader().setStretchLastSection(False)
        self.roomsTable.verticalHeader().setVisible(False)

        self.roomsLayout.addWidget(self.roomsTable)

        self.roomButtons = QVBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.addRoomButton = QPushButton(self.roomsBox)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomButtons.addWidget(self.addRoomButton)

        self.removeRoomButton = QPushButton(self.roomsBox)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomButtons.addWidget(self.removeRoomButton)

        self.upButton = QPushButton(self.roomsBox)
        self.upButton.setObjectName(u"upButton")

        self.roomButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.roomsBox)
        self.downButton.setObjectName(u"downButton")

        self.roomButtons.addWidget(self.downButton)

        self.roomButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roomButtons.addItem(self.roomButtonsSpacer)


        self.roomsLayout.addLayout(self.roomButtons)


        self.columns.addWidget(self.roomsBox)


        self.layout.addLayout(self.columns)

        self.noteLabel = QLabel(EventDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(EventDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.deleteEventButton = QPushButton(EventDialog)
        self.deleteEventButton.setObjectName(u"deleteEventButton")
        self.deleteEventButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.deleteEventButton)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.hostLabel.setBuddy(self.hostEdit)
        self.coOrganisersLabel.setBuddy(self.coOrganisersEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.titleFrLabel.setBuddy(self.titleFrEdit)
        self.venueFrLabel.setBuddy(self.venueFrEdit)
        self.cityFrLabel.setBuddy(self.cityFrEdit)
        self.hostFrLabel.setBuddy(self.hostFrEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Event", None))
        self.titleLabel.setText(QCoreApplication.translate("EventDialog", u"&Title:", None))
        self.shortNameLabel.setText(QCoreApplication.translate("EventDialog", u"&Short name:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"For lists and badges, e.g. Brussels 2014", None))
        self.kindLabel.setText(QCoreApplication.translate("EventDialog", u"&Kind:", None))
        self.startLabel.setText(QCoreApplication.translate("EventDialog", u"St&arts:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"d MMMM yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("EventDialog", u"&Ends:", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"d MMMM yyyy", None))
        self.timezoneLabel.setText(QCoreApplication.translate("EventDialog", u"Time &zone:", None))
        self.venueLabel.setText(QCoreApplication.translate("EventDialog", u"&Venue:", None))
        self.cityLabel.setText(QCoreApplication.translate("EventDialog", u"C&ity:", None))
        self.countryLabel.setText(QCoreApplication.translate("EventDialog", u"Co&untry:", None))
        self.hostLabel.setText(QCoreApplication.translate("EventDialog", u"&Host:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Who convenes it, e.g. the Government of Belgium", None))
        self.coOrganisersLabel.setText(QCoreApplication.translate("EventDialog", u"&Co-organisers:", None))
        self.coOrganisersEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"One per line, in the order credited", None))
        self.languagesLabel.setText(QCoreApplication.translate("EventDialog", u"&Languages:", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"ISO 639-1 codes, main one first: en, fr", None))
        self.titleFrLabel.setText(QCoreApplication.translate("EventDialog", u"Title (&French):", None))
        self.titleFrEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Printed on French editions, e.g. Conf\u00e9rence internationale sur la pr\u00e9vention du g\u00e9nocide", None))
        self.venueFrLabel.setText(QCoreApplication.translate("EventDialog", u"Ve&nue (French):", None))
        self.venueFrEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Palais d'Egmont (empty: the venue above)", None))
        self.cityFrLabel.setText(QCoreApplication.translate("EventDialog", u"Cit&y (French):", None))
        self.cityFrEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Bruxelles (empty: the city above)", None))
        self.hostFrLabel.setText(QCoreApplication.translate("EventDialog", u"H&ost (French):", None))
        self.hostFrEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. le Gouvernement de la Belgique", None))
        self.roomsBox.setTitle(QCoreApplication.translate("EventDialog", u"Rooms (in programme grid order)", None))
        ___qtablewidgetitem = self.roomsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EventDialog", u"Name", None))
        ___qtablewidgetitem1 = self.roomsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EventDialog", u"Seats", None))
        self.addRoomButton.setText(QCoreApplication.translate("EventDialog", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addRoomButton.setToolTip(QCoreApplication.translate("EventDialog", u"Add a room at the end", None))
#endif // QT_CONFIG(tooltip)
        self.removeRoomButton.setText(QCoreApplication.translate("EventDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeRoomButton.setToolTip(QCoreApplication.translate("EventDialog", u"Remove the selected room", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("EventDialog", u"&Up", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("EventDialog", u"Move the selected room one column left in the programme grid", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("EventDialog", u"Do&wn", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("EventDialog", u"Move the selected room one column right in the programme grid", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("EventDialog", u"Changes to an event are saved at once and cannot be undone with Edit \u2192 Undo.", None))
        self.deleteEventButton.setText(QCoreApplication.translate("EventDialog", u"&Delete Event\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteEventButton.setToolTip(QCoreApplication.translate("EventDialog", u"Delete this event with all its participants, sessions and outcome documents", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

