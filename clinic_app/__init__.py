"""Clinic Companion: an offline-first desktop app for small and rural clinics."""

__version__ = "0.1.0"
APP_NAME = "Clinic Companion"
