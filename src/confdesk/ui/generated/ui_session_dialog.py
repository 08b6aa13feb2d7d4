# Generated from forms/session_dialog.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTimeEdit,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(620, 640)
        self.layout = QVBoxLayout(SessionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(SessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SessionDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(400)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dayLabel = QLabel(SessionDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayCombo = QComboBox(SessionDialog)
        self.dayCombo.setObjectName(u"dayCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayCombo)

        self.timeLabel = QLabel(SessionDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.startEdit = QTimeEdit(SessionDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.timeRow.addWidget(self.startEdit)

        self.toLabel = QLabel(SessionDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endEdit = QTimeEdit(SessionDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.timeRow.addWidget(self.endEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.roomLabel = QLabel(SessionDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(SessionDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.kindLabel = QLabel(SessionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SessionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.themeLabel = QLabel(SessionDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(SessionDialog)
        self.themeCombo.setObjectName(u"themeCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.descriptionLabel = QLabel(SessionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(SessionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.floorLabel = QLabel(SessionDialog)
        self.floorLabel.setObjectName(u"floorLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.floorLabel)

        self.floorCombo = QComboBox(SessionDialog)
        self.floorCombo.setObjectName(u"floorCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.floorCombo)

        self.interpretationLabel = QLabel(SessionDialog)
        self.interpretationLabel.setObjectName(u"interpretationLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.interpretationLabel)

        self.interpretationEdit = QLineEdit(SessionDialog)
        self.interpretationEdit.setObjectName(u"interpretationEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.interpretationEdit)


        self.layout.addLayout(self.form)

        self.peopleBox = QGroupBox(SessionDialog)
        self.peopleBox.setObjectName(u"peopleBox")
        self.peopleLayout = QHBoxLayout(self.peopleBox)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.rolesTree = QTreeWidget(self.peopleBox)
        self.rolesTree.setObjectName(u"rolesTree")
        self.rolesTree.setRootIsDecorated(False)
        self.rolesTree.setUniformRowHeights(True)

        self.peopleLayout.addWidget(self.rolesTree)

        self.peopleButtons = QVBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addPersonButton = QPushButton(self.peopleBox)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.peopleButtons.addWidget(self.addPersonButton)

        self.upButton = QPushButton(self.peopleBox)
        self.upButton.setObjectName(u"upButton")

        self.peopleButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.peopleBox)
        self.downButton.setObjectName(u"downButton")

        self.peopleButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(self.peopleBox)
        self.removeButton.setObjectName(u"removeButton")

        self.peopleButtons.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.peopleButtons.addItem(self.buttonsSpacer)


        self.peopleLayout.addLayout(self.peopleButtons)


        self.layout.addWidget(self.peopleBox)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dayLabel.setBuddy(self.dayCombo)
        self.timeLabel.setBuddy(self.startEdit)
        self.roomLabel.setBuddy(self.roomCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.floorLabel.setBuddy(self.floorCombo)
        self.interpretationLabel.setBuddy(self.interpretationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dayCombo)
        QWidget.setTabOrder(self.dayCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.floorCombo)
        QWidget.setTabOrder(self.floorCombo, self.interpretationEdit)
        QWidget.setTabOrder(self.interpretationEdit, self.rolesTree)
        QWidget.setTabOrder(self.rolesTree, self.addPersonButton)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionDialog", u"&Title:", None))
        self.dayLabel.setText(QCoreApplication.translate("SessionDialog", u"&Day:", None))
        self.timeLabel.setText(QCoreApplication.translate("SessionDialog", u"T&ime:", None))
        self.toLabel.setText(QCoreApplication.translate("SessionDialog", u"to", None))
        self.roomLabel.setText(QCoreApplication.translate("SessionDialog", u"&Room:", None))
        self.kindLabel.setText(QCoreApplication.translate("SessionDialog", u"&Kind:", None))
        self.themeLabel.setText(QCoreApplication.translate("SessionDialog", u"T&heme:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("SessionDialog", u"D&escription:", None))
        self.floorLabel.setText(QCoreApplication.translate("SessionDialog", u"&Floor language:", None))
        self.interpretationLabel.setText(QCoreApplication.translate("SessionDialog", u"&Interpretation into:", None))
#if QT_CONFIG(tooltip)
        self.interpretationEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Language codes, one booth each, e.g. \u201cen, fr, es\u201d; empty: no interpretation", None))
#endif // QT_CONFIG(tooltip)
        self.peopleBox.setTitle(QCoreApplication.translate("SessionDialog", u"People, in order of speaking", None))
        ___qtreewidgetitem = self.rolesTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SessionDialog", u"Function and organisation", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SessionDialog", u"Name", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SessionDialog", u"Role", None))
        self.addPersonButton.setText(QCoreApplication.translate("SessionDialog", u"&Add person\u2026", None))
        self.upButton.setText(QCoreApplication.translate("SessionDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("SessionDialog", u"Move do&wn", None))
        self.removeButton.setText(QCoreApplication.translate("SessionDialog", u"Re&move", None))
    # retranslateUi

