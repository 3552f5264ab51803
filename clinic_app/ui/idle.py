"""The idle lock: after some minutes without keyboard or mouse input, the session locks.

One application-wide event filter notes input; a single-shot timer restarts on each.
The interval is given in milliseconds so tests can use a short one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``interval_ms`` without input, while started."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def start(self, interval_ms: int | None = None) -> None:
        if interval_ms is not None:
            self.timer.setInterval(interval_ms)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def watching(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # input: start counting again
        return False

    def close(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
