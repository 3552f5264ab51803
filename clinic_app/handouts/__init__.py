"""Printed handouts for patients (large type, plain language). Imports reportlab: load lazily."""
