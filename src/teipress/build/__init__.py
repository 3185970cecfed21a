"""Edition builds: a whole edition folder to TEI, HTML and PDF in one command, redoing only
what changed, on every core.

    summary = build_edition(Path("editions/wuhai-daily"), Path("build/wuhai-daily"), jobs=2)
    print(summary.line())

Modules: :mod:`~teipress.build.layout` (the edition folder, shards),
:mod:`~teipress.build.manifest` (what was built from what), :mod:`~teipress.build.plan`
(the keys that decide a rebuild, where outputs go), :mod:`~teipress.build.workers` (the jobs
a worker process runs), :mod:`~teipress.build.builder` (planning, the pool, the summary).
"""

from teipress.build.builder import BuildSummary, build_edition
from teipress.build.layout import parse_shard
from teipress.build.workers import Problem

__all__ = ["BuildSummary", "Problem", "build_edition", "parse_shard"]
