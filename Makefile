# guillemets — set-up, demo, tests and benchmarks.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
GOLD   ?= ../shared/gold

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test bench install clean browser screenshots plain-pip

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/guillemets extract examples/blinken-otan.txt --format table

# Debian's Chromium and its driver, for the browser tests (installed when missing).
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "installing chromium and chromium-driver (Debian packages) for the browser tests"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

screenshots: $(STAMP) browser
	$(BIN)/guillemets ingest $(GOLD)/dev.jsonl --db docs-corpus.sqlite
	$(BIN)/python scripts/screenshots.py --db docs-corpus.sqlite --out docs
	rm -f docs-corpus.sqlite*

# The package as users install it: a fresh venv, the pip that Python ships (no upgrade), `pip install .`.
PLAIN := $(shell mktemp -u /tmp/guillemets-plain-XXXXXX)
plain-pip:
	$(PYTHON) -m venv $(PLAIN)
	$(PLAIN)/bin/python -m pip --version
	$(PLAIN)/bin/python -m pip install --quiet .
	cd /tmp && $(PLAIN)/bin/python $(CURDIR)/scripts/plain_pip_check.py
	rm -rf $(PLAIN)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --gold $(GOLD)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
