"""Benchmarks of jobmail's backfill and polling against a real Dovecot (``make bench``).

``bench.messages`` writes a realistic, deterministic mailbox; ``bench.run`` loads it into a private
Dovecot on 127.0.0.1 and measures the raw IMAP floor, parse and classify alone, the full
``jobmail ingest`` backfill, a no-new-mail poll and the Prefect flow's overhead, in one run.
Not part of ``make test``: it takes minutes and needs root for Dovecot.
"""
