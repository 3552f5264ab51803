"""``N_("...")`` marks a sentence made outside the screens (a service's message, a progress
step, a reason) that the screens show in their language.

It returns the text unchanged: the code below the screens stays free of Qt. The screens
translate what they show with ``clinic_app.ui.i18n.tr_label``; a message built from a
template (``N_("No answer {0} times ...").format(n)``) is matched back to its template there.
``scripts/update_translations.py`` finds every ``N_`` call with a literal string and lists it
for the translators.
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the gettext name translators know
    return text


def as_written(text: str) -> str:
    """The ``tr`` of code that writes for people (a PDF, a report) when no language is
    asked for: each text as written, in English. The screens pass ``tr_label`` instead."""
    return text
