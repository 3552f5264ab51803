"""Sneakernet bundles at the hub: the clinic's own format and code (``clinic_app/sync/bundle.py``
describes the file), so a bundle is checked the same way at both ends — a truncated or altered
bundle, or an altered manifest, is refused whole — and a return bundle carries the same digests
(``sha256`` of the changes and ``manifest_sha256`` of the manifest) a clinic checks."""

from __future__ import annotations

from clinic_app.sync.bundle import FORMAT, SUFFIX, read_bundle, write_bundle
from clinic_app.sync.bundle import BundleRefused as BundleError

__all__ = ["FORMAT", "SUFFIX", "BundleError", "read_bundle", "write_bundle"]
