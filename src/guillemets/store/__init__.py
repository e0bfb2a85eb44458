"""Stores: the embedded SQLite corpus (articles, attributions, speakers, full-text indexes)."""
from .sqlite import Store, content_hash

__all__ = ["Store", "content_hash"]
