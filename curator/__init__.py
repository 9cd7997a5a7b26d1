"""Curator: tag institutions and figures in Chinese news articles."""

__version__ = "0.1.0"
