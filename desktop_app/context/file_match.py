"""Which indexed file a request is in, for clients that send no file name.

llama.vscode and the Roblox Studio plugin send only the text around the cursor. The lines near
the cursor are looked up by fingerprint in the repository's index; the file holding most of them
is the one, when it holds enough of them to be sure and clearly more than any other file. A
script that exists only in Studio matches nothing, and the request goes on without a file.
"""

from __future__ import annotations

from collections import Counter

from desktop_app.context.repo_index import RepoIndex, line_fingerprint

PREFIX_LINES = 40  # the lines looked at above the cursor
SUFFIX_LINES = 20  # and below it
MIN_MATCHES = 3  # fewer distinctive lines than this in common is chance
MIN_SHARE = 0.5  # of the request's distinctive lines, the share the file must hold
# A line found in more files than this (a licence header, a common import) tells nothing.
MAX_FILES_PER_LINE = 8


def locate_file(index: RepoIndex, prefix: str, suffix: str) -> str | None:
    """The repository-relative path of the file the cursor is in, or None."""
    lines = prefix.split("\n")[-PREFIX_LINES - 1 : -1] + suffix.split("\n")[1 : SUFFIX_LINES + 1]
    wanted = {fp for line in lines if (fp := line_fingerprint(line)) is not None}
    if not wanted:
        return None
    votes: Counter[str] = Counter()
    for fp in wanted:
        holders = index.by_line.get(fp, ())
        if len(holders) <= MAX_FILES_PER_LINE:
            votes.update(holders)
    ranked = votes.most_common(2)
    if not ranked:
        return None
    best, matches = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if matches < MIN_MATCHES or matches < MIN_SHARE * len(wanted) or matches == runner_up:
        return None
    return best
