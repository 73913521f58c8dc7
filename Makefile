# jobmail: `make` lists the targets. Recipes call the installed CLI or `python -m`, so nothing
# important lives only here.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
TOOLS := .tools
UV := $(shell command -v uv 2>/dev/null || echo $(TOOLS)/bin/uv)
export UV_PYTHON_DOWNLOADS := never
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90
N ?= 10000
CONFIG ?=
CONFIG_ARG := $(if $(CONFIG),--config $(CONFIG),)

.PHONY: help install demo test test-fast lint ingest digest serve train evaluate eval-blind corpus corpus-stats bench clean

help: ## list the targets
	@echo "jobmail make targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-13s %s\n", $$1, $$2}'
	@echo "Variables: CONFIG=path/to/jobmail.toml (else \$$JOBMAIL_CONFIG), N=messages for bench"

$(TOOLS)/bin/uv:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==0.13.8

$(BIN)/jobmail: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

install: $(BIN)/jobmail ## create .venv with jobmail and its pinned dependencies (uv.lock)

demo: install ## ingest the embedded sample mailbox over real IMAP and write its weekly digest
	$(BIN)/jobmail demo

test: install ## run the test suite (real Dovecot, pymap, aiosmtpd, DuckDB, trained model)
	$(BIN)/python -m pytest

test-fast: install ## the test suite without the slow tests
	$(BIN)/python -m pytest -m "not slow"

lint: install ## ruff over the code
	$(BIN)/ruff check pipeline flows tests

ingest: install ## fetch new mail once (CONFIG=...)
	$(BIN)/jobmail $(CONFIG_ARG) ingest

digest: install ## write last week's digest as HTML (CONFIG=...)
	$(BIN)/jobmail $(CONFIG_ARG) digest --format html

serve: install ## run the ingest and weekly-digest schedules via a local Prefect server (CONFIG=...)
	$(BIN)/jobmail $(CONFIG_ARG) serve

corpus: install ## rebuild models/corpus/messages.jsonl from the generators
	$(BIN)/python models/corpus/build.py

corpus-stats: install ## corpus size and diversity figures
	$(BIN)/python models/corpus/stats.py

train: install ## train the classifier (fixed seed) and release it to models/release
	$(BIN)/jobmail train

evaluate: install ## held-out-writer P/R/F1, macro-F1, confusions; demo mailbox
	$(BIN)/jobmail evaluate

eval-blind: install ## score the blind evaluation sets of models/eval (never trained on)
	@for s in setA setB setC setD setE setF setG setH setI; do echo "== $$s"; $(BIN)/python bench/eval_external.py models/eval/$$s --quiet || exit 1; done

bench: install ## backfill and poll benchmarks against a local Dovecot (N=10000)
	$(BIN)/python -m bench.run --messages $(N)

clean: ## remove the virtualenv, caches and local build output
	rm -rf $(VENV) $(TOOLS) .pytest_cache .ruff_cache models/corpus/derived models/training
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
