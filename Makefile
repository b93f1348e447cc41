# networkapp: make run | make test | make bench | make bundle | make install-desktop
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean soak translations

# Translations (docs/translating.md): the .ts catalogues are in the repository, the .qm
# files are built from them here, before anything runs, and never committed.
CATALOGUES := $(wildcard resources/i18n/networkapp_*.ts)
QM := $(patsubst resources/i18n/%.ts,networkapp/translations/%.qm,$(CATALOGUES))

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(PY) -m networkapp $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# Longer random undo/redo walks than the test suite's (tests/ui/test_undo_stateful.py).
soak: $(STAMP) $(QM)
	NETWORKAPP_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/ui/test_undo_stateful.py

bench: $(STAMP) $(QM)
	$(PY) bench/run_all.py

$(QM): networkapp/translations/networkapp_%.qm: resources/i18n/networkapp_%.ts $(STAMP)
	$(PY) tools/translations.py release $*

# After adding or changing strings: bring the catalogues in step with the sources.
translations: $(STAMP)
	$(PY) tools/translations.py update

lint: $(STAMP)
	$(PY) -m ruff check networkapp tests bench
	$(PY) -m mypy networkapp

clean:
	rm -rf $(VENV) build dist .pytest_cache networkapp/translations

# Bundle and desktop integration (see build.spec, tools/desktop_integration.py).
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

.PHONY: bundle install-desktop uninstall-desktop
bundle: $(BUNDLE_STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --log-level WARN build.spec

install-desktop: $(STAMP) $(QM)
	$(PY) tools/desktop_integration.py install $(DESKTOP_ARGS)

uninstall-desktop: $(STAMP) $(QM)
	$(PY) tools/desktop_integration.py uninstall
