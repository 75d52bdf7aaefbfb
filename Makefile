# Two commands matter: `make run` and `make test`. Both work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# llama-cpp-python is built from source once; pip caches the wheel afterwards.
export CMAKE_ARGS ?= -DLLAVA_BUILD=OFF -DGGML_NATIVE=ON
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
export HF_HUB_DISABLE_TELEMETRY := 1

.PHONY: install starter run serve test check lint format screenshots translations package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

starter: install
	$(BIN)/python -m desktop_app.bundles.starter

run: starter
	$(BIN)/mezzo

serve: starter
	$(BIN)/mezzo serve

test: starter
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Needs Debian's xvfb trayer imagemagick x11-utils fonts-dejavu-core; writes docs/screenshots/.
screenshots: starter
	$(BIN)/python packaging/screenshots.py

# Refresh resources/translations/*.ts from the tr() strings in the UI, then build the .qm files Qt
# loads. Translate new strings in Qt Linguist (`$(BIN)/pyside6-linguist FILE.ts`) in between.
LANGUAGES := de es fr ja pt_BR
translations: install
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -target-language $$lang \
			$$(find desktop_app/ui -name '*.py' | sort) -ts resources/translations/mezzo_$$lang.ts \
			|| exit 1; \
	done
	$(BIN)/pyside6-lrelease -silent $(foreach l,$(LANGUAGES),resources/translations/mezzo_$(l).ts)

# The app as one folder with Python, Qt, llama.cpp and the starter inside (PyInstaller), checked
# by running its own smoke test, then packed as dist/mezzo-VERSION-linux-x86_64.tar.gz and as
# dist/mezzo_VERSION_amd64.deb (needs dpkg-deb, from Debian's dpkg).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
package: starter
	$(BIN)/pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/mezzo.spec
	env -u MEZZO_STARTER_MODEL dist/mezzo/mezzo --smoke-test
	tar -C dist -czf dist/mezzo-$(VERSION)-linux-x86_64.tar.gz mezzo
	$(BIN)/python packaging/deb.py --dist dist/mezzo --version $(VERSION) --out dist

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: lint test

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
