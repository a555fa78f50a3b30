"""The web app and HTTP API: `linkscreen serve`."""

from linkscreen.web.app import create_app

__all__ = ["create_app"]
