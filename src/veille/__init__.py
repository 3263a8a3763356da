"""Veille: conflict-event monitoring from news reports."""

__version__ = "0.1.0"
