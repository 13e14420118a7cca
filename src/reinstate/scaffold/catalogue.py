"""The catalogue of case templates and their variants, which `reinstate new` chooses from.

A template is a folder named after the violation type (built in: templates/cases/<type>/;
a project's own: its templates folder), holding a case.md and starter items. A template may
offer variants: the starting points a consultant would choose between before writing a word
("we resell genuine goods" / "we used the mark in our listing" / "we never sold it").
`variants.yaml` in the template folder names them and the default; the files under
`variants/<name>/` are added to the case (a file with the same path as a common one replaces
it) only when that variant is chosen, and every Markdown file sees the choice as
`{{ variant }}`. The default is the variant that admits nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from reinstate.core.config import Config
from reinstate.core.diagnostics import ReinstateError
from reinstate.core.fieldtypes import did_you_mean
from reinstate.core.frontmatter import VIOLATION_TYPES
from reinstate.core.vocabulary import LANGUAGES

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "templates" / "cases"
VARIANTS_FILE = "variants.yaml"
VARIANTS_DIR = "variants"
TRANSLATIONS = frozenset(LANGUAGES[1:])
"""Folders of a template that hold translations of the files beside them."""

DESCRIPTIONS = {
    "inauthentic": "inauthentic or counterfeit complaints (Section 3); invoices, supply chain",
    "ip_trademark": "trademark complaint: genuine goods, the mark in a listing, or never sold",
    "ip_copyright": "copyright complaint on your own photos or text; counter-notice (dispute)",
    "ip_patent": "patent complaint: Amazon's patent evaluation (APEX) or an attorney's opinion",
    "odr": "Order Defect Rate over 1%: negative feedback, A-to-z claims, chargebacks",
    "late_shipment": "Late Shipment Rate over 4%",
    "cancellation_rate": "Pre-fulfilment Cancel Rate over 2.5%",
    "valid_tracking": "Valid Tracking Rate under 95%",
    "related_accounts": "linked to another (deactivated) account",
    "restricted_products": "restricted product or claim; plan due within 72 hours",
    "condition": "used or damaged items sold as new (condition complaints)",
    "review_manipulation": "reviews or sales rank manipulation; reply window in the notice",
    "verification": "identity, address or utility bill verification (KYC)",
    "drop_shipping": "orders fulfilled by another retailer (drop shipping policy)",
    "other": "any other deactivation: a blank plan with one cause, action and measure",
}


@dataclass(frozen=True, slots=True)
class Variants:
    """The starting points a template offers."""

    default: str
    """The variant used when the author does not choose (the one that admits nothing)."""
    described: dict[str, str]
    """Name → what it is for, in the order of the file."""


@dataclass(frozen=True, slots=True)
class Template:
    """A case template: a folder of starter files."""

    name: str
    folder: Path
    builtin: bool

    @property
    def description(self) -> str:
        if self.builtin:
            return DESCRIPTIONS.get(self.name, "")
        return "project template" + (" (replaces the built-in one)" if self.replaces else "")

    @property
    def replaces(self) -> bool:
        return not self.builtin and (BUILTIN_DIR / self.name).is_dir()

    @property
    def variants(self) -> Variants | None:
        """The template's variants, or None when it offers none (ReinstateError if its
        variants.yaml is not usable)."""
        return read_variants(self.folder / VARIANTS_FILE, self.name)


def project_templates_dir(config: Config) -> Path:
    return config.templates or config.root / "templates" / "cases"


def _template_dirs(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        for entry in sorted(folder.iterdir()):
            if entry.is_dir() and not entry.name.startswith(("_", ".")):
                yield entry


def available_templates(config: Config) -> dict[str, Template]:
    """Every template by name: the built-in types first, then the project's own additions."""
    found = {d.name: Template(d.name, d, True) for d in _template_dirs(BUILTIN_DIR)}
    found = {name: found[name] for name in VIOLATION_TYPES if name in found} | found
    for folder in _template_dirs(project_templates_dir(config)):
        found[folder.name] = Template(folder.name, folder, False)
    return found


def choose_template(templates: dict[str, Template], name: str) -> Template:
    template = templates.get(name)
    if template is None:
        hint = did_you_mean(name, templates) or "choose one of: " + ", ".join(templates)
        raise ReinstateError(f"there is no template '{name}'; {hint}")
    return template


def read_variants(path: Path, template: str) -> Variants | None:
    """`variants.yaml`: `default: NAME` and `variants: {NAME: one line, ...}`."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReinstateError(f"cannot read {path}: {exc}") from None
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ReinstateError(f"{path} is not valid YAML: {exc}") from None
    problem = _variants_problem(data)
    if problem:
        raise ReinstateError(f"the variants of template '{template}' ({path}): {problem}")
    described = {str(k): " ".join(str(v).split()) for k, v in data["variants"].items()}
    return Variants(str(data["default"]), described)


def _variants_problem(data: Any) -> str:
    if not isinstance(data, dict) or set(data) != {"default", "variants"}:
        return "write 'default: NAME' and 'variants:' (a mapping of names to descriptions)"
    variants = data["variants"]
    if not isinstance(variants, dict) or not variants:
        return "'variants' must map each name to a one-line description"
    if any(not isinstance(k, str) or "/" in k or k.startswith((".", "_")) for k in variants):
        return "variant names are plain folder names"
    if data["default"] not in variants:
        return f"the default '{data['default']}' is not one of: {', '.join(variants)}"
    return ""


def choose_variant(template: Template, name: str | None) -> str | None:
    """The variant to use: `name` (checked), else the template's default; None when the
    template has no variants."""
    variants = template.variants
    if variants is None:
        if name is not None:
            raise ReinstateError(f"the '{template.name}' template has no variants")
        return None
    if name is None:
        return variants.default
    if name not in variants.described:
        hint = did_you_mean(name, variants.described) or "choose one of: " + ", ".join(
            variants.described
        )
        raise ReinstateError(f"the '{template.name}' template has no variant '{name}'; {hint}")
    return name


def template_files(template: Template, variant: str | None) -> Iterator[tuple[str, Path]]:
    """(path in the new case, file in the template) of every file the case is made of:
    the common files, then those of `variant`, which replace common files of the same path."""
    chosen: dict[str, Path] = {}
    for path in sorted(template.folder.rglob("*")):
        rel = PurePosixPath(path.relative_to(template.folder).as_posix())
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if rel.parts[0] == VARIANTS_DIR or rel.as_posix() == VARIANTS_FILE:
            continue
        if any(part in TRANSLATIONS for part in rel.parts[:-1]):
            continue  # a translation of a file beside it (reinstate new --language)
        chosen[rel.as_posix()] = path
    if variant is not None:
        folder = template.folder / VARIANTS_DIR / variant
        for path in sorted(folder.rglob("*")):
            rel = PurePosixPath(path.relative_to(folder).as_posix())
            if any(part in TRANSLATIONS for part in rel.parts[:-1]):
                continue
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                chosen[rel.as_posix()] = path
    yield from sorted(chosen.items())
