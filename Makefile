# Two commands for a newcomer: `make run` serves the dashboard, `make test` runs every test tier.
# Each sets itself up (virtual environment, pinned packages, Chromium where the machine allows).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
HOST ?= 127.0.0.1
# The script Streamlit serves: server.py wraps the pages (app.py, pages/) in the HTTP rules and the
# data API. Every way of starting the dashboard (run, serve's replicas, the tests) uses this one;
# exported so the tests read it from the environment.
export APP_ENTRY ?= server.py
# make serve: local replicas (empty: one per core); UPSTREAMS=host1:8501,host2:8501 starts none and
# proxies to those; CERT and KEY (PEM files) switch on HTTP/2 over TLS.
REPLICAS ?=
UPSTREAMS ?=
CERT ?=
KEY ?=
export CHROMIUM ?= /usr/bin/chromium

.PHONY: run serve test lint check validate vendor bench lighthouse load clean

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
	$(BIN)/streamlit run $(APP_ENTRY) --server.port $(PORT) --server.address $(HOST)

## Many readers: REPLICAS Streamlit processes behind nginx on http://$(HOST):$(PORT) (PORT defaults to 8080 here).
## Ctrl-C stops everything it started. See README "Running it for many readers".
serve: PORT = 8080
serve: $(VENV)/.runtime-installed
	@bash scripts/ensure_nginx.sh
	$(BIN)/python scripts/serve.py --port $(PORT) --host $(HOST) --entry $(APP_ENTRY) \
		$(if $(REPLICAS),--replicas $(REPLICAS)) $(if $(UPSTREAMS),--upstreams $(UPSTREAMS)) \
		$(if $(CERT),--cert $(CERT) --key $(KEY))

# Two pytest workers: the browser tier on one (tests/conftest.py schedules it as one unit), the unit and app tiers on the other.
TEST_WORKERS ?= 2
## Unit, app and browser tests. Under CI=true a skipped or empty browser tier fails the run.
test: $(VENV)/.dev-installed
	@bash scripts/ensure_chromium.sh || true
	@bash scripts/ensure_gdal.sh || true
	@bash scripts/ensure_nginx.sh || true
	$(BIN)/python -m pytest tests -n $(TEST_WORKERS)

## 100 readers through make serve (2 replicas behind nginx) with a replica killed and bad clients; numbers in
## artifacts/load-serve.json (about 5 minutes on 2 cores). Not part of `make test`.
load: $(VENV)/.dev-installed
	@bash scripts/ensure_nginx.sh
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || \
		echo "no wrk (apt-get install wrk): the static flood falls back to a slower Python client"
	$(BIN)/python -m pytest tests/load -q -s

## Speed, payload, memory, reruns and Lighthouse against a static page, Streamlit's floor and a plain
## streamlit-folium page (under 6 min); see bench/README.md.
bench: $(VENV)/.dev-installed
	@bash scripts/ensure_chromium.sh || true
	$(BIN)/python bench/run.py

## Lighthouse (npm, pinned; installed into .tools/) on every page: desktop, unthrottled; scores and failing audits.
## Three rounds (about 10 minutes; LIGHTHOUSE_RUNS=1 for one): each verdict rests on the page's median run.
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
