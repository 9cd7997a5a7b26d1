"""Export formats: turning rows into CSV, XLSX, JSONL and CoNLL files and reading the span formats back.

Plain Python, no SQL and no Qt: the export service feeds these writers rows it streams
from storage, so every writer takes rows one at a time and keeps none of them.
"""

FORMATS = ("csv", "xlsx", "jsonl", "conll")
