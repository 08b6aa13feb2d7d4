"""Inscribe a delegation or observer: who, who speaks for it, at what level, reply or not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from confdesk.plenary.speakers_labels import CONTEXT, LEVEL_LABELS
from confdesk.plenary.speakers_models import SpeakerLevel
from confdesk.plenary.speakers_service import Delegation, FloorService, InscriptionData


class InscribeDialog(QDialog):
    """Delegations and their people come from the registrations; any name may be typed."""

    def __init__(self, service: FloorService, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inscribe a Speaker"))
        self.service = service
        self.delegations: list[Delegation] = service.delegations(language)
        self.people: list[tuple[int, str, SpeakerLevel]] = []
        self.delegation = QComboBox()
        self.delegation.setObjectName("inscribeDelegation")
        self.delegation.setEditable(True)
        self.delegation.addItem("", None)
        for d in self.delegations:
            self.delegation.addItem(d.name, d.organisation_id)
        self.delegation.setCurrentIndex(0)
        self.speaker = QComboBox()
        self.speaker.setObjectName("inscribeSpeaker")
        self.speaker.setEditable(True)
        self.level = QComboBox()
        self.level.setObjectName("inscribeLevel")
        for level in SpeakerLevel:
            self.level.addItem(QCoreApplication.translate(CONTEXT, LEVEL_LABELS[level]),
                               level.value)
        self.reply = QCheckBox(self.tr("Right of reply (heard after every other speaker)"))
        self.reply.setObjectName("inscribeReply")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Delegation or observer:"), self.delegation)
        form.addRow(self.tr("&Speaker:"), self.speaker)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow("", self.reply)
        form.addRow(buttons)
        self.delegation.currentIndexChanged.connect(self._delegation_chosen)
        self.speaker.currentIndexChanged.connect(self._speaker_chosen)

    def _delegation_chosen(self, index: int) -> None:
        organisation_id = self.delegation.itemData(index)
        self.speaker.clear()
        self.people = self.service.people_of(organisation_id) if organisation_id else []
        chosen = next((d for d in self.delegations if d.organisation_id == organisation_id),
                      None)
        if chosen is not None:
            self.level.setCurrentIndex(self.level.findData(chosen.level.value))
        for person_id, text, _level in self.people:
            self.speaker.addItem(text, person_id)
        if self.people:
            self.speaker.setCurrentIndex(0)
            self._speaker_chosen(0)

    def _speaker_chosen(self, index: int) -> None:
        if 0 <= index < len(self.people):
            self.level.setCurrentIndex(self.level.findData(self.people[index][2].value))

    def set_values(self, delegation: str, speaker: str = "",
                   level: SpeakerLevel | None = None, reply: bool = False) -> None:
        """Fill the dialog (tests, and a later "inscribe again")."""
        found = self.delegation.findText(delegation)
        if found >= 0:
            self.delegation.setCurrentIndex(found)
        else:
            self.delegation.setEditText(delegation)
        if speaker:
            self.speaker.setEditText(speaker)
        if level is not None:
            self.level.setCurrentIndex(self.level.findData(level.value))
        self.reply.setChecked(reply)

    def data(self) -> InscriptionData:
        name = self.delegation.currentText().strip()
        index = self.delegation.findText(name)
        organisation_id = self.delegation.itemData(index) if index > 0 else None
        speaker = self.speaker.currentText().strip()
        person = self.speaker.findText(speaker)
        participant_id = self.speaker.itemData(person) if person >= 0 else None
        return InscriptionData(name, SpeakerLevel(self.level.currentData()), speaker,
                               self.reply.isChecked(), organisation_id=organisation_id,
                               participant_id=participant_id)
