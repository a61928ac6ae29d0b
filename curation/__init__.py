"""curate: German news articles -> gold datasets via Label Studio."""

__version__ = "0.1.0"
