# Generated from forms/participant_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(560, 640)
        self.layout = QVBoxLayout(ParticipantDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.honorificLabel = QLabel(ParticipantDialog)
        self.honorificLabel.setObjectName(u"honorificLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.honorificLabel)

        self.honorific = QComboBox(ParticipantDialog)
        self.honorific.setObjectName(u"honorific")
        self.honorific.setEditable(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.honorific)

        self.givenNameLabel = QLabel(ParticipantDialog)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenName = QLineEdit(ParticipantDialog)
        self.givenName.setObjectName(u"givenName")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenName)

        self.familyNameLabel = QLabel(ParticipantDialog)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyName = QLineEdit(ParticipantDialog)
        self.familyName.setObjectName(u"familyName")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyName)

        self.familyNameFirst = QCheckBox(ParticipantDialog)
        self.familyNameFirst.setObjectName(u"familyNameFirst")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.familyNameFirst)

        self.functionLabel = QLabel(ParticipantDialog)
        self.functionLabel.setObjectName(u"functionLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.function = QLineEdit(ParticipantDialog)
        self.function.setObjectName(u"function")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.function)

        self.organisationLabel = QLabel(ParticipantDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(ParticipantDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setEditable(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.roleLabel = QLabel(ParticipantDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.delegationRole = QComboBox(ParticipantDialog)
        self.delegationRole.setObjectName(u"delegationRole")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.delegationRole)

        self.categoryLabel = QLabel(ParticipantDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(ParticipantDialog)
        self.category.setObjectName(u"category")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.category)

        self.statusLabel = QLabel(ParticipantDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ParticipantDialog)
        self.status.setObjectName(u"status")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.countryLabel = QLabel(ParticipantDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QComboBox(ParticipantDialog)
        self.country.setObjectName(u"country")
        self.country.setEditable(True)

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.country)

        self.emailLabel = QLabel(ParticipantDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(ParticipantDialog)
        self.email.setObjectName(u"email")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(ParticipantDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ParticipantDialog)
        self.phone.setObjectName(u"phone")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone)

        self.dietaryLabel = QLabel(ParticipantDialog)
        self.dietaryLabel.setObjectName(u"dietaryLabel")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.dietaryLabel)

        self.dietaryNeeds = QLineEdit(ParticipantDialog)
        self.dietaryNeeds.setObjectName(u"dietaryNeeds")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.dietaryNeeds)

        self.accessLabel = QLabel(ParticipantDialog)
        self.accessLabel.setObjectName(u"accessLabel")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.accessLabel)

        self.accessNeeds = QPlainTextEdit(ParticipantDialog)
        self.accessNeeds.setObjectName(u"accessNeeds")
        self.accessNeeds.setMaximumSize(QSize(16777215, 68))
        self.accessNeeds.setTabChangesFocus(True)

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.accessNeeds)

        self.notesLabel = QLabel(ParticipantDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(ParticipantDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notes)

        self.doNotPublish = QCheckBox(ParticipantDialog)
        self.doNotPublish.setObjectName(u"doNotPublish")

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.doNotPublish)


        self.layout.addLayout(self.fields)

        self.problems = QLabel(ParticipantDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setStyleSheet(u"color: #b00020;")
        self.problems.setWordWrap(True)

        self.layout.addWidget(self.problems)

        self.duplicates = QLabel(ParticipantDialog)
        self.duplicates.setObjectName(u"duplicates")
        self.duplicates.setStyleSheet(u"background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; padding: 6px;")
        self.duplicates.setWordWrap(True)

        self.layout.addWidget(self.duplicates)

        self.buttons = QDialogButtonBox(ParticipantDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.honorificLabel.setBuddy(self.honorific)
        self.givenNameLabel.setBuddy(self.givenName)
        self.familyNameLabel.setBuddy(self.familyName)
        self.functionLabel.setBuddy(self.function)
        self.organisationLabel.setBuddy(self.organisation)
        self.roleLabel.setBuddy(self.delegationRole)
        self.categoryLabel.setBuddy(self.category)
        self.statusLabel.setBuddy(self.status)
        self.countryLabel.setBuddy(self.country)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.dietaryLabel.setBuddy(self.dietaryNeeds)
        self.accessLabel.setBuddy(self.accessNeeds)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.honorific, self.givenName)
        QWidget.setTabOrder(self.givenName, self.familyName)
        QWidget.setTabOrder(self.familyName, self.familyNameFirst)
        QWidget.setTabOrder(self.familyNameFirst, self.function)
        QWidget.setTabOrder(self.function, self.organisation)
        QWidget.setTabOrder(self.organisation, self.delegationRole)
        QWidget.setTabOrder(self.delegationRole, self.category)
        QWidget.setTabOrder(self.category, self.status)
        QWidget.setTabOrder(self.status, self.country)
        QWidget.setTabOrder(self.country, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.dietaryNeeds)
        QWidget.setTabOrder(self.dietaryNeeds, self.accessNeeds)
        QWidget.setTabOrder(self.accessNeeds, self.notes)
        QWidget.setTabOrder(self.notes, self.doNotPublish)

        self.retranslateUi(ParticipantDialog)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.honorificLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Hon&orific:", None))
        self.givenNameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Given name:", None))
        self.familyNameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Family name:", None))
        self.familyNameFirst.setText(QCoreApplication.translate("ParticipantDialog", u"Family name written first (e.g. Chinese, Hungarian, Korean names)", None))
        self.functionLabel.setText(QCoreApplication.translate("ParticipantDialog", u"F&unction:", None))
        self.function.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"e.g. Minister for Foreign Affairs", None))
        self.organisationLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Organisation:", None))
        self.roleLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Role in delegation:", None))
        self.categoryLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Category:", None))
        self.statusLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Status:", None))
        self.countryLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Coun&try:", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"name@example.org", None))
        self.phoneLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Phone:", None))
        self.dietaryLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Dietary needs:", None))
        self.accessLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Access needs:", None))
        self.notesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Notes:", None))
        self.doNotPublish.setText(QCoreApplication.translate("ParticipantDialog", u"Do not pu&blish in the list of participants (the person asked)", None))
#if QT_CONFIG(tooltip)
        self.doNotPublish.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Left out of the published list of participants; badges and the desk are not affected", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

