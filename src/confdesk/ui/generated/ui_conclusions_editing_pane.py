# Generated from forms/conclusions_editing_pane.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from confdesk.ui.conclusions.text_box import TextBox

class Ui_EditingPane(object):
    def setupUi(self, EditingPane):
        if not EditingPane.objectName():
            EditingPane.setObjectName(u"EditingPane")
        EditingPane.resize(460, 600)
        self.layout = QVBoxLayout(EditingPane)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 0, 0, 0)
        self.headingLabel = QLabel(EditingPane)
        self.headingLabel.setObjectName(u"headingLabel")

        self.layout.addWidget(self.headingLabel)

        self.textBox = TextBox(EditingPane)
        self.textBox.setObjectName(u"textBox")
        self.textBox.setTabChangesFocus(True)

        self.layout.addWidget(self.textBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusTitle = QLabel(EditingPane)
        self.statusTitle.setObjectName(u"statusTitle")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusTitle)

        self.statusCombo = QComboBox(EditingPane)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.sourcesTitle = QLabel(EditingPane)
        self.sourcesTitle.setObjectName(u"sourcesTitle")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourcesTitle)

        self.sourcesLabel = QLabel(EditingPane)
        self.sourcesLabel.setObjectName(u"sourcesLabel")
        self.sourcesLabel.setWordWrap(True)
        self.sourcesLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourcesLabel)

        self.links = QHBoxLayout()
        self.links.setObjectName(u"links")
        self.linkCombo = QComboBox(EditingPane)
        self.linkCombo.setObjectName(u"linkCombo")
        self.linkCombo.setMinimumContentsLength(18)

        self.links.addWidget(self.linkCombo)

        self.unlinkCombo = QComboBox(EditingPane)
        self.unlinkCombo.setObjectName(u"unlinkCombo")
        self.unlinkCombo.setMinimumContentsLength(12)

        self.links.addWidget(self.unlinkCombo)

        self.links.setStretch(0, 2)
        self.links.setStretch(1, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.links)


        self.layout.addLayout(self.form)

        self.commentsTitle = QLabel(EditingPane)
        self.commentsTitle.setObjectName(u"commentsTitle")

        self.layout.addWidget(self.commentsTitle)

        self.commentsList = QListWidget(EditingPane)
        self.commentsList.setObjectName(u"commentsList")
        self.commentsList.setMaximumSize(QSize(16777215, 120))
        self.commentsList.setWordWrap(True)

        self.layout.addWidget(self.commentsList)

        self.commentRow = QHBoxLayout()
        self.commentRow.setObjectName(u"commentRow")
        self.commentEdit = QLineEdit(EditingPane)
        self.commentEdit.setObjectName(u"commentEdit")

        self.commentRow.addWidget(self.commentEdit)

        self.addCommentButton = QPushButton(EditingPane)
        self.addCommentButton.setObjectName(u"addCommentButton")

        self.commentRow.addWidget(self.addCommentButton)

        self.commentRow.setStretch(0, 1)

        self.layout.addLayout(self.commentRow)

        self.layout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.statusTitle.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EditingPane)

        QMetaObject.connectSlotsByName(EditingPane)
    # setupUi

    def retranslateUi(self, EditingPane):
        self.statusTitle.setText(QCoreApplication.translate("EditingPane", u"Status:", None))
        self.sourcesTitle.setText(QCoreApplication.translate("EditingPane", u"Sources:", None))
#if QT_CONFIG(tooltip)
        self.linkCombo.setToolTip(QCoreApplication.translate("EditingPane", u"Record that the paragraph comes from a session", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unlinkCombo.setToolTip(QCoreApplication.translate("EditingPane", u"Remove a session linked directly (sessions of promoted items stay while the item is linked)", None))
#endif // QT_CONFIG(tooltip)
        self.commentsTitle.setText(QCoreApplication.translate("EditingPane", u"Comments", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("EditingPane", u"Add a comment\u2026", None))
        self.addCommentButton.setText(QCoreApplication.translate("EditingPane", u"Add", None))
        pass
    # retranslateUi

