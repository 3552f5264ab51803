"""One small helper to run work off the GUI thread (Anki's QueryOp, Picard's run_task).

``runner.run(fn, on_done, on_error)`` runs ``fn()`` on a QThreadPool worker; the callbacks
run on the GUI thread. Workers never touch widgets. Tests may construct the runner with
``immediate=True`` to run tasks synchronously.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            logger.debug("task failed: %s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables on a thread pool; reports back on the GUI thread."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, immediate: bool = False,
                 max_threads: int = 2) -> None:
        super().__init__(parent)
        self.immediate = immediate
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        # Workers live as long as the app: each keeps one database connection, and a pool
        # that let idle threads expire would open a new one after every pause.
        self.pool.setExpiryTimeout(-1)
        self._running: set[_Signals] = set()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        if self.immediate:
            try:
                result = fn()
            except Exception as exc:
                self._fail(exc, on_error)
                return
            if on_done:
                on_done(result)
            return
        signals = _Signals()
        self._running.add(signals)  # keep the QObject alive until the task reports

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._running.discard(signals)
            self.busy_changed.emit(len(self._running))
            if callback:
                callback(value)

        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(lambda e: self._fail(e, on_error), exc))
        self.busy_changed.emit(len(self._running))
        self.pool.start(_Task(fn, signals))

    def _fail(self, exc: Exception, on_error: Callable[[Exception], None] | None) -> None:
        if on_error:
            on_error(exc)
        else:
            logger.error("background task failed: %s", exc)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (shutdown and tests)."""
        return self.pool.waitForDone(msecs)
