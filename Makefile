# Two commands for a newcomer: `make run` serves the dashboard, `make test` runs every test tier.
# Each sets itself up (virtual environment, pinned packages, Chromium where the machine allows).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
HOST ?= 127.0.0.1
export CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint check validate vendor bench lighthouse load clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamp files: reinstall only when the pinned requirements change.
$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

## Serve the dashboard on http://localhost:$(PORT) (HOST=0.0.0.0 to listen on every interface).
run: $(VENV)/.runtime-installed
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address $(HOST)

## Unit, app and browser tests. Under CI=true a skipped or empty browser tier fails the run.
test: $(VENV)/.dev-installed
	@bash scripts/ensure_chromium.sh || true
	$(BIN)/python -m pytest tests

## 25 browser sessions at once against one server; numbers in artifacts/load.json. Not part of `make test`.
load: $(VENV)/.dev-installed
	@bash scripts/ensure_chromium.sh || true
	$(BIN)/python -m pytest tests/load -q

## Speed, payload, memory, reruns and Lighthouse against a static page, Streamlit's floor and a plain
## streamlit-folium page (under 6 min); see bench/README.md.
bench: $(VENV)/.dev-installed
	@bash scripts/ensure_chromium.sh || true
	$(BIN)/python bench/run.py

## Lighthouse (npm, pinned; installed into .tools/) on every page: desktop, unthrottled; scores and failing audits.
lighthouse: $(VENV)/.dev-installed
	@bash scripts/ensure_chromium.sh || true
	$(BIN)/python bench/lighthouse.py

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: lint
	$(BIN)/mypy components pages app.py

## Check a data folder: make validate DATA=path/to/folder
validate: $(VENV)/.runtime-installed
	$(BIN)/python -m components.validate $(DATA)

## Refresh static/vendor from the npm registry (needs npm).
vendor: $(VENV)/.runtime-installed
	bash scripts/vendor_assets.sh
	$(BIN)/python scripts/bundle_map_js.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache artifacts .tools
