"""The ``jobmail`` command line: the only place that prints and exits.

Each command lives in its own module here with ``register(subparsers)`` and ``run(args) -> int``.
A module may set ``SETTINGS = "required" | "optional" | "none"`` (default "required"): ``main``
loads the settings once and passes them as ``args.settings`` (None when optional and absent), runs
the command and turns every ``JobmailError`` into one line on stderr and the error's exit code;
never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from pipeline import __version__
from pipeline.errors import JobmailError
from pipeline.settings import ENV_CONFIG, Settings, config_path, load_settings

#: Command modules, in the order ``jobmail --help`` lists them.
COMMANDS: tuple[str, ...] = (
    "ingest", "classify", "reclassify", "digest", "query", "train", "evaluate", "serve", "demo",
    "status",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobmail",
        description="Read-only bookkeeping for a job search: fetch mail over IMAP, classify it, "
        "keep it in DuckDB, and write a weekly digest.",
    )
    parser.add_argument("--config", metavar="PATH",
                        help=f"configuration file (default: ${ENV_CONFIG}, "
                        "else ~/.config/jobmail/jobmail.toml)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log output (-vv for debug)")
    parser.add_argument("--version", action="version", version=f"jobmail {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        if module is not None:
            module.register(sub)
    return parser


def _command_module(name: str):
    try:
        return importlib.import_module(f"pipeline.cli.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"pipeline.cli.{name}":
            return None  # a command whose module is not installed in this build
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    module = _command_module(args.command)
    try:
        args.settings = _settings_for(module, args.config)
        return int(module.run(args) or 0)
    except JobmailError as exc:
        print(f"jobmail: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("jobmail: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `jobmail query ... | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _settings_for(module, explicit: str | None) -> Settings | None:
    mode = getattr(module, "SETTINGS", "required")
    if mode == "none":
        return None
    if mode == "optional" and not explicit and not config_path(None).exists():
        return None
    return load_settings(explicit)
