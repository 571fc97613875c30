"""carepolicy-extract: numbered policy measures from Chinese web pages, as validated records."""

__version__ = "0.1.0"
