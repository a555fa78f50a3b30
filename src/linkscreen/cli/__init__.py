"""The command-line interface: each command parses its flags and calls one service."""

from linkscreen.cli.app import app, main

__all__ = ["app", "main"]
