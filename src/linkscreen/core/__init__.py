"""Pure domain: no I/O, no frameworks, no imports from adapters or interfaces."""
