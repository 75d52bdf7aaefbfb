"""What a project is: a git repository, a Rojo or Godot project, or simply a folder.

Most Roblox creators have no git, so any folder can be a project. A folder belongs to the
innermost git repository around it; without one, to the innermost folder holding a Rojo
(`default.project.json`) or Godot (`project.godot`) project file; without either, it is a
project of its own. Git, where there is one, adds the name the project has elsewhere: its
remote URL. Adapter mappings and each request's repository context share this one rule.
"""

from __future__ import annotations

import functools
import os

from desktop_app.adapters.repos import find_repo_root, normalize_root, read_remotes

# Folders that make a project of their own without git: Roblox creators' Rojo projects and
# Godot projects often have no repository around them.
PROJECT_MARKERS = ("default.project.json", "project.godot")
MAX_MARKER_DEPTH = 12


@functools.lru_cache(maxsize=4096)
def project_root(folder: str) -> str | None:
    """The innermost git repository at or above `folder`, else the innermost folder holding a
    Rojo or Godot project file."""
    root = find_repo_root(folder)
    if root is not None:
        return root
    current = normalize_root(folder)
    for _ in range(MAX_MARKER_DEPTH):
        if any(os.path.isfile(os.path.join(current, marker)) for marker in PROJECT_MARKERS):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    return None


def project_of(folder: str) -> str | None:
    """The project a folder a person named belongs to: its repository or project file, else
    the folder itself. None when it is not a folder (missing, or a file)."""
    if not folder or not os.path.isdir(folder):
        return None
    return project_root(folder) or normalize_root(folder)


def remote_of(folder: str) -> str | None:
    """The remote URL (`host/path`, origin first) of the git repository around `folder`; None
    without git or without a remote."""
    root = find_repo_root(folder)
    remotes = read_remotes(root) if root is not None else ()
    return remotes[0] if remotes else None


def enclosing_folders(folder: str) -> tuple[str, ...]:
    """`folder` and the folders above it, innermost first, whose mapping may apply inside it.

    The walk stops at the innermost git repository's root: a repository inside another (a
    submodule, a plugin cloned into a game) is a codebase of its own and inherits nothing from
    the folders around it. Without git it goes up to the top of the disk.
    """
    current = normalize_root(folder)
    repo = find_repo_root(current)
    found = [current]
    while current != repo and (parent := os.path.dirname(current)) != current:
        current = parent
        found.append(current)
    return tuple(found)
