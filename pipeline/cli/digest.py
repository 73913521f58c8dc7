"""``jobmail digest``: the weekly digest as JSON on stdout, or HTML/text files, and sending it."""

from __future__ import annotations

import argparse
import sys

from pipeline import digest_job

FORMAT_CHOICES = ("json", "html", "text", "markdown")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "digest",
        help="build the weekly digest (JSON, HTML or text) and optionally send it",
        description="Build the digest of one ISO week from the database: label counts, where the "
        "search leaks, open feedback requests and the one focus area. --format json prints the "
        "facts to stdout; html, text and markdown write a file to --out and print its path. "
        "--send mails it (HTML with a text alternative) to [digest] to, once per week.",
    )
    p.add_argument(
        "--week",
        metavar="YYYY-Www",
        help="ISO week to report, e.g. 2026-W47 (default: the last complete week in "
        "[digest] timezone)",
    )
    p.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default=None,
        help="json: print the facts; html/text/markdown: write a file (default: json, "
        "or nothing extra with --send)",
    )
    p.add_argument(
        "--out",
        metavar="DIR",
        help="folder for html/text/markdown files (default: [digest] out_dir)",
    )
    p.add_argument(
        "--send",
        action="store_true",
        help="send the digest over [smtp] to [digest] to (skipped if already sent)",
    )


def run(args: argparse.Namespace) -> int:
    settings = args.settings
    week = digest_job.resolve_week(settings, args.week).label  # validates --week first
    fmt = args.format or (None if args.send else "json")
    if fmt == "json":
        facts = digest_job.build_digest(settings, week)
        sys.stdout.write(digest_job.facts_json(facts))
    elif fmt is not None:
        for path in digest_job.write_digest(settings, week, formats=(fmt,), out_dir=args.out):
            print(path)
    if args.send:
        sent = digest_job.send_digest(settings, week)
        recipients = ", ".join(settings.digest.to)
        message = (
            f"digest {week} sent to {recipients}"
            if sent
            else f"digest {week} was already sent to {recipients}; not sent again"
        )
        print(message, file=sys.stderr if fmt == "json" else sys.stdout)
    return 0
