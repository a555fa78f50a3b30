"""linkscreen: decide which LinkedIn connection requests to accept, locally."""

__version__ = "0.1.0"
