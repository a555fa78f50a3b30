"""Adapters: file readers, evidence sources and storage. They turn the outside world into core records."""
