"""The Roblox Studio plugin: where Studio looks for plugins, and putting Mezzo's there.

Studio loads every model file in its plugins folder when it starts, so installing is writing one
Roblox XML model (.rbxmx) there: a Script holding `Plugin.server.lua`, with one ModuleScript child
per other `.lua` file of the plugin's sources (shipped with Mezzo's data). Studio runs only on
Windows and macOS; the system, environment and home folder are parameters so that callers (and
tests) can name any of them.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from xml.sax.saxutils import escape

from desktop_app.base.errors import (
    PluginDiskFullError,
    PluginFolderReadOnlyError,
    StudioNotFoundError,
)
from desktop_app.base.files import atomic_write_text
from desktop_app.bundles.catalog import resources_dir

PLUGIN_FILE = "Mezzo.rbxmx"
PLUGIN_NAME = "Mezzo"
MAIN_SCRIPT = "Plugin.server.lua"
MAC_APP = Path("/Applications/RobloxStudio.app")

# The header and the two External lines are what Studio itself writes when it saves a model.
_HEADER = (
    '<roblox xmlns:xmime="http://www.w3.org/2005/05/xmlmime" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://www.roblox.com/roblox.xsd" version="4">'
)


class StudioStatus(StrEnum):
    """Whether Roblox Studio is on this computer, as far as its folders tell."""

    INSTALLED = "installed"
    NOT_INSTALLED = "not installed"
    UNSUPPORTED_SYSTEM = "unsupported system"  # Studio runs on Windows and macOS only


def shipped_sources() -> Path:
    """The plugin's Lua files as Mezzo ships them."""
    return resources_dir() / "clients" / "roblox-studio"


def _roblox_folder(system: str, environ: Mapping[str, str], home: Path) -> Path | None:
    """The folder Studio keeps its plugins under, which it creates on first start."""
    if system == "Windows":
        local = environ.get("LOCALAPPDATA")
        return (Path(local) if local else home / "AppData" / "Local") / "Roblox"
    if system == "Darwin":
        return home / "Documents" / "Roblox"
    return None


def studio_plugins_folder(system: str, environ: Mapping[str, str], home: Path) -> Path | None:
    """Where Studio loads plugins from on `system` (platform.system()'s names); None where
    Studio does not run."""
    roblox = _roblox_folder(system, environ, home)
    return None if roblox is None else roblox / "Plugins"


def studio_status(system: str, environ: Mapping[str, str], home: Path) -> StudioStatus:
    roblox = _roblox_folder(system, environ, home)
    if roblox is None:
        return StudioStatus.UNSUPPORTED_SYSTEM
    # The app bundle counts on macOS: Studio may be installed but not yet started once.
    found = roblox.is_dir() or (system == "Darwin" and MAC_APP.is_dir())
    return StudioStatus.INSTALLED if found else StudioStatus.NOT_INSTALLED


def _cdata(text: str) -> str:
    # "]]>" would end the section early: close it after "]]" and open a new one for ">".
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _item(cls: str, referent: int, name: str, source: str, depth: int) -> list[str]:
    """An Item's opening lines and its properties; the caller closes it after any children."""
    pad = "\t" * depth
    disabled = [f'{pad}\t\t<bool name="Disabled">false</bool>'] if cls == "Script" else []
    return [
        f'{pad}<Item class="{cls}" referent="RBX{referent}">',
        f"{pad}\t<Properties>",
        *disabled,
        f'{pad}\t\t<Content name="LinkedSource"><null></null></Content>',
        f'{pad}\t\t<string name="Name">{escape(name)}</string>',
        f'{pad}\t\t<ProtectedString name="Source">{_cdata(source)}</ProtectedString>',
        f"{pad}\t</Properties>",
    ]


def plugin_model(sources: Path) -> str:
    """The plugin as a Roblox XML model: the Script "Mezzo" and its ModuleScripts."""
    main = (sources / MAIN_SCRIPT).read_text(encoding="utf-8")
    modules = sorted(p for p in sources.glob("*.lua") if p.name != MAIN_SCRIPT)
    lines = [_HEADER, "\t<External>null</External>", "\t<External>nil</External>"]
    lines += _item("Script", 0, PLUGIN_NAME, main, depth=1)
    for referent, module in enumerate(modules, start=1):
        lines += _item("ModuleScript", referent, module.stem, module.read_text("utf-8"), depth=2)
        lines.append("\t\t</Item>")
    lines += ["\t</Item>", "</roblox>", ""]
    return "\n".join(lines)


def install_plugin(folder: Path, sources: Path) -> Path:
    """Write the plugin into Studio's plugins `folder`, replacing an older copy; the path written.

    The plugins folder is created when Roblox's own folder exists (Studio makes it only once a
    plugin is saved). Either the whole new file lands or the old one stays.
    """
    if not folder.parent.is_dir():
        raise StudioNotFoundError(
            f"Roblox Studio is not installed here: {folder.parent} does not exist.", str(folder)
        )
    model = plugin_model(sources)
    needed = len(model.encode("utf-8"))
    with _written_into(folder):
        folder.mkdir(exist_ok=True)
        free = shutil.disk_usage(folder).free
    if free < needed:
        raise PluginDiskFullError(
            f"{folder} has {free} bytes free; the plugin needs {needed}.", str(folder)
        )
    target = folder / PLUGIN_FILE
    with _written_into(folder):
        atomic_write_text(target, model)
    return target


@contextmanager
def _written_into(folder: Path) -> Iterator[None]:
    """Translate the file system's refusals into the errors callers can word."""
    try:
        yield
    except PermissionError as exc:
        raise PluginFolderReadOnlyError(f"{folder} cannot be written to.", str(folder)) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise PluginDiskFullError(f"{folder} is full.", str(folder)) from exc
        raise
