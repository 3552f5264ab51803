"""Clinic Companion's tests: a package, so ``tests.*`` imports never pick up the top-level
``tests`` package a dependency installs (textstat 0.7.8 ships one)."""
