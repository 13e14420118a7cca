"""Start a case from a template: `reinstate new` renders a template folder into content/SLUG/.

A template is a folder named after the violation type, holding a case.md and the starter
causes, actions, measures and exhibits of that violation, and perhaps variants (see
reinstate.scaffold.catalogue). The built-in ones ship in the package (templates/cases/<type>/).
A project keeps its own in its templates folder (`templates:` in reinstate.yaml; default
`templates/cases/`): a folder there with the name of a built-in template replaces it, any
other name adds a template. Folders whose names start with `_` are shared parts, not
templates (the built-in `_base/case.md` holds the case.md that every type extends).

Dates a seller must supply (the notice date when not given, action dates, measure starts,
document dates) are written as to-do markers, never as the day the case was made: a date
that only looks filled in would let the 90- and 365-day document rules pass on nothing.

Markdown files are Jinja2 templates (the project's templates are trusted, like a theme);
other files are copied as they are. The rendered front matter is validated before anything
is written, an exhibit whose file the template does not ship gets a stand-in page, and
every Markdown file gets a `# yaml-language-server: $schema=...` line pointing at the
project's reinstate.schema.json, which `new` writes when it is missing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from reinstate.core.config import Config
from reinstate.core.diagnostics import Diagnostic, ReinstateError, Reporter, Severity
from reinstate.core.frontmatter import EXHIBIT_SUFFIXES, SCHEMA_ID, json_schema
from reinstate.core.standin import placeholder_file
from reinstate.output.atomic import atomic_write
from reinstate.render.theme import template_cache
from reinstate.scaffold.catalogue import (
    BUILTIN_DIR,
    Template,
    project_templates_dir,
    template_files,
)
from reinstate.stages.discover import find_case
from reinstate.stages.load import load_case
from reinstate.stages.read import split_source
from reinstate.stages.resolve import resolve

BUILTIN_PREFIX = "builtin"
"""`{% extends "builtin/odr/case.md" %}` reaches a built-in template from a project one."""
SCHEMA_FILE = "reinstate.schema.json"
MODELINE = "# yaml-language-server: $schema="
SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the author told `new`; None where they did not say (a to-do marker goes there)."""

    legal_name: str | None = None
    store_name: str | None = None
    merchant_token: str | None = None
    email: str | None = None
    marketplace: str | None = None
    notice_date: dt.date | None = None
    language: str = "en"
    """The case's `language:`; the template's files in that language where it has them."""


NOTICE_TODO = '"[TODO: the date of Amazon\'s notice, YYYY-MM-DD]"'
"""What `{{ notice_date }}` writes when the author has not given the date (a YAML string)."""
NOTICE_TODOS = {
    "de": '"[TODO: das Datum der Benachrichtigung von Amazon, als YYYY-MM-DD]"',
    "fr": '"[TODO: la date de la notification d\'Amazon, au format YYYY-MM-DD]"',
    "es": '"[TODO: la fecha de la notificación de Amazon, en formato YYYY-MM-DD]"',
    "it": '"[TODO: la data della notifica di Amazon, nel formato YYYY-MM-DD]"',
    "ja": '"[TODO: Amazonからの通知の日付、YYYY-MM-DD形式]"',
}
"""`NOTICE_TODO` in the case's language (the marker keeps YYYY-MM-DD, the format to write)."""
STAND_IN_TODOS = {
    "de": {
        "legal_name": "[TODO: eingetragener Firmenname, wie in Seller Central]",
        "store_name": "[TODO: der Shopname, den Käufer sehen]",
        "marketplace": "[TODO: der Marktplatz, z. B. amazon.de]",
    },
    "fr": {
        "legal_name": "[TODO: raison sociale, comme dans Seller Central]",
        "store_name": "[TODO: le nom de boutique que voient les acheteurs]",
        "marketplace": "[TODO: la place de marché, p. ex. amazon.fr]",
    },
    "es": {
        "legal_name": "[TODO: razón social, como en Seller Central]",
        "store_name": "[TODO: el nombre de la tienda que ven los compradores]",
        "marketplace": "[TODO: el marketplace, p. ej. amazon.es]",
    },
    "it": {
        "legal_name": "[TODO: ragione sociale, come in Seller Central]",
        "store_name": "[TODO: il nome del negozio che vedono gli acquirenti]",
        "marketplace": "[TODO: il marketplace, ad es. amazon.it]",
    },
    "ja": {
        "legal_name": "[TODO: セラーセントラルに登録されている正式な事業者名]",
        "store_name": "[TODO: 購入者に表示されるストア名]",
        "marketplace": "[TODO: マーケットプレイス、例：amazon.co.jp]",
    },
}
"""The to-do markers of `STAND_INS` in the case's language (the stand-in values of the
merchant token and the e-mail address are the same in every language)."""

STAND_INS: dict[str, tuple[str, str]] = {
    # field: (front matter path, value written when the author has not given one)
    "legal_name": ("seller.legal_name", "[TODO: registered business name, as in Seller Central]"),
    "store_name": ("seller.store_name", "[TODO: the store name buyers see]"),
    "merchant_token": ("seller.merchant_token", "TODOSELLERID"),
    "email": ("seller.email", "todo@example.invalid"),
    "marketplace": ("marketplace", "[TODO: the marketplace, e.g. amazon.com]"),
}


@dataclass(frozen=True, slots=True)
class NewCase:
    """The files of a case about to be created, relative to its folder."""

    slug: str
    template: Template
    files: dict[str, bytes]
    placeholders: list[str] = field(default_factory=list)
    """Exhibit files that are stand-ins for documents the author still has to add."""
    variant: str | None = None
    """The template's variant the case was made from (None: the template has none)."""
    sources: dict[str, str] = field(default_factory=dict)
    """Path in the case → path in the template folder (they differ for a variant's files)."""

    def todo_count(self) -> int:
        return sum(data.count(b"[TODO:") for rel, data in self.files.items() if rel.endswith(".md"))


def check_slug(slug: str) -> str:
    """The slug, or ReinstateError: it becomes a folder name and part of every output URL."""
    if SLUG.fullmatch(slug):
        return slug
    hint = "use lower-case letters, digits, '-' and '_', starting with a letter or digit"
    if SLUG.fullmatch(slug.lower()):
        hint = f"write it in lower case: '{slug.lower()}'"
    elif slug.startswith(("_", ".")) and SLUG.fullmatch(slug.lstrip("_.")):
        hint = "a folder starting with '_' or '.' is ignored by reinstate (a draft)"
    raise ReinstateError(f"'{slug}' cannot be a case name; {hint}")


def template_environment(config: Config) -> jinja2.Environment:
    """Jinja2 over the project's templates folder, then the built-in one."""
    loaders: list[jinja2.BaseLoader] = []
    project = project_templates_dir(config)
    if project.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(project)))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_DIR)))
    loaders.append(jinja2.PrefixLoader({BUILTIN_PREFIX: jinja2.FileSystemLoader(str(BUILTIN_DIR))}))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # Markdown and YAML, not HTML; values in YAML go through `yaml`
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # The templates this process compiled already, checked against their text: one
        # session of `new` after another (the interactive one, the tests) compiles each once.
        bytecode_cache=template_cache(None, kept=True),
    )
    env.filters["yaml"] = yaml_scalar
    env.filters["days"] = add_days
    return env


def add_days(date: dt.date | str, days: int | str) -> dt.date | str:
    """`date` plus `days` days; a notice date still to fill in stays a to-do marker."""
    return date + dt.timedelta(days=int(days)) if isinstance(date, dt.date) else date


def yaml_scalar(value: Any) -> str:
    """`value` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(str(value), ensure_ascii=False)


def template_context(
    slug: str, facts: Facts, today: dt.date, variant: str | None = None
) -> dict[str, Any]:
    given = {name: getattr(facts, name) for name in STAND_INS}
    todos = STAND_IN_TODOS.get(facts.language, {})
    values = {name: given[name] or todos.get(name, STAND_INS[name][1]) for name in STAND_INS}
    stand_ins = [
        STAND_INS[name][0]
        for name in ("merchant_token", "email")
        if not given[name]  # the others hold a [TODO: ...] marker of their own
    ]
    return {
        "slug": slug,
        "today": today,
        "notice_date": facts.notice_date or NOTICE_TODOS.get(facts.language, NOTICE_TODO),
        "seller": {k: values[k] for k in ("legal_name", "store_name", "merchant_token", "email")},
        "marketplace": values["marketplace"],
        "stand_ins": stand_ins,
        "variant": variant,
        "language": facts.language,
        "base": language_file(BUILTIN_DIR, "_base/case.md", facts.language),
    }


def language_file(folder: Path, rel: str, language: str) -> str:
    """`rel`, or its translation `LANG/rel` beside it where the template has one (the
    translations of a template live in a folder named after the language, e.g.
    `_base/de/case.md` for `_base/case.md`)."""
    if language == "en":
        return rel
    parent, _sep, name = rel.rpartition("/")
    translated = f"{parent}/{language}/{name}" if parent else f"{language}/{name}"
    return translated if (folder / translated).is_file() else rel


def render_case(
    config: Config,
    template: Template,
    slug: str,
    facts: Facts,
    today: dt.date,
    variant: str | None = None,
) -> NewCase:
    """Render every file of `template` (and of its `variant`) for a case `slug`; nothing is
    written."""
    env = template_environment(config)
    context = template_context(slug, facts, today, variant)
    files: dict[str, bytes] = {}
    sources: dict[str, str] = {}
    for rel, path in template_files(template, variant):
        inside = language_file(
            template.folder, path.relative_to(template.folder).as_posix(), facts.language
        )
        path = template.folder / inside
        sources[rel] = inside
        if path.suffix.lower() == ".md":
            name = PurePosixPath(template.name, inside).as_posix()
            try:
                text = env.get_template(name).render(context)
            except jinja2.TemplateError as exc:
                raise ReinstateError(
                    f"template '{template.name}/{inside}' cannot be rendered: {exc}"
                ) from None
            files[rel] = text.encode("utf-8")
        else:
            files[rel] = path.read_bytes()
    if "case.md" not in files:
        raise ReinstateError(f"template '{template.name}' ({template.folder}) has no case.md")
    return NewCase(slug, template, files, variant=variant, sources=sources)


def exhibit_fronts(new: NewCase) -> list[dict[str, Any]]:
    """The front matter of the rendered exhibit files (unreadable ones are skipped here:
    the full load in `verify_staged` reports them)."""
    found = []
    for rel, data in new.files.items():
        if not rel.endswith(".md"):
            continue
        source = split_source(Path(rel), rel, data.decode("utf-8", "replace"), "", Reporter())
        if source is not None and source.meta.get("kind") == "exhibit":
            found.append(source.meta)
    return found


def add_placeholders(new: NewCase, lang: str = "en") -> NewCase:
    """A stand-in file for each exhibit whose `file:` the template does not provide, saying
    what it stands for in the case's language `lang`."""
    files = dict(new.files)
    made = []
    for meta in exhibit_fronts(new):
        rel = meta.get("file")
        if not isinstance(rel, str) or rel in files:
            continue
        path = PurePosixPath(rel)
        if path.is_absolute() or ".." in path.parts or path.suffix.lower() not in EXHIBIT_SUFFIXES:
            continue  # the build reports it, with the reason
        data = placeholder_file(path.suffix, str(meta.get("title", "")), rel, lang)
        if data is not None:
            files[rel] = data
            made.append(rel)
    return replace(new, files=files, placeholders=sorted(made))


def with_modeline(text: str, schema_rel: str) -> str:
    """`text` with the editor's schema line: in place of the template's own schema line,
    else inserted right after the opening `---`."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return text
    line = MODELINE + schema_rel
    for i, old in enumerate(lines[1:], 1):
        if old.rstrip() in ("---", "..."):
            break
        if old.startswith("# yaml-language-server:"):
            return "\n".join([*lines[:i], line, *lines[i + 1 :]])
    return "\n".join([lines[0], line, *lines[1:]])


def inserted_line(text: str) -> bool:
    """True when `with_modeline` adds a line to `text` (later lines move down by one)."""
    return with_modeline(text, "").count("\n") > text.count("\n")


def schema_path_from(folder: Path, root: Path) -> str:
    return Path(os.path.relpath(root / SCHEMA_FILE, folder)).as_posix()


def stage_case(config: Config, new: NewCase) -> Path:
    """Write the files into a hidden folder beside the final one (reinstate ignores names
    starting with '.'), so that the case appears whole or not at all."""
    config.content.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".new-{new.slug}-", dir=config.content))
    final = config.content / new.slug
    try:
        for rel, data in sorted(new.files.items()):
            target = staged / rel
            if rel.endswith(".md"):
                schema = schema_path_from(final / PurePosixPath(rel).parent, config.root)
                data = with_modeline(data.decode("utf-8"), schema).encode("utf-8")
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, data)
    except BaseException:
        discard(staged)
        raise
    return staged


def verify_staged(config: Config, new: NewCase, staged: Path, today: dt.date) -> list[Diagnostic]:
    """Errors in the staged case's files (front matter, ids, references), as the build
    would report them, located in the template's files."""
    reporter = Reporter()
    case_dir = find_case(staged, config, reporter)
    if case_dir is not None:
        case_dir = replace(case_dir, slug=new.slug)
        case = load_case(case_dir, config, reporter, today)
        if case is not None:
            resolve(case, reporter, config.allow_html)
    prefix = config.rel(staged) + "/"
    shown = template_file(config, new.template, "")
    moved = {rel for rel, data in new.files.items() if rel.endswith(".md")}
    moved = {rel for rel in moved if inserted_line(new.files[rel].decode("utf-8"))}
    errors = [d for d in reporter.sorted() if d.severity == Severity.ERROR]
    return [relocate(d, prefix, shown, moved, new.sources) for d in errors]


def relocate(
    diagnostic: Diagnostic,
    prefix: str,
    shown: str,
    moved: set[str],
    sources: dict[str, str] | None = None,
) -> Diagnostic:
    """The diagnostic pointing into the template's file instead of the staged one."""
    location = diagnostic.location
    if location.path.startswith(prefix):
        rel = location.path[len(prefix) :]
        line = location.line - 1 if rel in moved and location.line > 1 else location.line
        location = replace(location, path=shown + (sources or {}).get(rel, rel), line=line)
    message = diagnostic.message.replace(prefix, shown)
    return replace(diagnostic, location=location, message=message)


def publish(config: Config, staged: Path, slug: str) -> Path:
    """Move the staged case to content/SLUG; refuse if that name was taken meanwhile."""
    final = config.content / slug
    try:
        final.mkdir()  # claims the name: fails when anything exists there
    except FileExistsError:
        discard(staged)
        raise ReinstateError(already_exists(config, final)) from None
    try:
        staged.replace(final)  # POSIX: replaces the empty folder made just above
    except OSError:
        final.rmdir()
        staged.rename(final)
    return final


def discard(staged: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(staged)  # ours: made by stage_case a moment ago


def already_exists(config: Config, folder: Path) -> str:
    return (
        f"'{config.rel(folder)}' already exists; reinstate new never overwrites a case "
        "(choose another name, or move the folder away first)"
    )


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def ensure_schema_file(root: Path) -> str:
    """Write reinstate.schema.json when missing or an older reinstate wrote it.

    Returns what happened: 'written', 'updated', 'current' or 'kept' (a file of the same
    name that reinstate did not write is left alone).
    """
    path = root / SCHEMA_FILE
    text = schema_text()
    try:
        old = path.read_text("utf-8")
    except FileNotFoundError:
        atomic_write(path, text.encode("utf-8"))
        return "written"
    except (OSError, UnicodeDecodeError):
        return "kept"
    if old == text:
        return "current"
    try:
        ours = json.loads(old).get("$id") == SCHEMA_ID
    except (ValueError, AttributeError):
        ours = False
    if not ours:
        return "kept"
    atomic_write(path, text.encode("utf-8"))
    return "updated"


def template_file(config: Config, template: Template, rel: str) -> str:
    """How messages name a template file: project-relative, or `builtin/<name>/<rel>`."""
    if template.builtin:
        return f"{BUILTIN_PREFIX}/{template.name}/{rel}"
    return config.rel(template.folder) + f"/{rel}"
