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
LLAMA_CPP_VERSION := $(shell sed -n 's/.*"llama-cpp-python==\(.*\)".*/\1/p' pyproject.toml)
# The package's llama.cpp runs on any x86-64 CPU: ggml's CPU code is built once per
# instruction-set level (plain x86-64 up to AVX-512) and the best one this CPU runs is chosen at start.
# pip's wheel cache ignores CMAKE_ARGS, so that build gets its own wheel folder, kept per machine
# outside the clone (about 10 minutes on 2 cores, once), and its own build environment; the
# development one in .venv keeps llama.cpp built for this machine.
PORTABLE_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON \
	-DGGML_CPU_ALL_VARIANTS=ON
PORTABLE_WHEELS := $(HOME)/.cache/mezzo/wheels/portable-llama-cpp-$(LLAMA_CPP_VERSION)
PACKAGE_VENV := build/package-venv
# The smoke test runs on the built program natively and, with Debian's qemu-user, on an old CPU:
# Nehalem (2008; SSE4.2, no AVX), the oldest the bundled NumPy and Qt run on (x86-64-v2), so
# llama.cpp must pick one of its oldest variants. PyInstaller's launcher restarts itself once
# with its library path set, and qemu-user does not follow a restart: it runs that second stage
# directly, in the environment the launcher gives it.
OLD_CPU := Nehalem
FROZEN_STAGE_ENV := _PYI_PARENT_PROCESS_LEVEL=-1 _PYI_ARCHIVE_FILE=$(CURDIR)/dist/mezzo/mezzo \
	LD_LIBRARY_PATH=$(CURDIR)/dist/mezzo/_internal

$(PORTABLE_WHEELS)/.built:
	CMAKE_ARGS='$(PORTABLE_CMAKE_ARGS)' $(PYTHON) -m pip wheel --quiet --no-cache-dir --no-deps \
		--no-binary llama-cpp-python llama-cpp-python==$(LLAMA_CPP_VERSION) -w $(PORTABLE_WHEELS)
	touch $@

$(PACKAGE_VENV)/.installed: pyproject.toml $(PORTABLE_WHEELS)/.built
	rm -rf $(PACKAGE_VENV)
	$(PYTHON) -m venv $(PACKAGE_VENV)
	$(PACKAGE_VENV)/bin/pip install --quiet --upgrade pip
	$(PACKAGE_VENV)/bin/pip install --quiet --find-links $(PORTABLE_WHEELS) \
		--only-binary llama-cpp-python -e . 'pyinstaller>=6.10'
	touch $@

package: $(PACKAGE_VENV)/.installed
	$(PACKAGE_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/mezzo.spec
	env -u MEZZO_STARTER_MODEL dist/mezzo/mezzo --smoke-test
	if command -v qemu-x86_64 >/dev/null; then \
		out=$$(env -u MEZZO_STARTER_MODEL $(FROZEN_STAGE_ENV) qemu-x86_64 -cpu $(OLD_CPU) \
			dist/mezzo/mezzo --smoke-test) && echo "$(OLD_CPU): $$out" || exit 1; \
		case "$$out" in *AVX*) echo "that ran on this CPU, not the emulated one"; exit 1;; esac; \
	else echo "qemu-x86_64 (Debian's qemu-user) not found: no smoke test on an old CPU"; fi
	tar -C dist -czf dist/mezzo-$(VERSION)-linux-x86_64.tar.gz mezzo
	$(PACKAGE_VENV)/bin/python packaging/deb.py --dist dist/mezzo --version $(VERSION) --out dist

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: lint test

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
