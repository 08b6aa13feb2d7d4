# Generated from forms/conclusions_find_bar.ui by `python -m confdesk.ui.forms_compiler`: do not edit.
# ruff: noqa

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QToolButton,
    QWidget)

class Ui_FindBar(object):
    def setupUi(self, FindBar):
        if not FindBar.objectName():
            FindBar.setObjectName(u"FindBar")
        FindBar.resize(900, 34)
        self.layout = QHBoxLayout(FindBar)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 2, 0, 2)
        self.findEdit = QLineEdit(FindBar)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.findEdit)

        self.replaceEdit = QLineEdit(FindBar)
        self.replaceEdit.setObjectName(u"replaceEdit")

        self.layout.addWidget(self.replaceEdit)

        self.matchCaseCheck = QCheckBox(FindBar)
        self.matchCaseCheck.setObjectName(u"matchCaseCheck")

        self.layout.addWidget(self.matchCaseCheck)

        self.countLabel = QLabel(FindBar)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

        self.nextButton = QPushButton(FindBar)
        self.nextButton.setObjectName(u"nextButton")

        self.layout.addWidget(self.nextButton)

        self.replaceButton = QPushButton(FindBar)
        self.replaceButton.setObjectName(u"replaceButton")

        self.layout.addWidget(self.replaceButton)

        self.replaceAllButton = QPushButton(FindBar)
        self.replaceAllButton.setObjectName(u"replaceAllButton")

        self.layout.addWidget(self.replaceAllButton)

        self.closeButton = QToolButton(FindBar)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setText(u"\u2715")
        self.closeButton.setAutoRaise(True)

        self.layout.addWidget(self.closeButton)

        self.layout.setStretch(0, 1)
        self.layout.setStretch(1, 1)

        self.retranslateUi(FindBar)

        QMetaObject.connectSlotsByName(FindBar)
    # setupUi

    def retranslateUi(self, FindBar):
        self.findEdit.setPlaceholderText(QCoreApplication.translate("FindBar", u"Find", None))
        self.replaceEdit.setPlaceholderText(QCoreApplication.translate("FindBar", u"Replace with", None))
        self.matchCaseCheck.setText(QCoreApplication.translate("FindBar", u"Match case", None))
        self.nextButton.setText(QCoreApplication.translate("FindBar", u"Next", None))
        self.replaceButton.setText(QCoreApplication.translate("FindBar", u"Replace", None))
        self.replaceAllButton.setText(QCoreApplication.translate("FindBar", u"Replace All", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("FindBar", u"Close the find bar (Esc)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

