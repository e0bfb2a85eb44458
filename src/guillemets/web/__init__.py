"""The web application and REST API: ``guillemets serve --db corpus.sqlite``."""
from .app import create_app

__all__ = ["create_app"]
