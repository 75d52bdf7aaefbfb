"""Load a layered application config: built-in defaults, a TOML file, then environment overrides.

Each layer may only set keys the defaults declare, so a typo in a config file is an error with
the file and key named, not a silently ignored setting.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

ENV_PREFIX = "MYAPP_"
DEFAULT_CONFIG_NAME = "myapp.toml"


class ConfigError(ValueError):
    """A config value that cannot be used, with where it came from."""

    def __init__(self, message: str, source: str, key: str) -> None:
        super().__init__(f"{source}: {key}: {message}")
        self.source = source
        self.key = key


@dataclass(frozen=True, slots=True)
class DatabaseConfig:
    url: str = "sqlite:///myapp.db"
    pool_size: int = 5
    timeout_s: float = 30.0
    echo: bool = False


@dataclass(frozen=True, slots=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    allowed_hosts: tuple[str, ...] = ("localhost",)


@dataclass(frozen=True, slots=True)
class AppConfig:
    debug: bool = False
    log_level: str = "INFO"
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    server: ServerConfig = field(default_factory=ServerConfig)


def _parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def _coerce(value: Any, default: Any, source: str, key: str) -> Any:
    """Turn `value` into the type of `default`; strings from the environment are parsed."""
    try:
        if isinstance(default, bool):
            return _parse_bool(value) if isinstance(value, str) else bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else value
            return tuple(str(item).strip() for item in items if str(item).strip())
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(str(exc), source, key) from exc


def _merge(config: Any, data: Mapping[str, Any], source: str, prefix: str = "") -> Any:
    known = {item.name: item for item in fields(config)}
    changes: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in known:
            raise ConfigError("unknown setting", source, dotted)
        current = getattr(config, key)
        if isinstance(value, Mapping):
            changes[key] = _merge(current, value, source, f"{dotted}.")
        else:
            changes[key] = _coerce(value, current, source, dotted)
    return replace(config, **changes)


def find_config_file(start: Path) -> Path | None:
    """Walk up from `start` to the filesystem root looking for the config file."""
    for folder in (start, *start.parents):
        candidate = folder / DEFAULT_CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_file(config: AppConfig, path: Path) -> AppConfig:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(exc), str(path), "<file>") from exc
    logger.info("config file: %s", path)
    return _merge(config, data, str(path))


def environment_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """MYAPP_SERVER__PORT=9000 becomes {"server": {"port": "9000"}}."""
    nested: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX) :].lower().split("__")
        target = nested
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = value
    return nested


def load_config(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    start: Path | None = None,
) -> AppConfig:
    """Defaults, then the file (given, or found above `start`), then the environment."""
    env = os.environ if environ is None else environ
    config = AppConfig()
    config_path = path or find_config_file(start or Path.cwd())
    if config_path is not None:
        config = load_file(config, config_path)
    overrides = environment_overrides(env)
    if overrides:
        config = _merge(config, overrides, "environment")
    if config.debug and config.log_level == "INFO":
        config = replace(config, log_level="DEBUG")
    return config
