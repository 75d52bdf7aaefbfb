"""Which repository a file belongs to, and what its remotes are called.

A repository is known two ways. Locally, by its root: the nearest parent folder holding `.git`,
a folder in an ordinary clone and a file in a worktree or submodule, so a file in a submodule
belongs to the submodule (the innermost repository), not to the project around it. Anywhere,
by its remote URL: `https://github.com/acme/game.git` and `git@github.com:acme/game` are the
same repository, so URLs are compared in one normal form, `host/path`, with the host in lower
case and no user, password, port or `.git`. Credentials in a URL never reach the mapping file.

Nothing here runs git: a lookup is a few `lstat` calls and one small file read, and the
resolver caches both.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

logger = logging.getLogger(__name__)

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# scp-like ssh: [user@]host:path. One-letter hosts are Windows drives ("C:\src"), not hosts.
_SCP = re.compile(r"^(?:[^@/\\\s]+@)?([^:/\\\s]{2,}):(?!//)(.+)$")
_SECTION = re.compile(r'^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]')
_URL_KEY = re.compile(r"^\s*url\s*=\s*(.*?)\s*$", re.IGNORECASE)


def normalize_remote(url: str) -> str | None:
    """`host/owner/repo` for any https, ssh, git or scp-like URL; None for anything else."""
    text = url.strip()
    if _SCHEME.match(text):
        parts = urlsplit(text)
        if parts.scheme.lower() == "file":
            return None
        host, path = (parts.hostname or "").lower(), unquote(parts.path)
    elif match := _SCP.match(text):
        host, path = match.group(1).lower(), match.group(2)
    else:
        return None
    path = re.sub(r"/+", "/", path.replace("\\", "/")).strip("/")
    if path.lower().endswith(".git"):
        path = path[:-4].rstrip("/")
    if not host or not path:
        return None
    return f"{host}/{path}"


def local_path(text: str) -> str | None:
    """An absolute, normalised path from a path or a `file://` URI; None for relative paths,
    which mean nothing to a server whose working folder is not the editor's."""
    text = text.strip()
    if text.lower().startswith("file://"):
        text = url2pathname(unquote(urlsplit(text).path))
    if not text or not os.path.isabs(text):
        return None
    return os.path.normpath(text)


def normalize_root(path: str | Path) -> str:
    """The form roots are stored and compared in: symlinks resolved, case folded on Windows."""
    return os.path.normcase(os.path.realpath(path))


def find_repo_root(start: str) -> str | None:
    """The innermost folder at or above `start` that holds `.git` (folder or file)."""
    current = normalize_root(start)
    while True:
        if os.path.lexists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _config_file(root: str) -> str:
    """`.git/config`, or for a worktree or submodule the config its `gitdir:` points at."""
    dot_git = os.path.join(root, ".git")
    if not os.path.isfile(dot_git):
        return os.path.join(dot_git, "config")
    with open(dot_git, encoding="utf-8") as handle:
        line = handle.readline().strip()
    if not line.startswith("gitdir:"):
        return os.path.join(dot_git, "config")
    git_dir = os.path.normpath(os.path.join(root, line[len("gitdir:") :].strip()))
    common = os.path.join(git_dir, "commondir")  # worktrees share the main clone's config
    if os.path.isfile(common):
        with open(common, encoding="utf-8") as handle:
            git_dir = os.path.normpath(os.path.join(git_dir, handle.read().strip()))
    return os.path.join(git_dir, "config")


def read_remotes(root: str) -> tuple[str, ...]:
    """The normalised URLs of a repository's remotes, `origin` first."""
    try:
        with open(_config_file(root), encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return ()
    found: list[tuple[bool, str]] = []
    remote: str | None = None
    for line in lines:
        if section := _SECTION.match(line):
            kind, name = section.group(1).lower(), section.group(2)
            remote = name if kind == "remote" and name is not None else None
        elif remote is not None and (value := _URL_KEY.match(line)):
            url = normalize_remote(value.group(1).strip('"'))
            if url is not None:
                found.append((remote != "origin", url))
    ordered = [url for _, url in sorted(found, key=lambda item: item[0])]
    return tuple(dict.fromkeys(ordered))
