"""Line or block, decided before generating: mid-expression and text after the cursor ask for
the rest of the line; a block opener or a statement boundary asks for a block. Real
tree-sitter grammars, and the plain-text rules for a language without one."""

from __future__ import annotations

import random

import pytest

from desktop_app.syntax.code_window import code_window
from desktop_app.syntax.extent import Extent, completion_extent
from desktop_app.syntax.grammars import GRAMMARS, Grammar, grammar_named

LUAU = grammar_named("Luau")
PYTHON = grammar_named("Python")
JS = grammar_named("JavaScript")
TS = grammar_named("TypeScript")
GO = grammar_named("Go")
CSHARP = grammar_named("C#")

LINE, BLOCK = Extent.LINE, Extent.BLOCK


class TestTextAfterTheCursor:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "suffix"),
        [
            pytest.param(LUAU, "print(", "x)\n", id="luau-argument-after"),
            pytest.param(PYTHON, "def f(x):\n    return ", " + 1\n", id="python-operand-after"),
            pytest.param(TS, "const x: number = ", ";\n", id="ts-semicolon-after"),
            pytest.param(GO, "func f() {\n\tif ", " {\n\t}\n}\n", id="go-condition"),
            pytest.param(None, "x = ", "y\n", id="no-grammar"),
        ],
    )  # fmt: skip
    def test_code_after_the_cursor_on_its_line_asks_for_a_line(
        self, grammar: Grammar | None, prefix: str, suffix: str
    ) -> None:
        assert completion_extent(prefix, suffix, grammar) is LINE

    @pytest.mark.parametrize(
        ("grammar", "prefix", "suffix"),
        [
            pytest.param(LUAU, "local x = foo(", ")\n", id="luau-call"),
            pytest.param(LUAU, "local t = {", "}\n", id="luau-table-closed-on-the-line"),
            pytest.param(PYTHON, 'd = {"a":', "}\n", id="python-dict-colon-is-not-a-block"),
            pytest.param(PYTHON, "x = s[1:", "]\n", id="python-slice-colon-is-not-a-block"),
            pytest.param(JS, "const o = {", "};\n", id="js-object-literal"),
            pytest.param(GO, "\tx := foo(", ")\n", id="go-call"),
        ],
    )  # fmt: skip
    def test_a_bracket_closed_again_on_the_line_holds_an_expression(
        self, grammar: Grammar | None, prefix: str, suffix: str
    ) -> None:
        assert completion_extent(prefix, suffix, grammar) is LINE


class TestMidExpression:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "suffix"),
        [
            pytest.param(LUAU, "local x = ", "\n", id="luau-after-equals"),
            pytest.param(LUAU, "local x = fo", "\n", id="luau-mid-identifier"),
            pytest.param(LUAU, 'local s = "hello ', '"\n', id="luau-in-a-string"),
            pytest.param(LUAU, "-- compute the ", "\n", id="luau-in-a-comment"),
            pytest.param(LUAU, "local t = {\n\ta = 1,\n\t", "\n}\n", id="luau-next-table-field"),
            pytest.param(PYTHON, "x = foo(\n    a,\n    ", "\n)\n", id="python-next-argument"),
            pytest.param(PYTHON, "x = (a +\n     ", "\n", id="python-after-an-operator"),
            pytest.param(PYTHON, 'def f():\n    """Sum the ', '\n    """\n', id="python-docstring"),
            pytest.param(PYTHON, 'def f():\n    """Sum them up\n\n    ', '\n    """\n',
                         id="python-blank-line-in-a-docstring"),
            pytest.param(JS, "foo(a,\n  ", "\n);\n", id="js-next-argument"),
            pytest.param(PYTHON, "xs = [\n    1, 2\n    ", "\n]\n", id="python-inside-a-list"),
            pytest.param(JS, "const o = {\n  a: 1\n  ", "\n};\n", id="js-inside-an-object"),
            pytest.param(GO, "\tx := a +", "\n", id="go-after-an-operator"),
            pytest.param(None, "foo(a,\n  ", "\n)\n", id="no-grammar-next-argument"),
            pytest.param(None, "x = ", "\n", id="no-grammar-after-equals"),
            pytest.param(None, "x = a +\n    ", "\n", id="no-grammar-after-an-operator"),
            pytest.param(None, "x = foo(\n    a\n    ", "\n)\n", id="no-grammar-inside-brackets"),
        ],
    )  # fmt: skip
    def test_an_unfinished_expression_asks_for_a_line(
        self, grammar: Grammar | None, prefix: str, suffix: str
    ) -> None:
        assert completion_extent(prefix, suffix, grammar) is LINE


class TestBlocks:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "suffix"),
        [
            pytest.param(LUAU, "local function f(x)", "\nend\n", id="luau-function-header"),
            pytest.param(LUAU, "if x then", "\nend\n", id="luau-then"),
            pytest.param(LUAU, "for i = 1, 10 do", "\nend\n", id="luau-do"),
            pytest.param(LUAU, "local f = function()", "\nend\n", id="luau-function-expression"),
            pytest.param(LUAU, "local t = {", "\n", id="luau-table-left-open"),
            pytest.param(PYTHON, "def f(x):", "\n", id="python-colon"),
            pytest.param(JS, "function f() {", "}\n", id="js-brace-closed-by-the-editor"),
            pytest.param(JS, "const f = (x) => {", "\n", id="js-arrow-body"),
            pytest.param(TS, "if (x) {", "\n", id="ts-if"),
            pytest.param(GO, "func main() {", "\n}\n", id="go-func"),
            pytest.param(GO, "\tswitch x {\n\tcase 1:", "\n", id="go-case-label"),
            pytest.param(CSHARP, "public void F() {", "\n}", id="csharp-method"),
        ],
    )  # fmt: skip
    def test_a_line_ending_in_a_block_opener_asks_for_a_block(
        self, grammar: Grammar | None, prefix: str, suffix: str
    ) -> None:
        assert completion_extent(prefix, suffix, grammar) is BLOCK

    @pytest.mark.parametrize(
        ("grammar", "prefix", "suffix"),
        [
            pytest.param(LUAU, "local function f(x)\n\t", "\nend\n", id="luau-after-the-header"),
            pytest.param(LUAU, "local function f()\n\tlocal x = 1\n\t", "\nend\n",
                         id="luau-between-statements"),
            pytest.param(LUAU, "local x = 1\n", "\n", id="luau-top-level"),
            pytest.param(PYTHON, "def f(x):\n    ", "\n", id="python-after-the-header"),
            pytest.param(PYTHON, "def f():\n    x = 1\n    ", "\n    return x\n",
                         id="python-between-statements"),
            pytest.param(JS, "function f() {\n  const x = 1;\n  ", "\n}\n", id="js-in-a-block"),
            pytest.param(GO, "func main() {\n\tx := 1\n\t", "\n}\n", id="go-in-a-block"),
            pytest.param(None, "x = 1\n", "\n", id="no-grammar-statement-boundary"),
            pytest.param(None, "config {\n    a = 1\n    ", "\n}\n", id="no-grammar-inside-braces"),
        ],
    )  # fmt: skip
    def test_a_blank_line_at_a_statement_boundary_asks_for_a_block(
        self, grammar: Grammar | None, prefix: str, suffix: str
    ) -> None:
        assert completion_extent(prefix, suffix, grammar) is BLOCK


class TestWithoutAGrammar:
    @pytest.mark.parametrize(
        ("prefix", "suffix", "extent"),
        [
            pytest.param("if x then", "\nend\n", BLOCK, id="then"),
            pytest.param("proc f {", "}\n", BLOCK, id="brace-after-a-word"),
            pytest.param("defn f:", "\n", BLOCK, id="colon"),
            pytest.param("color: #fff; x = {", "\n", BLOCK,
                         id="hash-before-a-word-is-not-a-comment"),
            pytest.param("x = y # why (", "\n", LINE, id="a-bracket-in-a-comment-opens-nothing"),
            pytest.param('s = "a {', '"\n', LINE, id="a-brace-in-a-string-opens-nothing"),
        ],
    )  # fmt: skip
    def test_the_plain_text_rules(self, prefix: str, suffix: str, extent: Extent) -> None:
        assert completion_extent(prefix, suffix, None) is extent

    def test_the_grammar_sees_a_multi_line_string_the_text_rules_cannot(self) -> None:
        prefix, suffix = 'def f():\n    """Sum them up\n\n    ', '\n    """\n'
        assert completion_extent(prefix, suffix, None) is BLOCK
        assert completion_extent(prefix, suffix, PYTHON) is LINE


class TestCodeWindow:
    def test_the_window_spans_the_top_level_statement_around_the_cursor(self) -> None:
        prefix = "local a = 1\n\nlocal function f()\n\tlocal x = 1\n\t"
        suffix = "\n\treturn x\nend\n\nlocal function g()\nend\n"
        window = code_window(prefix, suffix)
        assert window.before == "local function f()\n\tlocal x = 1\n\t"
        assert window.after == "\n\treturn x\nend\n\n"

    def test_prose_at_column_zero_does_not_start_a_statement(self) -> None:
        prefix = 'def f():\n    """Sum.\n\nThe rest of the docs\n    '
        assert code_window(prefix, "").before == prefix

    def test_deep_in_a_long_class_the_least_indented_statement_starts_it(self) -> None:
        body = "".join(f"    def m{i}(self):\n        return {i}\n\n" for i in range(150))
        window = code_window("class A:\n" + body + "    def f(self):\n        ", "")
        assert window.before.startswith("    def m")
        assert window.before.endswith("    def f(self):\n        ")


class TestRobustness:
    def test_garbage_never_raises(self) -> None:
        rng = random.Random(11)
        alphabet = "ab(){}[]\"'`\\#-/*:;=\n\t \r\x00\ud800é then do function"
        grammars: list[Grammar | None] = [*GRAMMARS, None]
        for _ in range(150):
            prefix = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
            suffix = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            for grammar in rng.sample(grammars, 3):
                assert completion_extent(prefix, suffix, grammar) in (LINE, BLOCK)
