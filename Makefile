# One task runner: `make demo`, `make test`, `make lint`, `make bench`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test quick lint bench install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The stamp re-installs only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/storylens demo

# Everything, Spark included: what CI runs.
test: install
	$(BIN)/python -m pytest -q

# The fast loop while working: no Spark job (CI still runs those through `make test`).
quick: install
	$(BIN)/python -m pytest -q -m 'not spark'

lint: install
	$(BIN)/ruff check src tests benchmarks

# Each benchmark prints storylens beside the baseline its issue names, measured in one run.
bench: install
	$(BIN)/python benchmarks/compare.py
	$(BIN)/python benchmarks/alignment.py
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/quotes.py
	$(BIN)/python benchmarks/findings_report.py
	$(BIN)/python benchmarks/minhash.py
	$(BIN)/python benchmarks/clustering.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/web_story.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
