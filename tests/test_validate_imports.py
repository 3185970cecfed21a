"""`teipress validate` starts fast: it never imports the converter's or renderers' heavy modules."""

from __future__ import annotations

import subprocess
import sys

from conftest import EXAMPLE_TEI, ROOT

HEAVY = ("jieba", "weasyprint")


def test_validate_command_imports_neither_jieba_nor_weasyprint():
    """Run the real command in-process, then look at what it imported."""
    probe = (
        "import sys\n"
        "from teipress.cli import main\n"
        "try:\n"
        f"    main(['validate', {str(EXAMPLE_TEI)!r}])\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "assert 'teipress.validate.checks' in sys.modules\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src")}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    assert done.stdout.splitlines()[0] == "1 file: 1 valid, 0 invalid (0 errors)"
