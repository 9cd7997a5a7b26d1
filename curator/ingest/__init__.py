"""Readers for each article format, cleaning and metadata."""
