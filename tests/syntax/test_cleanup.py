"""The completion clean-up, rule by rule, on real tree-sitter grammars: each rule does its one
job in several languages, switching it off leaves that job undone, and good completions come
back exactly as the model wrote them."""

from __future__ import annotations

import random

import pytest

from desktop_app.syntax.cleanup import ALL_RULES, Cleaned, CleanupRule, clean_completion
from desktop_app.syntax.grammars import GRAMMARS, Grammar, grammar_named

LUAU = grammar_named("Luau")
PYTHON = grammar_named("Python")
JS = grammar_named("JavaScript")
TS = grammar_named("TypeScript")
GO = grammar_named("Go")
CSHARP = grammar_named("C#")

REPEATS = CleanupRule.REPEATS
OVERLAP = CleanupRule.SUFFIX_OVERLAP
BRACKETS = CleanupRule.BRACKETS
BLOCK_END = CleanupRule.BLOCK_END


def clean(
    text: str,
    prefix: str,
    suffix: str,
    grammar: Grammar | None,
    rules: frozenset[CleanupRule] = ALL_RULES,
) -> Cleaned:
    return clean_completion(text, prefix, suffix, grammar, rules)


def without(rule: CleanupRule) -> frozenset[CleanupRule]:
    return ALL_RULES - {rule}


class TestRepeats:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "text", "suffix", "cleaned"),
        [
            pytest.param(LUAU, "local function f(x)\n\t", "x = x + 1\n\tx = x + 1\n\tx = x + 1",
                         "\nend\n", "x = x + 1", id="luau-line-loop"),
            pytest.param(PYTHON, "def f(x):\n    ", "total += x\n    total += x\n    total += x",
                         "\n", "total += x", id="python-line-loop"),
            pytest.param(JS, "function f() {\n  ", "foo();\n  bar();\n  foo();\n  bar();\n  foo();",
                         "\n}\n", "foo();\n  bar();", id="js-block-loop"),
            pytest.param(GO, "func f() {\n\t", "a := 1\n\tb := 2\n\tc := 3\n\ta := 1\n\tb := 2",
                         "\n}\n", "a := 1\n\tb := 2\n\tc := 3", id="go-loop-cut-short-by-the-cap"),
            pytest.param(None, "x = 1\ny = 2\n", "x = 1\ny = 2\nz = 3", "", "",
                         id="copy-of-the-lines-above-the-cursor"),
            pytest.param(LUAU, "local a = 1\nlocal b", " = 2\nlocal b = 2", "", " = 2",
                         id="copy-of-the-cursor-line-it-just-finished"),
        ],
    )  # fmt: skip
    def test_a_loop_is_cut_where_it_starts_repeating(
        self, grammar: Grammar | None, prefix: str, text: str, suffix: str, cleaned: str
    ) -> None:
        result = clean(text, prefix, suffix, grammar)
        assert result.text == cleaned
        assert result.applied[0] is REPEATS

    @pytest.mark.parametrize(
        ("grammar", "prefix", "text"),
        [
            pytest.param(LUAU, "local function f()\n\tif a then\n\t\tif b then\n\t\t\t",
                         "g()\n\t\tend\n\tend", id="closers-repeat"),
            pytest.param(JS, "function f() {\n  if (a) {\n    ", "g();\n  }\n}",
                         id="braces-repeat"),
            pytest.param(PYTHON, "def f(items):\n    for x in items:\n        ",
                         "if x:\n            break\n        if not x:\n            break",
                         id="break-in-two-branches"),
            pytest.param(LUAU, "local function f(a)\n\t",
                         "if a then\n\t\treturn nil\n\tend\n\tif not a then\n\t\treturn nil\n\tend",
                         id="one-line-again-after-other-code"),
            pytest.param(PYTHON, "def f():\n    x = 1\n    ", "\n    y = 2", id="blank-lines"),
        ],
    )  # fmt: skip
    def test_lines_that_real_code_repeats_are_kept(
        self, grammar: Grammar | None, prefix: str, text: str
    ) -> None:
        assert clean(text, prefix, "", grammar, frozenset({REPEATS})).text == text

    def test_switched_off_the_loop_stays(self) -> None:
        text = "x = x + 1\n\tx = x + 1\n\tx = x + 1"
        prefix = "local function f(x)\n\t"
        assert clean(text, prefix, "\nend\n", LUAU).text == "x = x + 1"
        assert clean(text, prefix, "\nend\n", LUAU, without(REPEATS)).text == text


class TestSuffixOverlap:
    """The cases `trim_suffix_repeat` was tested on, with this rule alone."""

    @pytest.mark.parametrize(
        ("middle", "suffix", "trimmed"),
        [
            pytest.param("    return x\nprint(x)", "\nprint(x)\n", "    return x",
                         id="line-equal-to-next-suffix-line-ends-the-middle"),
            pytest.param("a = 1\n    b = 2\nreturn a\n", "\n    return a\n", "a = 1\n    b = 2",
                         id="match-ignores-indentation"),
            # the space before the overlap stays: "value = " + "compute()" reads as written
            pytest.param("value = compute()", "compute()\n", "value = ",
                         id="tail-repeating-the-suffix-first-line-is-cut"),
            pytest.param("foo(a, b))", ")\n", "foo(a, b))", id="single-character-is-kept"),
            pytest.param("end)", "end)", "", id="middle-that-only-repeats-the-suffix"),
            pytest.param("a\n}", "\n}", "a\n}", id="one-character-next-line-is-kept"),
            pytest.param("x + 1", "", "x + 1", id="no-suffix"),
            pytest.param("first\nsecond", "\n\n  second  \n", "first",
                         id="next-non-empty-suffix-line"),
        ],
    )  # fmt: skip
    def test_ported_trim_suffix_repeat_cases(self, middle: str, suffix: str, trimmed: str) -> None:
        assert clean(middle, "", suffix, None, frozenset({OVERLAP})).text == trimmed

    @pytest.mark.parametrize(
        ("grammar", "prefix", "text", "suffix", "cleaned"),
        [
            pytest.param(GO, "func f() {\n\t", "x := 1\n}\n\nfunc g() {", "\n}\n\nfunc g() {\n}",
                         "x := 1", id="go-closer-then-the-next-function"),
            pytest.param(TS, "function f(): number {\n  ", "const y = 2;\n  return y;\n}",
                         "\n  return y;\n}\n", "const y = 2;", id="ts-copies-the-suffix"),
            pytest.param(CSHARP, "void F() {\n    ", "Run();\n    Stop();\n    Cle",
                         "\n    Stop();\n    Clean();\n}\n", "Run();",
                         id="csharp-copy-cut-short-by-the-cap"),
            pytest.param(PYTHON, "x = ", "foo(a) + 1", " + 1\n", "foo(a)",
                         id="python-rest-of-the-line"),
        ],
    )  # fmt: skip
    def test_what_the_suffix_already_says_is_dropped(
        self, grammar: Grammar | None, prefix: str, text: str, suffix: str, cleaned: str
    ) -> None:
        result = clean(text, prefix, suffix, grammar)
        assert result.text == cleaned
        assert OVERLAP in result.applied

    def test_a_line_the_code_repeats_later_is_not_an_overlap(self) -> None:
        prefix = "def f(s, end):\n    "
        text = "try:\n        nextchar = s[end]\n        if nextchar in _ws:\n            end += 1"
        suffix = "\n            nextchar = s[end]\n    except IndexError:\n        pass\n"
        assert clean(text, prefix, suffix, PYTHON).text == text

    def test_a_copy_of_the_suffixs_first_lines_is_cut_even_when_the_model_goes_on(self) -> None:
        """The cursor at the start of a line: that line is the suffix's first, and a model that
        wrote two lines of the suffix verbatim reached it, whatever it wrote next."""
        prefix = 'local days = {\n\t"Monday",\n\t"Tuesday",\n\t"Wednesday",\n'
        suffix = '\t"Friday",\n\t"Saturday",\n}\n'
        text = '\t"Thursday",\n\t"Friday",\n\t"Saturday",\n\t"Sunday",'
        assert clean(text, prefix, suffix, LUAU).text == '\t"Thursday",'
        assert clean(text, prefix, suffix, LUAU, without(OVERLAP)).text == text

    def test_a_nested_end_does_not_match_the_functions_end(self) -> None:
        text = "if x then\n\t\treturn 1\n\tend"
        assert clean(text, "local function f(x)\n\t", "\nend\n", LUAU).text == text

    def test_switched_off_the_copy_stays(self) -> None:
        text = "const y = 2;\n  return y;"
        prefix, suffix = "function f() {\n  ", "\n  return y;\n}\n"
        assert clean(text, prefix, suffix, TS).text == "const y = 2;"
        assert clean(text, prefix, suffix, TS, without(OVERLAP)).text == text


class TestBrackets:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "text", "suffix", "cleaned"),
        [
            pytest.param(LUAU, "local x = ", "foo(a, b))", ")\n", "foo(a, b)", id="luau"),
            pytest.param(PYTHON, "x = foo(", '"name", 2)', ")\n", '"name", 2', id="python-once"),
            pytest.param(PYTHON, "x = foo(", '")", 2)', ")\n", '")", 2',
                         id="a-bracket-in-a-string-does-not-count"),
            pytest.param(JS, "function f() {\n  ", "a();\n}", "\n}\n", "a();",
                         id="js-closer-on-its-own-line-goes-with-it"),
            pytest.param(LUAU, "local t = {", "\n\ta = 1,\n}", "}\n", "\n\ta = 1,\n",
                         id="luau-keeps-the-line-break-before-the-suffixs-closer"),
            pytest.param(GO, "func f() {\n\tx := g(", "a, h(b)))", ")\n}\n", "a, h(b)", id="go"),
            pytest.param(None, "x = f(", "g(1), ')')", ")\n", "g(1), ')'", id="no-grammar"),
        ],
    )  # fmt: skip
    def test_a_closer_the_suffix_also_has_is_dropped(
        self, grammar: Grammar | None, prefix: str, text: str, suffix: str, cleaned: str
    ) -> None:
        result = clean(text, prefix, suffix, grammar)
        assert result.text == cleaned
        assert result.applied == (BRACKETS,)

    @pytest.mark.parametrize("grammar", [PYTHON, None], ids=["python", "no-grammar"])
    def test_a_multi_line_completion_left_open_goes_back_to_the_cursors_depth(
        self, grammar: Grammar | None
    ) -> None:
        prefix = "def f():\n    y = 1\n    "
        text = "y = 2\n    x = foo(\n        a,"
        assert clean(text, prefix, "\n", grammar, frozenset({BRACKETS})).text == "y = 2"

    def test_a_suffix_cut_short_cannot_say_what_is_left_open(self) -> None:
        prefix = "(function () {\n  "
        text = "const a = 1;\n  const o = {\n    b: 2,"
        suffix = "\n    c: 3,\n  };\n  more();\n"  # the editor sent no more: `})();` is further
        assert clean(text, prefix, suffix, JS, frozenset({BRACKETS})).text == text
        assert clean(text, prefix, suffix + "})();\n", JS, frozenset({BRACKETS})).text == text

    def test_a_single_line_left_open_is_kept_for_the_person_to_finish(self) -> None:
        assert clean("foo(a, ", "local x = ", "\n", LUAU).text == "foo(a, "

    def test_a_completion_that_opens_and_closes_its_own_is_kept(self) -> None:
        text = "bar(x), baz[1]"
        assert clean(text, "x = foo(", ")\n", PYTHON) == Cleaned(text, ())

    def test_switched_off_the_extra_closer_stays(self) -> None:
        assert clean("foo(a, b))", "local x = ", ")\n", LUAU).text == "foo(a, b)"
        assert clean("foo(a, b))", "local x = ", ")\n", LUAU, without(BRACKETS)).text == (
            "foo(a, b))"
        )


class TestBlockEnd:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "text", "suffix", "cleaned"),
        [
            pytest.param(LUAU, "local function f(x)\n\t",
                         "return x + 1\nend\n\nlocal function g()\n\treturn 2\n",
                         "\nend\n\nreturn M\n", "return x + 1", id="luau-suffix-has-the-end"),
            pytest.param(LUAU, "local function f(x)\n\t", "return x + 1\nend\n\nlocal function g()",
                         "", "return x + 1\nend", id="luau-the-end-is-kept-when-missing"),
            pytest.param(PYTHON, "def f(x):\n    ", "return x + 1\n\ndef h():\n    return 2\n",
                         "\n\ndef g():\n    pass\n", "return x + 1", id="python-dedent"),
            pytest.param(PYTHON, "class A:\n    def f(self):\n        ",
                         "return 1\n\n    def g(self):\n        return 2", "\n", "return 1",
                         id="python-next-method"),
            pytest.param(GO, "func main() {\n\t",
                         "fmt.Println(x)\n}\n\nfunc other() {\n\treturn\n}", "",
                         "fmt.Println(x)\n}", id="go"),
            pytest.param(CSHARP, "class A {\n    public int F() {\n        ",
                         "return 1;\n    }\n\n    public int G() {", "\n    }\n}\n", "return 1;",
                         id="csharp"),
            pytest.param(TS, "function f(): void {\n  if (a) {\n    ",
                         "g();\n  }\n  h();\n}\n\nlet z", "", "g();\n  }",
                         id="ts-nested-block-closer"),
            pytest.param(LUAU, "local function f()",
                         "\n\treturn 1\nend\n\nlocal function g()\nend", "\n",
                         "\n\treturn 1\nend", id="luau-statement-from-its-header"),
            pytest.param(None, "proc f {\n    ", "puts 1\n}\nproc g {\n    puts 2\n}", "",
                         "puts 1\n}", id="no-grammar-by-indentation"),
            pytest.param(None, "proc f {\n    ", "puts 1\n}\nproc g {", "\n}\n", "puts 1",
                         id="no-grammar-the-suffix-has-the-closer"),
        ],
    )  # fmt: skip
    def test_the_completion_stops_at_the_end_of_its_block(
        self, grammar: Grammar | None, prefix: str, text: str, suffix: str, cleaned: str
    ) -> None:
        result = clean(text, prefix, suffix, grammar, frozenset({BLOCK_END}))
        assert result.text == cleaned
        assert result.applied == (BLOCK_END,)

    def test_a_trailing_line_that_breaks_the_parse_is_cut(self) -> None:
        prefix = "local function f(x)\n\t"
        text = "local y = x * 2\n\treturn y +* )"
        assert clean(text, prefix, "\nend\n", LUAU).text == "local y = x * 2"

    def test_a_single_line_that_breaks_its_line_is_dropped(self) -> None:
        assert clean("= 5", "x = 1\n", "\ny = 2\n", PYTHON) == Cleaned("", (BLOCK_END,))

    def test_a_single_line_opening_a_block_at_the_end_of_the_file_is_kept(self) -> None:
        assert clean("if x then", "local x = 1\n", "", LUAU) == Cleaned("if x then", ())

    def test_a_multi_line_block_the_model_did_not_finish_is_kept(self) -> None:
        text = "if x then\n\t\tfoo()\n\t\tbar()"
        assert clean(text, "local function f(x)\n\t", "", LUAU).text == text

    def test_switched_off_the_completion_runs_on(self) -> None:
        text = "return x + 1\n\ndef h():\n    return 2\n"
        prefix, suffix = "def f(x):\n    ", "\n\ndef g():\n    pass\n"
        assert clean(text, prefix, suffix, PYTHON).text == "return x + 1"
        assert clean(text, prefix, suffix, PYTHON, without(BLOCK_END)).text == text

    def test_with_no_rules_nothing_changes(self) -> None:
        text = "return x + 1\nend\n\nlocal function g()\n\treturn 2\n"
        prefix, suffix = "local function f(x)\n\t", "\nend\n\nreturn M\n"
        assert clean(text, prefix, suffix, LUAU, frozenset()) == Cleaned(text, ())


class TestGoodCompletions:
    @pytest.mark.parametrize(
        ("grammar", "prefix", "text", "suffix"),
        [
            pytest.param(LUAU, "local function f(x)\n\t", "local y = x * 2\n\treturn y", "\nend\n",
                         id="luau-body"),
            pytest.param(LUAU, "local t = {", "a = 1, b = 2", "}\n", id="luau-table"),
            pytest.param(PYTHON, "def f(x):\n    ", "if x:\n        return 1\n    return 2\n",
                         "\n\ndef g():\n    pass\n", id="python-trailing-newline-stays"),
            pytest.param(PYTHON, "print(", 'f"{x}(", y', ")\n", id="python-f-string"),
            pytest.param(JS, "const xs = items.map(", "(x) => x * 2", ");\n", id="js-arrow"),
            pytest.param(TS, "function f(): number {\n  ", "const y = g();\n  return y;", "\n}\n",
                         id="ts"),
            pytest.param(GO, "func f() {\n\t", "for i := 0; i < 3; i++ {\n\t\tg(i)\n\t}",
                         "\n}\n", id="go-loop"),
            pytest.param(CSHARP, "class A {\n    void F() {\n        ",
                         "var x = G();\n        H(x);", "\n    }\n}\n", id="csharp"),
            pytest.param(None, "x = ", "[1, 2, 3]  # list", "\n", id="no-grammar"),
        ],
    )  # fmt: skip
    def test_a_completion_that_fits_comes_back_exactly(
        self, grammar: Grammar | None, prefix: str, text: str, suffix: str
    ) -> None:
        assert clean(text, prefix, suffix, grammar) == Cleaned(text, ())


class TestRobustness:
    def test_garbage_never_raises_and_only_ever_shortens(self) -> None:
        rng = random.Random(7)
        alphabet = "ab(){}[]\"'`\\#-/*:;=\n\t \r\x00\ud800éend then do"
        grammars: list[Grammar | None] = [*GRAMMARS, None]
        for _ in range(150):
            prefix, text, suffix = (
                "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3)
            )
            for grammar in rng.sample(grammars, 3):
                result = clean(text, prefix, suffix, grammar)
                assert text.startswith(result.text)
                assert set(result.applied) <= ALL_RULES

    def test_a_grammar_that_cannot_load_leaves_the_text_as_written(self) -> None:
        missing = Grammar(
            "Nowhere", "no_such_grammar_wheel", "language", (".nowhere",),
            statement_containers=frozenset(), functions=frozenset(),
            assignments=frozenset(), argument_lists=frozenset(),
        )  # fmt: skip
        text = "x = x + 1\nx = x + 1\nx = x + 1"  # REPEATS alone would have cut it
        assert clean(text, "", "", missing) == Cleaned(text, ())

    def test_blank_completion_is_returned_as_is(self) -> None:
        assert clean("  \n", "x = ", ")", PYTHON) == Cleaned("  \n", ())

    def test_the_rules_applied_are_listed_in_the_order_they_ran(self) -> None:
        prefix, suffix = "local function f(x)\n\t", "\nend\n\nreturn M\n"
        text = "y = g(x))\n\ty = g(x))\n\treturn y\nend"
        result = clean(text, prefix, suffix, LUAU)
        assert result.text == "y = g(x)"
        assert result.applied == (REPEATS, BRACKETS)
