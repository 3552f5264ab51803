"""First run: which language the screens speak, asked before anything else.

Three large buttons, each in its own language, so a person who reads only one of them finds
theirs; the keyboard works (Tab, then Enter, or the underlined letter).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from clinic_app.ui.i18n import UI_LANGUAGES
from clinic_app.ui.text_size import scaled

#: the question, in each language (shown all at once: the screens have no language yet)
QUESTION = {"en": "Which language should Clinic Companion use?",
            "es": "¿En qué idioma quiere usar Clinic Companion?",
            "fr": "Dans quelle langue voulez-vous utiliser Clinic Companion ?"}
HINT = {"en": "You can change it later in Settings.",
        "es": "Puede cambiarlo después en Configuración.",
        "fr": "Vous pourrez la changer plus tard dans Paramètres."}


MNEMONIC = {"en": "&English", "es": "E&spañol", "fr": "&Français"}


class LanguageDialog(QDialog):
    def __init__(self, current: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Language · Idioma · Langue")
        self.language = current
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        for code in UI_LANGUAGES:
            question = QLabel(f"{QUESTION[code]}  {HINT[code]}")
            question.setWordWrap(True)
            layout.addWidget(question)
        self.buttons: dict[str, QPushButton] = {}
        for code, name in UI_LANGUAGES.items():
            button = QPushButton(MNEMONIC[code])
            button.setObjectName(f"language_{code}")
            button.setAccessibleName(name)
            button.setFont(scaled(button.font(), 1.4))
            button.setMinimumHeight(button.sizeHint().height() * 2)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            layout.addWidget(button)
            self.buttons[code] = button
        self.buttons.get(current, self.buttons["en"]).setDefault(True)
        self.buttons.get(current, self.buttons["en"]).setFocus()

    def _choose(self, code: str) -> None:
        self.language = code
        self.accept()
