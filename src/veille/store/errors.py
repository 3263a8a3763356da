"""The store's one error type: a message fit to show a user as is."""


class StoreError(Exception):
    """A predictable problem with the database (bad path, bad URL, unknown id, bad value)."""
