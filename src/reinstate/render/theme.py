"""Themes: a chain of folders (the project's theme, then the default theme).

A theme folder holds `templates/` (Jinja2) and `static/` (CSS, fonts, images). A project
theme only needs the files it changes: a template of the same name replaces the default's,
and `{% extends "default/<name>" %}` reaches the default template so that a project theme
can override one block. The theme is trusted code; case content is never a template.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sys
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from types import CodeType, ModuleType
from typing import IO, TYPE_CHECKING, cast

from markupsafe import Markup

from reinstate import __version__
from reinstate.core.config import Config
from reinstate.core.diagnostics import ReinstateError
from reinstate.core.vocabulary import (
    _,
    channel_name,
    closing,
    current_language,
    exhibit_type_name,
    format_date,
    format_number,
    outcome_name,
    scope_name,
    separator,
    units,
    violation_name,
)
from reinstate.stages.verbatim import verbatim_blocks

if TYPE_CHECKING:
    import jinja2
    import jinja2.bccache
    import jinja2.nodes
    import jinja2.runtime

DEFAULT = "default"


def builtin_theme_dir() -> Path:
    """The default theme shipped in the package (or, in a source checkout, the repo's)."""
    packaged = Path(str(resources.files("reinstate"))) / "themes" / DEFAULT
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "themes" / DEFAULT
    if checkout.is_dir():
        return checkout
    raise ReinstateError("the default theme is missing from this installation; reinstall reinstate")


@dataclass(frozen=True)
class Theme:
    name: str
    dirs: tuple[Path, ...]
    """Most specific first; the built-in default theme last."""
    compiled: Path | None = None
    """Where compiled templates are kept between runs (`<output>/.reinstate-cache/jinja`,
    see `compiled_templates`); None: compiled in memory only."""

    @cached_property
    def env(self) -> jinja2.Environment:
        # Imported here: `check` and a no-change build render nothing, and Jinja2 is a
        # tenth of their start.
        import jinja2

        loaders: list[jinja2.BaseLoader] = [
            jinja2.FileSystemLoader(str(d / "templates")) for d in self.dirs
        ]
        loaders.append(
            jinja2.PrefixLoader(
                {DEFAULT: jinja2.FileSystemLoader(str(self.dirs[-1] / "templates"))}
            )
        )
        env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=jinja2.select_autoescape(
                enabled_extensions=("html", "xml"), default_for_string=True, default=False
            ),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            bytecode_cache=template_cache(self.compiled, kept=True),
            # Jinja2's optimizer folds constant expressions while compiling; the themes
            # have almost none, and the pass was a fifth of compiling the templates
            # (10-20 ms of a first build). The output is the same.
            optimized=False,
        )
        env.filters["longdate"] = jinja2.pass_context(case_date)
        env.filters["humanize"] = humanize
        env.filters["violation"] = violation_name
        env.filters["exhibit_type"] = exhibit_type_name
        env.filters["channel"] = channel_name
        env.filters["outcome"] = outcome_name
        env.filters["verbatim"] = verbatim_blocks
        env.filters["scope"] = scope_name
        env.filters["units"] = units
        env.filters["number"] = format_number
        env.filters["css_content"] = css_content
        env.globals["_"] = jinja2.pass_eval_context(template_gettext)
        env.globals["sep"] = separator
        env.globals["closing"] = closing
        env.globals["html_lang"] = current_language
        return env

    def template(self, name: str) -> jinja2.Template:
        return self.env.get_template(name)

    def static_files(self) -> dict[str, Path]:
        """Static files by relative path; a more specific theme's file wins."""
        found: dict[str, Path] = {}
        for folder in reversed(self.dirs):
            static = folder / "static"
            if not static.is_dir():
                continue
            for path in sorted(static.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    found[path.relative_to(static).as_posix()] = path
        return dict(sorted(found.items()))

    def files(self) -> list[Path]:
        """Every template and static file of the chain (inputs of every output)."""
        paths: list[Path] = []
        for folder in self.dirs:
            for sub in ("templates", "static"):
                if (folder / sub).is_dir():
                    paths.extend(p for p in sorted((folder / sub).rglob("*")) if p.is_file())
        return paths


THEME_GROUP = "reinstate.themes"
"""Entry points of installed themes: a name → the theme folder (a path, or a package whose
folder is the theme)."""


def installed_theme(name: str) -> Path | None:
    """The folder of the installed theme `name`, if a package provides one."""
    import importlib.metadata  # here: reading the installed packages' metadata takes time

    for entry in importlib.metadata.entry_points(group=THEME_GROUP, name=name):
        try:
            found = entry.load()
        except Exception as exc:
            raise ReinstateError(
                f"theme '{name}': cannot load {entry.value}: {type(exc).__name__}: {exc}"
            ) from None
        if isinstance(found, ModuleType) and found.__file__ is not None:
            return Path(found.__file__).resolve().parent
        if isinstance(found, str | Path) and Path(found).is_dir():
            return Path(found).resolve()
        raise ReinstateError(f"theme '{name}': {entry.value} is not a folder")
    return None


TEMPLATE_CACHE = ".reinstate-cache/jinja"
"""Compiled templates, inside the output folder (`reinstate clean` removes them)."""


def cache_tag() -> str:
    """What compiled code depends on besides a template's text: the versions of Python,
    Jinja2 and reinstate (whose environment settings and filters are part of the code)."""
    import jinja2

    seed = f"{sys.version}\0{jinja2.__version__}\0{__version__}\0unoptimized"
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


def template_cache(folder: Path | None, kept: bool = False) -> jinja2.BytecodeCache | None:
    """Jinja2's bytecode cache in `folder`, as Python keeps .pyc files: compiling the
    theme's templates is about a tenth of a cold HTML build. Jinja2 checks each entry
    against the template's text, and writes each atomically (parallel builds share
    them). A folder that is a link, or cannot be made, means no cache: it only saves time
    and must never lead a write out of the output folder.

    `kept`: in front of it, the templates this process has compiled already
    (`kept_templates`), so that a second build in the same process (a watched theme
    edit, the next case folder, library use) compiles only what changed."""
    on_disk = _folder_cache(folder)
    if not kept:
        return on_disk
    return _kept_cache()(on_disk)


def _folder_cache(folder: Path | None) -> jinja2.FileSystemBytecodeCache | None:
    if folder is None:
        return None
    try:
        for part in (folder.parent, folder):
            if part.is_symlink():
                return None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return _quiet_cache()(str(folder), f"{cache_tag()}-%s.cache")


@cache
def _quiet_cache() -> type[jinja2.FileSystemBytecodeCache]:
    import jinja2

    class QuietCache(jinja2.FileSystemBytecodeCache):
        """A cache that only ever saves time: an entry it cannot read or write (a folder
        made read-only, a full disk) means compiling the template, never a failed build."""

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except OSError:
                bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return QuietCache


class _Entry:
    """An entry of the output folder's cache as written before: what Jinja2's
    `FileSystemBytecodeCache.dump_bytecode` reads of a bucket (its key, and what it writes)."""

    def __init__(self, key: str, data: bytes) -> None:
        self.key, self.data = key, data

    def write_bytecode(self, f: IO[bytes]) -> None:
        f.write(self.data)


def _entry(key: str, data: bytes) -> jinja2.bccache.Bucket:
    return cast("jinja2.bccache.Bucket", _Entry(key, data))


def _entry_bytes(on_disk: jinja2.FileSystemBytecodeCache, bucket: jinja2.bccache.Bucket) -> bytes:
    """The bytes of the folder's entry `bucket` was just loaded from (as written then)."""
    try:
        return Path(on_disk._get_cache_filename(bucket)).read_bytes()
    except OSError:
        return bucket.bytecode_to_string()


def _holds(on_disk: jinja2.FileSystemBytecodeCache, bucket: jinja2.bccache.Bucket) -> bool:
    """Whether the folder has the entry of `bucket`'s template for its current text (only
    the entry's header is read, as Jinja2 reads it)."""
    import pickle

    from jinja2.bccache import bc_magic

    try:
        with Path(on_disk._get_cache_filename(bucket)).open("rb") as f:
            return bool(f.read(len(bc_magic)) == bc_magic and pickle.load(f) == bucket.checksum)
    except Exception:
        return False


KEPT_TEMPLATES = 1024
"""How many compiled templates a process keeps, the least recently used dropped first: the
default theme has 42 (21 names, each also reachable as `default/<name>`), `new`'s
templates about 1,100 small files in every language; a few megabytes at most."""

_kept: OrderedDict[tuple[str, str], tuple[str, CodeType, bytes]] = OrderedDict()
"""Compiled templates of this process: (what the compiler depends on, template) -> (the
checksum of the template's text, its code, the bytes of its entry in an output folder).
See `compile_options` and `kept_key`. The entry's bytes are kept, not written again from
the code: `marshal` writes the same code object differently as its parts' reference
counts change, and an output folder rebuilt in the same process must get the same
files."""
_kept_lock = threading.Lock()


_options_of: weakref.WeakKeyDictionary[jinja2.Environment, tuple[tuple[object, ...], str]]
_options_of = weakref.WeakKeyDictionary()
"""`compile_options` of each environment, with the settings it was computed from."""


def compile_options(env: jinja2.Environment) -> str:
    """A digest of everything besides a template's name, file and text that Jinja2's
    compiler reads from `env`: the versions (`cache_tag`), the syntax and whitespace
    options, the optimizer, async mode, the extensions, autoescaping (chosen per template
    name while compiling), finalize, and each filter and test with what it is passed (the
    compiler checks that a filter exists and writes its call by how it is marked).

    Worked out once an environment, and again if any of these has changed since."""
    settings = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        tuple(env.extensions.items()),
        env.autoescape,
        env.finalize,
        tuple(env.filters.items()),
        tuple(env.tests.items()),
    )
    known = _options_of.get(env)
    if known is not None and known[0] == settings:
        return known[1]

    def describe(value: object) -> str:
        if not callable(value):
            return repr(value)
        cells = tuple(c.cell_contents for c in getattr(value, "__closure__", None) or ())
        name = getattr(value, "__qualname__", type(value).__qualname__)
        module = getattr(value, "__module__", "")
        passed = getattr(value, "jinja_pass_arg", None)
        return f"{module}.{name}|{passed}|{cells!r}"

    parts: list[object] = [cache_tag(), *settings[:14], sorted(env.extensions)]
    parts += [describe(env.autoescape), describe(env.finalize)]
    parts.append(sorted((name, describe(f)) for name, f in env.filters.items()))
    parts.append(sorted((name, describe(f)) for name, f in env.tests.items()))
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    _options_of[env] = (settings, digest)
    return digest


def kept_key(bucket: jinja2.bccache.Bucket) -> tuple[str, str]:
    """Where a compiled template is kept: the compiler's options and Jinja2's key of the
    template (its name and file, so the theme folder it was found in). The bucket's
    checksum of the text is checked on top."""
    return (compile_options(bucket.environment), bucket.key)


def kept_templates() -> int:
    """How many compiled templates this process keeps."""
    return len(_kept)


@cache
def _kept_cache() -> Callable[[jinja2.FileSystemBytecodeCache | None], jinja2.BytecodeCache]:
    import jinja2

    class KeptCache(jinja2.BytecodeCache):
        """The compiled templates of this process, then the output folder's (if any)."""

        def __init__(self, on_disk: jinja2.FileSystemBytecodeCache | None) -> None:
            self.on_disk = on_disk

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            key = kept_key(bucket)
            with _kept_lock:
                found = _kept.get(key)
                if found is not None:
                    _kept.move_to_end(key)
            if found is not None and found[0] == bucket.checksum:
                bucket.code = found[1]
                # The output folder keeps its entries as if compiled here, for the next
                # process that builds into it.
                if self.on_disk is not None and not _holds(self.on_disk, bucket):
                    self.on_disk.dump_bytecode(_entry(bucket.key, found[2]))
                return
            if self.on_disk is not None:
                self.on_disk.load_bytecode(bucket)
                if bucket.code is not None:
                    keep(key, bucket, _entry_bytes(self.on_disk, bucket))

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            data = bucket.bytecode_to_string()
            keep(kept_key(bucket), bucket, data)
            if self.on_disk is not None:
                self.on_disk.dump_bytecode(_entry(bucket.key, data))

        def clear(self) -> None:
            with _kept_lock:
                _kept.clear()
            if self.on_disk is not None:
                self.on_disk.clear()

    def keep(key: tuple[str, str], bucket: jinja2.bccache.Bucket, data: bytes) -> None:
        assert bucket.code is not None
        with _kept_lock:
            _kept[key] = (bucket.checksum, bucket.code, data)
            _kept.move_to_end(key)
            while len(_kept) > KEPT_TEMPLATES:
                _kept.popitem(last=False)

    return KeptCache


def compiled_in(theme: Theme, out_dir: Path) -> Theme:
    """`theme`, keeping its compiled templates in the output folder `out_dir`."""
    return replace(theme, compiled=out_dir / TEMPLATE_CACHE)


def load_theme(config: Config) -> Theme:
    builtin = builtin_theme_dir()
    name = config.theme
    candidates = [config.root / "themes" / name, config.root / name]
    chosen = next((c.resolve() for c in candidates if c.is_dir()), None)
    if chosen is None and name == DEFAULT:
        return Theme(DEFAULT, (builtin,))
    if chosen is None:
        chosen = installed_theme(name)
    if chosen is None:
        looked = " and ".join(f"'{config.rel(c)}'" for c in candidates)
        raise ReinstateError(
            f"theme '{name}' not found (looked in {looked} and the installed themes, "
            f"entry points '{THEME_GROUP}')"
        )
    if not (chosen / "templates").is_dir() and not (chosen / "static").is_dir():
        raise ReinstateError(
            f"theme folder '{config.rel(chosen)}' has no templates/ or static/ folder"
        )
    if chosen == builtin.resolve():
        return Theme(name, (builtin,))
    return Theme(name, (chosen, builtin))


def case_date(context: jinja2.runtime.Context, value: dt.date | None) -> str:
    """`{{ date | longdate }}`: the date in the style of the page's case (`case` in the
    context), else "March 4, 2025" (`env` passes it the context)."""
    case = context.get("case")
    style = getattr(case, "date_style", None) or context.get("date_style") or "month_day"
    return format_date(value, style)


def humanize(value: str | None) -> str:
    """`account_health_call` → `account health call`."""
    return (value or "").replace("_", " ")


def template_gettext(eval_ctx: jinja2.nodes.EvalContext, message: str) -> str:
    """`{{ _("Documents") }}`: the message in the case's language. A catalog is part of
    reinstate, like the templates, so its text is markup as written (Jinja's own i18n
    extension does the same); `.format()` on it escapes what it fills in."""
    text = _(message)
    return Markup(text) if eval_ctx.autoescape else text


def css_content(message: str, nbsp: bool = False, **parts: str) -> Markup:
    """A message as the value of a CSS `content` property: its text as quoted strings,
    each `{name}` replaced by the CSS of `parts[name]`, e.g. "Seite {page} von {pages}"
    with page="counter(page)" → `"Seite " counter(page) " von " counter(pages)`.

    `nbsp`: spaces become no-break spaces, and one leads the whole (a page reference that
    must not break from the word before it)."""
    import string

    pieces: list[str] = []
    for literal, field, _spec, _conv in string.Formatter().parse(
        ("\xa0" if nbsp else "") + message
    ):
        if literal:
            text = literal.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
            if nbsp:
                text = text.replace(" ", "\xa0")
            pieces.append(f'"{text}"')
        if field is not None:
            pieces.append(parts[field])
    return Markup(" ".join(pieces) or '""')
