"""teipress: Chinese newspaper pages from PDF text to TEI P5, HTML and print-ready PDF.

Diagnostics go to the ``teipress`` logger hierarchy (``teipress.convert``,
``teipress.build.builder`` …): warnings for inputs kept or shown only in part, errors for
inputs that could not be done, info for what was done; ``teipress.explain`` tells how each
page was read. A program using teipress sees them once it configures :mod:`logging`; the
``teipress`` command formats them itself.
"""

import logging

__version__ = "0.1.0"
EXPLAIN_LOGGER = "teipress.explain"  # how each page was read (``convert --explain``)

logging.getLogger("teipress").addHandler(logging.NullHandler())
