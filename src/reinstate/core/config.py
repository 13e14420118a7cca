"""Project settings: reinstate.yaml, validated like front matter, with safe folder rules."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.core.decoding import decode
from reinstate.core.diagnostics import Location, ReinstateError, Reporter
from reinstate.core.fieldtypes import JSON, Bool, Context, Enum, Field, Int, ListOf, MapOf, Obj, Str
from reinstate.core.frontmatter import BUNDLE, CHANNELS
from reinstate.core.limits import DEFAULT as LIMITS
from reinstate.core.limits import DEFAULT_MAX_BYTES, NESTING_CAP, SETTINGS, Limits
from reinstate.core.vocabulary import DATE_STYLES, LANGUAGES, PAPERS
from reinstate.core.yamlmarks import Marks, YamlError, load_with_marks

CONFIG_FILE = "reinstate.yaml"

_LINE = Str(one_line=True)
_WORDS = Obj(
    (
        Field("add", ListOf(_LINE), default=[], doc="Phrases added to the built-in list."),
        Field("remove", ListOf(_LINE), default=[], doc="Built-in phrases to drop."),
        Field("replace", Bool(), default=False, doc="Use only `add`, not the built-in list."),
    )
)
CHECKS = Obj(
    (
        Field("disable", ListOf(_LINE), default=[], doc="Rule ids (or families) to switch off."),
        Field(
            "severity",
            MapOf(Str(r"[a-z0-9_.-]+", "a rule id"), Enum(("error", "warning", "info"))),
            default={},
            doc="Severity per rule id (or family), e.g. raise a warning to error.",
        ),
        Field("poa_max_words", Int(minimum=1), default=600, doc="R17: plan length limit."),
        Field(
            "poa_words_per_item",
            Int(minimum=0),
            default=80,
            doc="R17: the limit grows to this many words per cause, action and measure.",
        ),
        Field("letter_max_words", Int(minimum=1), default=300, doc="R17: letter length limit."),
        Field("followup_business_days", Int(minimum=0), default=5, doc="R26: days of silence."),
        Field("max_measures_per_cause", Int(minimum=1), default=6, doc="R10: wish-list limit."),
        Field("max_paragraph_sentences", Int(minimum=1), default=5, doc="R18."),
        Field("similarity_max", Int(minimum=1), default=80, doc="R21: percent similarity."),
        Field("invoice_max_age_days", Int(minimum=1), default=365, doc="R13."),
        Field("utility_bill_max_age_days", Int(minimum=1), default=90, doc="R15."),
        Field(
            "words", MapOf(Str(r"[a-z0-9_.-]+", "a rule id"), _WORDS), default={}, doc="Word lists."
        ),
    )
)
PDF = Obj(
    (
        Field("max_mb", Int(minimum=1), default=10, doc="Warn when the bundle is larger."),
        Field("image_max_dpi", Int(minimum=72), doc="Downscale exhibit images above this."),
    )
)
EMAIL = Obj(
    (
        Field("to", MapOf(Enum(CHANNELS), _LINE), default={}, doc="Recipient per channel."),
        Field("attach_bundle", Bool(), default=True, doc="Attach the PDF bundle."),
        Field(
            "max_attachment_mb",
            Int(minimum=1),
            default=10,
            doc="Warn when the attached bundle is larger.",
        ),
    )
)
TEXT_SECTIONS = ("opening", "causes", "actions", "measures", "exhibits", "request", "plan")
"""Sections of plan-of-action.txt that `text.section_limits` can limit ('plan': the file)."""
TEXT = Obj(
    (
        Field(
            "section_limits",
            MapOf(Enum(TEXT_SECTIONS), Int(minimum=1)),
            default={},
            doc="Characters allowed per section of plan-of-action.txt.",
        ),
    )
)
CONFIG = Obj(
    (
        Field("content", _LINE, default="content", doc="Source folder."),
        Field("output", _LINE, default="site", doc="Output folder."),
        Field("theme", _LINE, default="default", doc="A folder under themes/, or a path."),
        Field("strict", Bool(), default=False, doc="Warnings are errors."),
        Field("paper", Enum(PAPERS), doc="PDF paper size; default: by marketplace."),
        Field(
            "date_style", Enum(DATE_STYLES), doc="How dates are written; default: by marketplace."
        ),
        Field(
            "language",
            Enum(LANGUAGES),
            doc="Language of the generated words of every case without its own; default: en.",
        ),
        Field("allow_html", Bool(), default=False, doc="Let raw HTML in Markdown through."),
        Field(
            "highlight_ids",
            Bool(),
            default=True,
            doc="Mark the notice's ASINs and order ids on the bundle's exhibit pages.",
        ),
        Field("max_file_bytes", Int(minimum=1024), default=DEFAULT_MAX_BYTES, doc="Per file."),
        Field(
            "max_case_bytes",
            Int(minimum=1024),
            default=LIMITS.case_bytes,
            doc="The Markdown files of a case together.",
        ),
        Field(
            "max_case_blocks",
            Int(minimum=1),
            default=LIMITS.case_blocks,
            doc="Blocks (paragraphs, list items, table cells ...) of a case together.",
        ),
        Field(
            "max_exhibit_bytes",
            Int(minimum=1024),
            default=LIMITS.exhibit_bytes,
            doc="Per exhibit file.",
        ),
        Field("max_table_cells", Int(minimum=1), default=LIMITS.table_cells, doc="Per table."),
        Field(
            "max_nesting",
            Int(minimum=1, maximum=NESTING_CAP),
            default=LIMITS.nesting,
            doc="Directives within directives; lists and quotes within each other.",
        ),
        Field(
            "max_exhibit_pages",
            Int(minimum=1),
            default=LIMITS.exhibit_pages,
            doc="Pages per exhibit PDF.",
        ),
        Field(
            "max_case_exhibit_pages",
            Int(minimum=1),
            default=LIMITS.case_exhibit_pages,
            doc="Pages of a case's exhibits together.",
        ),
        Field(
            "max_image_frames",
            Int(minimum=1),
            default=LIMITS.image_frames,
            doc="Frames per exhibit image.",
        ),
        Field(
            "max_image_pixels",
            Int(minimum=1),
            default=LIMITS.image_pixels,
            doc="Pixels per exhibit image.",
        ),
        Field(
            "max_ocr_pages",
            Int(minimum=0),
            default=LIMITS.ocr_pages,
            doc="Scanned exhibit pages read by OCR (for highlights) per case build.",
        ),
        Field("templates", _LINE, doc="Folder of the project's own case templates."),
        Field(
            "extensions",
            ListOf(_LINE),
            default=[],
            doc="Extensions to use, in order: installed ones by name, project modules by path.",
        ),
        Field("checks", CHECKS, default={}, doc="Check rule settings."),
        Field("pdf", PDF, default={}, doc="PDF bundle settings."),
        Field("email", EMAIL, default={}, doc="E-mail settings."),
        Field("text", TEXT, default={}, doc="Plain-text settings."),
        Field("bundle", BUNDLE, default={}, doc="PDF bundle parts (a case may override)."),
    ),
    doc="reinstate.yaml: project settings (all optional).",
)


@dataclass(frozen=True, slots=True)
class WordList:
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    replace: bool = False


@dataclass(frozen=True, slots=True)
class ChecksConfig:
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    """Rule id or family: error | warning | info (a rule's own default otherwise)."""
    poa_max_words: int = 600
    poa_words_per_item: int = 80
    letter_max_words: int = 300
    followup_business_days: int = 5
    max_measures_per_cause: int = 6
    max_paragraph_sentences: int = 5
    similarity_max: int = 80
    invoice_max_age_days: int = 365
    utility_bill_max_age_days: int = 90
    words: dict[str, WordList] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PdfConfig:
    max_mb: int = 10
    image_max_dpi: int | None = None


@dataclass(frozen=True, slots=True)
class EmailConfig:
    to: dict[str, str] = field(default_factory=dict)
    attach_bundle: bool = True
    max_attachment_mb: int = 10


@dataclass(frozen=True, slots=True)
class TextConfig:
    section_limits: dict[str, int] = field(default_factory=dict)
    """Section key (`TEXT_SECTIONS`) → characters allowed."""


@dataclass(frozen=True, slots=True)
class Config:
    """Validated project settings; folder paths are absolute."""

    root: Path
    content: Path
    output: Path
    theme: str = "default"
    strict: bool = False
    paper: str | None = None
    """None: each case's marketplace decides (Letter for amazon.com, .ca, .com.mx; else A4)."""
    date_style: str | None = None
    """None: each case's marketplace decides (`vocabulary.marketplace_date_style`)."""
    language: str | None = None
    """None: English, unless a case sets its own `language`."""
    allow_html: bool = False
    highlight_ids: bool = True
    """Mark the notice's ASINs and order ids (and `covers:` ASINs) on exhibit pages."""
    max_file_bytes: int = DEFAULT_MAX_BYTES
    limits: Limits = field(default_factory=Limits)
    """Every resource limit (`max_file_bytes` is `limits.file_bytes`)."""
    templates: Path | None = None
    extensions: tuple[str, ...] = ()
    """Extension names (installed) and project module paths (.py), in order."""
    checks: ChecksConfig = field(default_factory=ChecksConfig)
    pdf: PdfConfig = field(default_factory=PdfConfig)
    email: EmailConfig = field(default_factory=EmailConfig)
    text: TextConfig = field(default_factory=TextConfig)
    bundle_redline: bool = False
    """`bundle.redline`: the redline as an annex of every case's PDF bundle."""
    path: Path | None = None
    """reinstate.yaml, when the project has one."""
    marks: Marks | None = None

    def rel(self, path: Path | str) -> str:
        """`path` relative to the project folder when inside it, POSIX separators. A
        string is cut by its prefix (a save rereads every file of a case: making each a
        Path to ask this was a tenth of a 300-item rebuild)."""
        if isinstance(path, str):
            root = str(self.root)
            if path.startswith(root) and path[len(root) : len(root) + 1] == os.sep:
                return path[len(root) + 1 :].replace(os.sep, "/")
            path = Path(path)
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


def load_config(root: Path, reporter: Reporter) -> Config:
    """Read `root/reinstate.yaml` (optional). Problems are reported; errors raise."""
    root = root.resolve()
    if not root.is_dir():
        raise ReinstateError(f"project folder '{root}' does not exist")
    path = root / CONFIG_FILE
    if not path.is_file():
        return Config(root=root, content=root / "content", output=root / "site")
    raw, marks = _read_yaml(path, reporter)
    before = reporter.errors
    values: dict[str, Any] = CONFIG.check(raw, (), Context(reporter, marks))
    if reporter.errors > before:
        raise ReinstateError(f"{CONFIG_FILE} has errors", diagnostics=reporter.diagnostics)
    checks = values["checks"] or {}
    words = {
        rule: WordList(tuple(w["add"]), tuple(w["remove"]), w["replace"])
        for rule, w in (checks.get("words") or {}).items()
    }
    check_values = {k: v for k, v in checks.items() if k != "words" and v is not None}
    check_values["disable"] = tuple(check_values.get("disable", ()))
    check_values["severity"] = dict(check_values.get("severity") or {})
    pdf = {k: v for k, v in (values["pdf"] or {}).items() if v is not None}
    email = {k: v for k, v in (values["email"] or {}).items() if v is not None}
    templates = values["templates"]
    return Config(
        root=root,
        content=(root / values["content"]).resolve(),
        output=(root / values["output"]).resolve(),
        theme=values["theme"],
        strict=values["strict"],
        paper=values["paper"],
        date_style=values["date_style"],
        language=values["language"],
        allow_html=values["allow_html"],
        highlight_ids=values["highlight_ids"],
        max_file_bytes=values["max_file_bytes"],
        limits=Limits(
            **{name: values[key] for name, key in SETTINGS.items()},
        ),
        templates=(root / templates).resolve() if templates else None,
        extensions=tuple(values["extensions"]),
        checks=ChecksConfig(**check_values, words=words),
        pdf=PdfConfig(**pdf),
        email=EmailConfig(**email),
        text=TextConfig(dict((values["text"] or {}).get("section_limits") or {})),
        bundle_redline=bool((values["bundle"] or {}).get("redline")),
        path=path,
        marks=marks,
    )


def _read_yaml(path: Path, reporter: Reporter) -> tuple[Any, Marks]:
    rel = CONFIG_FILE
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReinstateError(f"cannot read {rel}: {exc.strerror}") from None
    text = decode(data, rel, reporter)
    if text is None:
        raise ReinstateError(f"{rel} is not valid UTF-8 text")
    try:
        raw, marks = load_with_marks(text, rel, first_line=1)
    except YamlError as exc:
        lines = text.split("\n")
        line, col = exc.line, exc.col
        if line > len(lines):  # the end of a file without a final newline: its last line
            line, col = len(lines), len(lines[-1]) + 1
        reporter.error(Location(rel, line, col), "config.yaml", exc.message)
        raise ReinstateError(f"{rel} has errors", diagnostics=reporter.diagnostics) from None
    return ({} if raw is None else raw), marks


def check_output_folder(config: Config, output: Path | None = None) -> Path:
    """The output folder, refused when writing there could touch sources.

    It may not be the project folder, the content folder, a parent of either, or inside the
    content folder or a theme folder.
    """
    out = (output or config.output).resolve()
    content = config.content
    if out == content or content.is_relative_to(out) or out.is_relative_to(content):
        raise ReinstateError(
            f"output folder '{config.rel(out)}' overlaps the content folder "
            f"'{config.rel(content)}'; choose another `output` in {CONFIG_FILE} or --out"
        )
    if config.root.is_relative_to(out):
        raise ReinstateError(
            f"output folder '{config.rel(out)}' contains the project folder; choose a sub-folder"
        )
    themes = config.root / "themes"
    if out.is_relative_to(themes):
        raise ReinstateError(f"output folder '{config.rel(out)}' is inside the themes folder")
    # A file (or /dev/null) where the folder or one of its parents should be: say so,
    # rather than the "File exists" of the first write inside it.
    there = next((p for p in (out, *out.parents) if p.exists() or p.is_symlink()), out)
    if there.exists() and not there.is_dir():
        what = "is" if there == out else f"is inside '{config.rel(there)}', which is"
        raise ReinstateError(
            f"output folder '{config.rel(out)}' {what} not a folder: the output must be a "
            f"folder (created when missing); choose another --out or `output` in {CONFIG_FILE}"
        )
    return out


def config_schema() -> JSON:
    """JSON Schema (draft 2020-12) of reinstate.yaml, for editors."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://reinstate.invalid/schema/reinstate-yaml-v1.json",
        "title": "reinstate.yaml: project settings",
        **CONFIG.json(),
    }
