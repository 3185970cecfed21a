"""Renderers: a TEI page file read into a view model (``view``), then written as HTML or PDF."""
