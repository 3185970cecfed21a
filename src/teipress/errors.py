"""Errors a user can act on, and the exit codes the CLI documents."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1  # some input was bad: not convertible, not valid, not renderable
EXIT_USAGE = 2  # the command line itself was wrong
EXIT_INTERNAL = 3  # a bug in teipress; --debug shows the traceback
EXIT_INTERRUPTED = 130


class TeipressError(Exception):
    """A failure explained in one line, shown to the user as ``teipress: error: …``."""

    exit_code = EXIT_FAILED


class InputError(TeipressError):
    """An input file that teipress cannot read as what it should be."""


class SystemFailure(TeipressError):
    """The machine failed, not the input (disk full, no permission): a build never
    remembers it as the page's problem, and tries again next time."""


class UsageError(TeipressError):
    """A command line that asks for something impossible."""

    exit_code = EXIT_USAGE


class InternalError(TeipressError):
    """A bug in teipress, caught where it showed so that the other inputs still get done."""

    exit_code = EXIT_INTERNAL
