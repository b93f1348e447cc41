# networkapp: make run | make test | make bench | make bundle | make install-desktop
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean soak

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m networkapp $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# Longer random undo/redo walks than the test suite's (tests/ui/test_undo_stateful.py).
soak: $(STAMP)
	NETWORKAPP_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/ui/test_undo_stateful.py

bench: $(STAMP)
	$(PY) bench/run_all.py

lint: $(STAMP)
	$(PY) -m ruff check networkapp tests bench
	$(PY) -m mypy networkapp

clean:
	rm -rf $(VENV) build dist .pytest_cache

# Bundle and desktop integration (see build.spec, tools/desktop_integration.py).
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

.PHONY: bundle install-desktop uninstall-desktop
bundle: $(BUNDLE_STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec

install-desktop: $(STAMP)
	$(PY) tools/desktop_integration.py install $(DESKTOP_ARGS)

uninstall-desktop: $(STAMP)
	$(PY) tools/desktop_integration.py uninstall
