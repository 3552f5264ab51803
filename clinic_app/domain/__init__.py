"""Domain: dataclasses and pure rules. No I/O, no Qt."""
