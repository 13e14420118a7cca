"""The one Markdown dialect of reinstate: CommonMark plus MyST roles, targets and directives.

`parse` turns a body into tokens once (in the resolve stage); `render_html` turns tokens into
HTML for one output, asking a `Linker` how to write each reference, anchor and directive, so
the same tokens give site links, same-document PDF links, or plain labels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache, partial
from typing import Any, Protocol

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.myst_blocks import myst_block_plugin
from mdit_py_plugins.myst_role import myst_role_plugin

from reinstate.core.limits import NESTING_CAP

ROLES = ("ref", "exhibit")
_BLOCK_LEVELS = 2 * NESTING_CAP + 8
"""markdown-it's `maxNesting` for blocks: a list level takes two token levels (list and
item)."""
_INLINE_LEVELS = 20
"""markdown-it's `maxNesting` within a paragraph (its CommonMark default): links in links,
emphasis in emphasis. Every `[` that does not close is searched this deep, so a line of
brackets costs this many steps a character (at `_BLOCK_LEVELS` it parsed at 13 KB/s)."""
_DIRECTIVE = re.compile(r"\{([A-Za-z0-9_-]+)\}\s*(.*)")


class Linker(Protocol):
    """How one output writes references; handed to `render_html` through the env."""

    def role(self, name: str, content: str) -> str:
        """HTML for `{name}`content``."""

    def anchor_href(self, anchor: str) -> str | None:
        """The href for a `[text](#anchor)` link, or None to keep it as written."""

    def directive(self, name: str, argument: str, token: Token, lead_in: bool = False) -> str:
        """HTML for a `:::{name} argument` block (`token`: its colon fence; `fence_tokens`
        parses its body); `lead_in` when the paragraph right before it ends in a colon (it
        introduces the block)."""

    def heading_id(self, text: str) -> str:
        """An id for a heading that has no `(label)=` target, unique on the page."""


@cache
def markdown(allow_html: bool) -> MarkdownIt:
    """The shared parser (one per `allow_html` setting; building one costs ~0.1 ms)."""
    md = _parser(allow_html, _BLOCK_LEVELS)
    md.core.ruler.at("inline", partial(_inline, _parser(allow_html, _INLINE_LEVELS)))
    return md


def _inline(inner: MarkdownIt, state: StateCore) -> None:
    """markdown-it's `inline` core rule, with a parser whose nesting is `_INLINE_LEVELS`."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            inner.inline.parse(token.content, inner, state.env, token.children)


def _parser(allow_html: bool, levels: int) -> MarkdownIt:
    md = (
        MarkdownIt(
            "commonmark",
            {"html": allow_html, "typographer": False, "maxNesting": levels},
        )
        .enable(["table", "strikethrough"])
        .use(myst_role_plugin)
        .use(myst_block_plugin)
        .use(colon_fence_plugin)
        .use(deflist_plugin)
    )
    md.inline.ruler.at("myst_role", _myst_role)
    md.add_render_rule("myst_role", _render_role)
    md.add_render_rule("myst_target", _render_target)
    md.add_render_rule("myst_line_comment", _render_nothing)
    md.add_render_rule("myst_block_break", _render_break)
    md.add_render_rule("colon_fence", _render_directive)
    md.add_render_rule("heading_open", _render_heading_open)
    md.add_render_rule("heading_close", _render_heading_close)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("softbreak", _render_softbreak)
    md.core.ruler.push("drop_comments", _drop_comments)
    md.core.ruler.push("refuse_links", _refuse_links)
    # Every link becomes a token, so that `_refuse_links` decides (and the checks report)
    # what markdown-it would otherwise leave as bracketed text without a word.
    md.validateLink = _any_link  # type: ignore[method-assign,assignment]
    return md


KEPT_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"\s*([A-Za-z][A-Za-z0-9+.-]*):")


def link_kept(href: str) -> bool:
    """Whether a link in case text stays a link: `http`, `https`, `mailto`, an anchor, or a
    relative path within the site. Refused: any other scheme (`file:`, `smb:`, `javascript:`,
    a drive letter `C:`), an absolute path (`/etc/passwd`), and a network path (`//host`,
    `\\\\host`), which a PDF viewer opens as a local or network file (on Windows, sending
    the user's credentials to that host)."""
    scheme = _SCHEME.match(href)
    if scheme is not None:
        return scheme.group(1).lower() in KEPT_SCHEMES
    bare = href.strip()
    return not bare.startswith(("/", "\\")) and not bare.upper().startswith("%5C")


def _any_link(_url: str) -> bool:
    return True


def _refuse_links(state: StateCore) -> None:
    """Links that `link_kept` refuses become their text; the inline token keeps their
    targets in `meta["refused"]`, (href, whether it is an autolink `<...>`), for the
    warning (`resolve` reports it, located)."""
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        if not any(c.type == "link_open" for c in token.children):
            continue
        kept: list[Token] = []
        refused: list[tuple[str, bool]] = []
        dropping = False
        for child in token.children:
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                if not link_kept(href):
                    refused.append((href, child.markup == "autolink"))
                    dropping = True
                    continue
            elif child.type == "link_close" and dropping:
                dropping = False
                continue
            kept.append(child)
        if refused:
            token.children = kept
            token.meta["refused"] = refused


_ROLE_NAME = re.compile(r"\{([a-zA-Z0-9_\-+:]+)\}")


def _myst_role(state: StateInline, silent: bool) -> bool:
    """`{name}`content``: mdit-py-plugins' rule, in linear time.

    The plugin's rule copies the rest of the text (`src[pos:]`) at every backtick, and
    searches it again for the closing ticks from every opening one: 40,000 roles in one
    paragraph took over a minute. Here the name is matched in place, and where the closing
    ticks of each length were found (or found missing) is remembered for the paragraph.
    """
    src = state.src
    match = _ROLE_NAME.match(src, state.pos)
    if match is None:
        return False
    start = pos = match.end()
    while pos < len(src) and src[pos] == "`":
        pos += 1
    if pos >= len(src) or pos == start:
        return False
    ticks = pos - start
    found = _closing_ticks(state, ticks, pos + 1)
    if found < 0:
        return False
    if not silent:
        token = state.push("myst_role", "", 0)
        token.meta = {"name": match.group(1)}
        token.content = src[pos:found].replace("\n", " ")
    state.pos = found + ticks
    return True


def _closing_ticks(state: StateInline, ticks: int, start: int) -> int:
    """Where the next run of `ticks` backticks starts at or after `start` (-1: none),
    remembered per inline text so that no part of it is searched twice for one length."""
    cache: dict[tuple[str, int], tuple[int, int]] = state.env.setdefault("_myst_role_ticks", {})
    key = (state.src, ticks)  # the same dict serves every inline token of the document
    known = cache.get(key)
    if known is not None:
        searched_from, found = known  # nothing between them; found: -1 when none at all
        if searched_from <= start and (found == -1 or found >= start):
            return found
    found = state.src.find("`" * ticks, start)
    cache[key] = (start, found)
    return found


def comment_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each `<!-- ... -->` comment in `text`, in one pass.

    The regular expression `<!--.*?-->` scans to the end of the text from every unclosed
    `<!--`, which makes 40,000 of them take minutes; an unclosed one here ends the search.
    """
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        pos = end + 3
        yield start, pos


def without_comments(text: str, blank: bool = False) -> str:
    """`text` with its comments removed (or, with `blank`, spaces in their place)."""
    parts: list[str] = []
    pos = 0
    for start, end in comment_spans(text):
        parts += (text[pos:start], " " * (end - start) if blank else "")
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _drop_comments(state: StateCore) -> None:
    """Remove `<!-- ... -->` comments (notes to the author, such as the checks'
    `<!-- reinstate: ignore rule.id -->`) so they are never shown. With raw HTML off,
    markdown-it would print them as text; with it on they stay HTML comments."""
    if state.md.options.get("html"):
        return
    drop: set[int] = set()
    for i, token in enumerate(state.tokens):
        if token.type != "inline" or "<!--" not in token.content or not token.children:
            continue
        for child in token.children:
            if child.type == "text" and "<!--" in child.content:
                child.content = without_comments(child.content)
        children = token.children
        while children and _blank(children[0]):
            children.pop(0)
        while children and _blank(children[-1]):
            children.pop()
        if not children and i > 0 and state.tokens[i - 1].type == "paragraph_open":
            drop.update((i - 1, i, i + 1))
    if drop:
        state.tokens = [t for n, t in enumerate(state.tokens) if n not in drop]


def _blank(token: Token) -> bool:
    return token.type == "softbreak" or (token.type == "text" and not token.content.strip())


def parse(body: str, allow_html: bool = False, depth: int = 0) -> list[Token]:
    """The tokens of `body`, the content of a directive nested `depth` deep (0: a file's
    body). Each colon fence's `meta["depth"]` says how deep its own content is."""
    # mdit-py-plugins' colon-fence and comment rules read one character past a body that
    # ends inside a block quote without a final newline; the newline changes no line number.
    tokens = markdown(allow_html).parse(body if body.endswith("\n") else body + "\n", {})
    _attach_targets(tokens)
    for token in tokens:
        if token.type == "colon_fence":
            token.meta["depth"] = depth + 1
    return tokens


def fence_tokens(token: Token, allow_html: bool = False) -> list[Token]:
    """The tokens of a colon fence's content; past `NESTING_CAP`, one literal code block
    (the checks report the nesting as an error where the limit is passed)."""
    key = "tokens+html" if allow_html else "tokens"  # parsed once for every output
    known: list[Token] | None = token.meta.get(key)
    if known is not None:
        return known
    depth = int(token.meta.get("depth", 1))
    if depth < NESTING_CAP:
        tokens = parse(token.content, allow_html, depth)
    else:
        tokens = [Token("code_block", "code", 0, content=token.content, map=token.map)]
    token.meta[key] = tokens
    return tokens


def blocks(tokens: Sequence[Token], allow_html: bool = False) -> Iterator[Token]:
    """For each block in `tokens` and in the directives among them (a paragraph, heading,
    list item, table cell, block quote, code block, rule, directive, target; and each link,
    role and image in the text), the token at the top of `tokens` that holds it: what the
    pages and the PDF lay out, box by box (the paragraph of a tight list item is not one).
    35,000 roles in one paragraph took over 700 MB and a minute to lay out. A role counts
    twice: a reference costs the PDF about 7 ms to lay out, a list item or heading 4-5 ms."""
    for token in tokens:
        if token.type == "inline":
            for child in token.children or ():
                if child.type in _INLINE_BOXES:
                    yield token
                    if child.type == "myst_role":
                        yield token
            continue
        if token.nesting == -1 or token.hidden or token.type in _WRAPPERS:
            continue
        yield token
        if token.type == "colon_fence" and directive_of(token) is not None:
            for _inner in blocks(fence_tokens(token, allow_html), allow_html):
                yield token


_INLINE_BOXES = frozenset({"link_open", "myst_role", "image"})
_WRAPPERS = frozenset(
    {"inline", "bullet_list_open", "ordered_list_open", "dl_open"}
    | {"table_open", "thead_open", "tbody_open", "tr_open"}
)
"""Tokens that only group blocks (a list, a table and its rows): their items count."""


def nesting(tokens: Sequence[Token]) -> Iterator[tuple[int, Token]]:
    """(depth, token) for each list and block quote that opens in `tokens`: how many lists
    and quotes it is inside, itself included (a directive's content starts again at 0)."""
    level = 0
    for token in tokens:
        if token.type in _NESTS:
            level += token.nesting
            if token.nesting == 1:
                yield level, token


_NESTS = frozenset(
    f"{kind}_{end}"
    for kind in ("bullet_list", "ordered_list", "blockquote")
    for end in ("open", "close")
)


def _wide(char: str) -> bool:
    """A character of a script written without spaces between words (Chinese, Japanese,
    their full-width punctuation)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def joins_without_space(children: Sequence[Token], index: int) -> bool:
    """Whether the soft line break at `children[index]` falls between two wide characters:
    Japanese wrapped in the source file is one line of text, with no space where the
    author's editor broke it (CSS Text 3's segment break rule, which browsers and
    WeasyPrint do not all apply)."""
    before = children[index - 1] if index > 0 else None
    after = children[index + 1] if index + 1 < len(children) else None
    if before is None or after is None or before.type != "text" or after.type != "text":
        return False
    return bool(before.content and after.content) and (
        _wide(before.content[-1]) and _wide(after.content[0])
    )


def _render_softbreak(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return "" if joins_without_space(tokens, idx) else "\n"


def render_html(
    tokens: Sequence[Token], linker: Linker, heading_shift: int = 0, allow_html: bool = False
) -> str:
    md = markdown(allow_html)
    env: dict[str, Any] = {"linker": linker, "shift": heading_shift}
    return str(md.renderer.render(list(tokens), md.options, env))


def directive_of(token: Token) -> tuple[str, str] | None:
    """(name, argument) of a colon fence written as `:::{name} argument`, else None."""
    match = _DIRECTIVE.fullmatch(token.info.strip())
    return (match.group(1), match.group(2).strip()) if match else None


def split_role(content: str) -> tuple[str | None, str]:
    """`text <target>` → ("text", "target"); `target` → (None, "target")."""
    match = re.fullmatch(r"(.*?)\s*<([^<>]+)>\s*", content, re.DOTALL)
    if match and match.group(1).strip():
        return match.group(1).strip(), match.group(2).strip()
    return None, content.strip()


def slugify(text: str) -> str:
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return slug or "section"


def heading_text(tokens: Sequence[Token], index: int) -> str:
    """Plain text of the heading whose `heading_open` is at `index`."""
    inline = tokens[index + 1] if index + 1 < len(tokens) else None
    return inline.content if inline is not None and inline.type == "inline" else ""


def _attach_targets(tokens: list[Token]) -> None:
    """A `(label)=` line right before a heading becomes that heading's id."""
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        if token.type == "myst_target" and following.type == "heading_open":
            following.attrSet("id", token.content.strip())
            token.meta["attached"] = True


def _linker(env: EnvType) -> Linker:
    linker: Linker = env["linker"]
    return linker


def _render_role(_r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType) -> str:
    token = tokens[idx]
    return _linker(env).role(str(token.meta.get("name", "")), token.content)


def _render_target(
    _r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, _env: EnvType
) -> str:
    token = tokens[idx]
    if token.meta.get("attached"):
        return ""
    label = _escape(token.content.strip())
    return f'<span id="{label}" class="target"></span>\n'


def _render_directive(
    _r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    found = directive_of(token)
    if found is None:
        return f"<div>{_escape(token.content)}</div>\n"
    return _linker(env).directive(found[0], found[1], token, follows_lead_in(tokens, idx))


def follows_lead_in(tokens: Sequence[Token], idx: int) -> bool:
    """Whether the block at `idx` comes right after a paragraph that ends in a colon."""
    if idx < 2 or tokens[idx - 1].type != "paragraph_close":
        return False
    inline = tokens[idx - 2]
    return inline.type == "inline" and inline.content.rstrip().endswith(":")


def _level(token: Token, env: EnvType) -> int:
    return min(6, int(token.tag[1]) + int(env.get("shift", 0)))


def _render_heading_open(
    _r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    anchor = token.attrGet("id")
    if not anchor:
        anchor = _linker(env).heading_id(heading_text(tokens, idx))
    return f'<h{_level(token, env)} id="{_escape(str(anchor))}">'


def _render_heading_close(
    _r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType
) -> str:
    return f"</h{_level(tokens[idx], env)}>\n"


def _render_link_open(
    _r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    attrs = ""
    if href.startswith("#"):
        resolved = _linker(env).anchor_href(href[1:])
        if resolved is not None:
            href = resolved
            attrs = ' class="xref"'
    elif re.match(r"[a-z][a-z0-9+.-]*:", href, re.IGNORECASE):
        attrs = ' rel="noopener noreferrer"'
    title = token.attrGet("title")
    if title:
        attrs += f' title="{_escape(str(title))}"'
    return f'<a href="{_escape(href)}"{attrs}>'


def _render_nothing(*_args: Any) -> str:
    return ""


def _render_break(*_args: Any) -> str:
    return "<hr>\n"


def _render_image(
    _r: Any, tokens: Sequence[Token], idx: int, _o: OptionsDict, _env: EnvType
) -> str:
    token = tokens[idx]
    alt = "".join(child.content for child in token.children or [])
    return f'<span class="image-alt">[{_escape(alt or "image")}]</span>'


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
