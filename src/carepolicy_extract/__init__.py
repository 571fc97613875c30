"""carepolicy-extract: numbered policy measures from Chinese web pages, as validated records."""

__version__ = "0.1.0"

# before any stage compiles its rule patterns: each shared character class is built once
from . import recharset  # noqa: E402

recharset.install()
