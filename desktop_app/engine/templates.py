"""FIM templates: which marker tokens a model family expects, and in which order.

Prompts are assembled as token lists. Marker ids come from the model's own vocabulary
(`llama_vocab_fim_*`, or a vocab-text lookup for families llama.cpp does not detect); user text
is always tokenized with `special=False`, so `<|fim_prefix|>` typed in a file stays plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from desktop_app.base.errors import TemplateError


class FimFamily(StrEnum):
    QWEN = "qwen"  # <|fim_prefix|> P <|fim_suffix|> S <|fim_middle|>, repo-level context
    STARCODER = "starcoder"  # <fim_prefix> P <fim_suffix> S <fim_middle>
    CODELLAMA = "codellama"  # BOS ▁<PRE> P ▁<SUF> S ▁<MID>
    DEEPSEEK = "deepseek"  # BOS <｜fim▁begin｜> P <｜fim▁hole｜> S <｜fim▁end｜>
    CODESTRAL = "codestral"  # BOS [SUFFIX] S [PREFIX] P  (suffix first, no middle marker)
    GENERIC = "generic"  # a PSM model whose markers we only know by id
    INSTRUCTION = "instruction"  # "Complete the … code. Output only the middle …"
    CONTINUATION = "continuation"  # plain prefix continuation with suffix-aware stopping


# Marker texts per family, as they appear in vocabularies.
MARKER_TEXTS: dict[FimFamily, dict[str, tuple[str, ...]]] = {
    FimFamily.QWEN: {
        "pre": ("<|fim_prefix|>",),
        "suf": ("<|fim_suffix|>",),
        "mid": ("<|fim_middle|>",),
        "pad": ("<|fim_pad|>",),
        "rep": ("<|repo_name|>", "<|fim_repo|>"),
        "sep": ("<|file_sep|>",),
        "eot": ("<|endoftext|>", "<|im_end|>"),
    },
    FimFamily.STARCODER: {
        "pre": ("<fim_prefix>",),
        "suf": ("<fim_suffix>",),
        "mid": ("<fim_middle>",),
        "pad": ("<fim_pad>",),
        "rep": ("<repo_name>", "<reponame>"),
        "sep": ("<file_sep>",),
        "eot": ("<|endoftext|>",),
    },
    FimFamily.CODELLAMA: {
        "pre": ("▁<PRE>", "<PRE>"),
        "suf": ("▁<SUF>", "<SUF>"),
        "mid": ("▁<MID>", "<MID>"),
        "eot": ("▁<EOT>", "<EOT>"),
    },
    FimFamily.DEEPSEEK: {
        "pre": ("<｜fim▁begin｜>",),
        "suf": ("<｜fim▁hole｜>",),
        "mid": ("<｜fim▁end｜>",),
        "eot": ("<|EOT|>", "<｜end▁of▁sentence｜>"),
    },
    FimFamily.CODESTRAL: {"pre": ("[PREFIX]",), "suf": ("[SUFFIX]",), "mid": ("[MIDDLE]",)},
}

NAME_HINTS: tuple[tuple[str, FimFamily], ...] = (
    ("codestral", FimFamily.CODESTRAL),
    ("qwen", FimFamily.QWEN),
    ("starcoder", FimFamily.STARCODER),
    ("codellama", FimFamily.CODELLAMA),
    ("code llama", FimFamily.CODELLAMA),
    ("deepseek", FimFamily.DEEPSEEK),
)

INSTRUCTION_TEXT = (
    "Complete the {language} code. Output only the middle, between the prefix and suffix."
    "\n\nPrefix:\n{prefix}\n\nSuffix:\n{suffix}\n\nMiddle:"
)
# Stops from the Roblox Studio plugin: the model must not run into a synthetic next row.
INSTRUCTION_STOPS: tuple[str, ...] = ("\n\nPrefix:", "\n\nSuffix:")


@dataclass(frozen=True, slots=True)
class FimTokens:
    """Marker token ids; -1 where the vocabulary has none."""

    pre: int = -1
    suf: int = -1
    mid: int = -1
    pad: int = -1
    rep: int = -1
    sep: int = -1
    eot: tuple[int, ...] = ()

    @property
    def has_fim(self) -> bool:
        return self.pre >= 0 and self.suf >= 0

    @property
    def has_repo_context(self) -> bool:
        return self.rep >= 0 and self.sep >= 0

    def markers(self) -> frozenset[int]:
        ids = (self.pre, self.suf, self.mid, self.pad, self.rep, self.sep, *self.eot)
        return frozenset(i for i in ids if i >= 0)


@dataclass(frozen=True, slots=True)
class FimTemplate:
    family: FimFamily
    tokens: FimTokens = field(default_factory=FimTokens)
    bos: int = -1  # prepended when the family (or the vocab) wants it
    chat_wrap: tuple[int, int] | None = None  # (<|im_start|>, <|im_end|>) for INSTRUCTION

    @property
    def is_fim(self) -> bool:
        return self.family not in (FimFamily.INSTRUCTION, FimFamily.CONTINUATION)

    @property
    def suffix_first(self) -> bool:
        return self.family is FimFamily.CODESTRAL

    def stop_ids(self) -> frozenset[int]:
        """FIM markers end generation: a model that emits one has finished the middle."""
        return self.tokens.markers()


@dataclass(frozen=True, slots=True)
class VocabView:
    """What template detection needs to know about a loaded vocabulary."""

    model_name: str
    fim_ids: FimTokens  # from llama_vocab_fim_*
    find_token: Callable[[str], int]  # exact vocab text -> id, or -1
    bos: int
    add_bos: bool


def detect_template(vocab: VocabView, override: str = "") -> FimTemplate:
    """Pick the family: explicit override, then GGUF FIM ids, then vocab texts, then the name."""
    if override:
        try:
            family = FimFamily(override)
        except ValueError as exc:
            names = ", ".join(f.value for f in FimFamily)
            raise TemplateError(
                f"Unknown FIM template {override!r}; choose one of {names}."
            ) from exc
        return _build(family, vocab, require=True)
    if vocab.fim_ids.has_fim:
        return _build(_family_from_marker_texts(vocab) or FimFamily.GENERIC, vocab, require=True)
    by_text = _family_from_marker_texts(vocab)
    if by_text is not None:
        return _build(by_text, vocab, require=True)
    # Without FIM tokens, plain continuation gives code where the instruction prompt gives chat
    # prose (SmolLM2-135M-Instruct); a bundle fine-tuned on that prompt asks for "instruction".
    return _build(FimFamily.CONTINUATION, vocab, require=False)


def _family_from_marker_texts(vocab: VocabView) -> FimFamily | None:
    found = [
        family
        for family, roles in MARKER_TEXTS.items()
        if any(vocab.find_token(text) >= 0 for text in roles["pre"])
        and any(vocab.find_token(text) >= 0 for text in roles["suf"])
    ]
    if len(found) <= 1:
        return found[0] if found else None
    name = vocab.model_name.lower()
    for hint, family in NAME_HINTS:
        if hint in name and family in found:
            return family
    return found[0]


def _lookup(vocab: VocabView, family: FimFamily, role: str, metadata_id: int) -> int:
    """The family's marker, found by its text. The GGUF id counts only where the family has no
    known text for the role (GENERIC), so an override never borrows another family's markers."""
    texts = MARKER_TEXTS.get(family, {}).get(role, ())
    if not texts:
        return metadata_id
    for text in texts:
        token = vocab.find_token(text)
        if token >= 0:
            return token
    return -1


def _build(family: FimFamily, vocab: VocabView, *, require: bool) -> FimTemplate:
    ids = vocab.fim_ids
    if family in (FimFamily.INSTRUCTION, FimFamily.CONTINUATION):
        return FimTemplate(
            family,
            bos=vocab.bos if vocab.add_bos else -1,
            chat_wrap=_chatml_wrap(vocab) if family is FimFamily.INSTRUCTION else None,
        )
    eot_texts = MARKER_TEXTS.get(family, {}).get("eot", ())
    tokens = FimTokens(
        pre=_lookup(vocab, family, "pre", ids.pre),
        suf=_lookup(vocab, family, "suf", ids.suf),
        mid=_lookup(vocab, family, "mid", ids.mid),
        pad=_lookup(vocab, family, "pad", ids.pad),
        rep=_lookup(vocab, family, "rep", ids.rep),
        sep=_lookup(vocab, family, "sep", ids.sep),
        eot=tuple(t for t in (vocab.find_token(x) for x in eot_texts) if t >= 0) + ids.eot,
    )
    needs_mid = family is not FimFamily.CODESTRAL
    if require and (not tokens.has_fim or (needs_mid and tokens.mid < 0)):
        raise TemplateError(
            f"The model {vocab.model_name!r} has no {family.value} fill-in-the-middle tokens."
        )
    wants_bos = family in (FimFamily.CODELLAMA, FimFamily.DEEPSEEK, FimFamily.CODESTRAL)
    bos = vocab.bos if (wants_bos or vocab.add_bos) and vocab.bos >= 0 else -1
    return FimTemplate(family, tokens, bos=bos)


def _chatml_wrap(vocab: VocabView) -> tuple[int, int] | None:
    """Instruction-tuned ChatML models (SmolLM2, Qwen-Instruct) expect the user turn wrapped."""
    start, end = vocab.find_token("<|im_start|>"), vocab.find_token("<|im_end|>")
    if start < 0 or end < 0:
        return None
    return start, end


@dataclass(frozen=True, slots=True)
class PromptParts:
    """Already-budgeted text segments, ready to become tokens."""

    prefix: str
    suffix: str
    extra: Sequence[tuple[str, str]] = ()  # (filename, text): repository context, then the client's
    filename: str = ""
    repo_name: str = ""
    language: str = ""


class TextTokenizer(Protocol):
    def tokenize(self, text: str) -> list[int]:
        """User text as plain text (`special=False`), as the vocabulary would split it."""

    def tokenize_bare(self, text: str) -> list[int]:
        """Like `tokenize`, without the '▁' an SPM vocabulary prepends to every segment."""


def assemble(template: FimTemplate, parts: PromptParts, tok: TextTokenizer) -> list[int]:
    """Token layout per family. Stable segments come first so that the KV cache survives typing:
    repository chunks, then the file's prefix, then the (short) suffix."""
    bos = [template.bos] if template.bos >= 0 else []
    if template.family is FimFamily.CONTINUATION:
        return bos + _extra_as_text(parts, tok) + tok.tokenize(parts.prefix)
    if template.family is FimFamily.INSTRUCTION:
        return bos + _instruction(template, parts, tok)
    t = template.tokens
    extra = _repo_context(t, parts, tok) if t.has_repo_context else _extra_as_text(parts, tok)
    prefix = tok.tokenize(parts.prefix)
    # SPM families were trained as "<PRE> {prefix} <SUF>{suffix}": a space before the prefix only.
    suffix = tok.tokenize_bare(parts.suffix)
    if template.suffix_first:
        return bos + extra + [t.suf, *suffix, t.pre, *prefix]
    return bos + extra + [t.pre, *prefix, t.suf, *suffix, t.mid]


def _repo_context(t: FimTokens, parts: PromptParts, tok: TextTokenizer) -> list[int]:
    """Qwen2.5-Coder's repo-level layout, as llama-server's `format_prompt_infill` builds it."""
    if not parts.extra and not parts.filename:
        return []
    out = [t.rep, *tok.tokenize_bare(f"{parts.repo_name or 'myproject'}\n")]
    for filename, text in parts.extra:
        out += [t.sep, *tok.tokenize_bare(f"{filename}\n{text}")]
    out += [t.sep, *tok.tokenize_bare(f"{parts.filename or 'filename'}\n")]
    return out


SNIPPET_SEPARATOR = "\n\n--- snippet ---\n\n"  # llama-server's separator for models without FIM_REP


def _extra_as_text(parts: PromptParts, tok: TextTokenizer) -> list[int]:
    out: list[int] = []
    for _filename, text in parts.extra:
        out += tok.tokenize_bare(SNIPPET_SEPARATOR + text)
    return out


def _instruction(template: FimTemplate, parts: PromptParts, tok: TextTokenizer) -> list[int]:
    text = INSTRUCTION_TEXT.format(
        language=parts.language or "", prefix=parts.prefix, suffix=parts.suffix
    ).replace("Complete the  code", "Complete the code")
    if template.chat_wrap is None:
        return tok.tokenize(text)
    start, end = template.chat_wrap
    # "<|im_start|>user\n…<|im_end|>\n<|im_start|>assistant\n", as the chat template writes it.
    return [
        start,
        *tok.tokenize_bare("user\n" + text),
        end,
        *tok.tokenize_bare("\n"),
        start,
        *tok.tokenize_bare("assistant\n"),
    ]
