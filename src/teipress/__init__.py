"""teipress: Chinese newspaper pages from PDF text to TEI P5, HTML and print-ready PDF."""

__version__ = "0.1.0"
