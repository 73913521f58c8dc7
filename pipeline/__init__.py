"""jobmail: read-only bookkeeping for a job search.

The package is importable without Prefect: ``pipeline.jobs`` holds the plain-Python steps that the
CLI (``pipeline.cli``) and the Prefect flows (``flows/``) both call.
"""

__version__ = "0.1.0"
