"""Stores: the embedded SQLite corpus (articles, attributions, speakers, full-text indexes)."""
from .sqlite import Store, StoreError, content_hash

__all__ = ["Store", "StoreError", "content_hash"]
