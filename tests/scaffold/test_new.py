"""`reinstate new`: every violation type, and every variant of it, gives a case that builds,
with its starter sections, and lists what is left to fill in (to-do markers, dates,
stand-in files) as the checks' findings."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import markupsafe
import pytest
import yaml
from pypdf import PdfReader

from reinstate.cli import main
from reinstate.core.diagnostics import Reporter, Severity
from reinstate.core.fieldtypes import Obj
from reinstate.core.frontmatter import CASE, SCHEMA_ID, VIOLATION_TYPES, json_schema
from reinstate.run.build import BuildOptions, BuildResult, build_project
from reinstate.scaffold.catalogue import TRANSLATIONS, VARIANTS_DIR, read_variants
from reinstate.scaffold.new import BUILTIN_DIR, MODELINE, SCHEMA_FILE
from reinstate.stages.read import read_source
from support.common import TODAY, Run, write

DAY = dt.date.fromisoformat(TODAY)


def quiet_main(*args: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return Run(status, out.getvalue(), err.getvalue())


def variants_of(kind: str) -> list[str | None]:
    found = read_variants(BUILTIN_DIR / kind / "variants.yaml", kind)
    return list(found.described) if found is not None else [None]


CASES = [(kind, variant) for kind in VIOLATION_TYPES for variant in variants_of(kind)]
"""Every built-in template and every variant of it."""
IDS = [f"{kind}-{variant}" if variant else kind for kind, variant in CASES]


@pytest.fixture(scope="module")
def every_type(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    """One project with a new case of every type and variant (notice of today), built once."""
    root = tmp_path_factory.mktemp("every-type") / "appeals"
    for kind, variant in CASES:
        chosen = ["--variant", variant] if variant else []
        run = quiet_main(
            "new", slug_of(kind, variant), "--type", kind, *chosen, root, "--today", TODAY,
            "--notice-date", TODAY,
        )  # fmt: skip
        assert run.status == 0, run.err
    result = build_project(root, BuildOptions(today=DAY, pdf=False))
    return root, result


def slug_of(kind: str, variant: str | None = None) -> str:
    default = variants_of(kind)[0] if kind in VIOLATION_TYPES else None
    name = kind if variant in (None, default) else f"{kind}-{variant}"
    return "case-" + name.replace("_", "-")


def front(path: Path) -> dict[str, Any]:
    reporter = Reporter()
    source = read_source(path, path.name, reporter)
    assert source is not None, [d.format() for d in reporter]
    return source.meta


def body(path: Path) -> str:
    text = path.read_text("utf-8")
    return text.split("\n---\n", 1)[1]


def prose(path: Path) -> str:
    """The body without `%` note lines (what reaches the outputs)."""
    return "\n".join(line for line in body(path).splitlines() if not line.startswith("%"))


def template_files(kind: str) -> list[str]:
    folder = BUILTIN_DIR / kind
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def case_of(kind: str, variant: str | None, every_type: tuple[Path, BuildResult]) -> Any:
    _root, result = every_type
    return next(c for c in result.cases if c.slug == slug_of(kind, variant))


def template_folders(kind: str, variant: str | None) -> list[Path]:
    folders = [BUILTIN_DIR / kind]
    return folders + ([BUILTIN_DIR / kind / VARIANTS_DIR / variant] if variant else [])


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_a_new_case_builds_and_its_errors_are_what_is_left_to_fill(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    """Dates, ids and units to fill in, and stand-in files, are errors; nothing else is."""
    root, _ = every_type
    case = case_of(kind, variant, every_type)
    assert case.source_errors == 0
    assert (root / "site" / slug_of(kind, variant) / "plan-of-action.html").is_file()
    errors = [d for d in case.diagnostics if d.severity == Severity.ERROR]
    assert errors, "a fresh case must never pass the checks"
    for d in errors:
        assert d.rule == "placeholder.unfilled", d.format()
        assert d.message.startswith("to do: ") or "stand-in page" in d.message, d.format()


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_only_the_places_to_fill_are_reported(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    case = case_of(kind, variant, every_type)
    others = [d.format() for d in case.diagnostics if d.rule not in PLACEHOLDER_RULES]
    assert others == []


PLACEHOLDER_RULES = {"placeholder.unfilled"}
"""The rule that lists `[TODO: ...]` markers and stand-in files (R24)."""


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_every_stand_in_file_and_every_date_is_an_error(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    root, _ = every_type
    folder = root / "content" / slug_of(kind, variant)
    case = case_of(kind, variant, every_type)
    errors = {
        (d.location.path, d.location.line) for d in case.diagnostics if d.severity == Severity.ERROR
    }
    for path in sorted(folder.rglob("*.md")):
        rel = path.relative_to(root).as_posix()
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            key = line.split(":", 1)[0]
            if key in ("date", "starts", "issued", "file") and not line.startswith("#"):
                if key == "file" or "[TODO:" in line:
                    assert (rel, n) in errors, f"{rel}:{n}: {line}"
                if key != "file":
                    assert TODAY not in line, f"{rel}:{n}: a date is never filled in as today"


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_output_has_the_starter_sections(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    root, _ = every_type
    slug = slug_of(kind, variant)
    folder = root / "content" / slug
    page = (root / "site" / slug / "plan-of-action.html").read_text("utf-8")
    items = [p for p in sorted(folder.rglob("*.md")) if p.name != "case.md"]
    assert {p.parent.name for p in items} >= {"causes", "actions", "exhibits"}
    for path in items:
        title = str(front(path)["title"])
        assert str(markupsafe.escape(title)) in page, f"{path.name}: {title}"
    opening = prose(folder / "case.md").split("\n\n")[-1].split("\n")[0]
    assert html.escape(opening, quote=False) in page
    for exhibit in (folder / "exhibits").glob("*.md"):
        copied = root / "site" / slug / "exhibits"
        assert any(copied.rglob(Path(front(exhibit)["file"]).name)), exhibit.name


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_files_match_the_template_and_carry_the_schema_line(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    root, _ = every_type
    folder = root / "content" / slug_of(kind, variant)
    made = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    markdown = [rel for rel in made if rel.endswith(".md")]
    expected: set[str] = set()
    for source in template_folders(kind, variant):
        expected |= {
            p.relative_to(source).as_posix()
            for p in source.rglob("*.md")
            if VARIANTS_DIR not in p.relative_to(source).parts
            and not TRANSLATIONS & set(p.relative_to(source).parts[:-1])
        }
    assert markdown == sorted(expected)
    exhibit_files = {front(folder / rel)["file"] for rel in markdown if rel.startswith("exhibits/")}
    assert set(made) - set(markdown) == exhibit_files
    schema = json_schema()
    assert (root / SCHEMA_FILE).read_text("utf-8").startswith("{")
    for rel in markdown:
        lines = (folder / rel).read_text("utf-8").split("\n")
        assert lines[0] == "---"
        assert lines[1].startswith(MODELINE), rel
        target = (folder / rel).parent / lines[1][len(MODELINE) :]
        assert target.resolve() == (root / SCHEMA_FILE).resolve()
    assert schema["$id"] == SCHEMA_ID


def keys_of(obj: Obj, value: dict[str, Any], prefix: str = "") -> list[str]:
    """Declared keys of `obj` missing from `value` (descending into given mappings)."""
    missing = []
    for spec in obj.fields:
        if spec.name not in value:
            missing.append(prefix + spec.name)
        elif isinstance(spec.type, Obj) and isinstance(value[spec.name], dict):
            missing += keys_of(spec.type, value[spec.name], f"{prefix}{spec.name}.")
    return missing


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_case_md_has_every_field_of_the_spec(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    root, _ = every_type
    meta = front(root / "content" / slug_of(kind, variant) / "case.md")
    assert keys_of(CASE, meta) == []
    assert meta["violation"]["type"] == kind
    assert meta["violation"]["notice_date"] == TODAY
    assert meta["violation"]["deadline"] is None, "deadlines follow the notice date"


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_text_follows_the_drafting_rules(
    kind: str, variant: str | None, every_type: tuple[Path, BuildResult]
) -> None:
    """No other placeholder style, dates left to fill, no 'will' in actions, TODOs closed."""
    root, _ = every_type
    for path in sorted((root / "content" / slug_of(kind, variant)).rglob("*.md")):
        text = path.read_text("utf-8")
        for pattern in (r"\[insert", r"XXX", r"\bTBD\b", r"B0XXXXXXXX", r"<[a-z][a-z _]*>"):
            assert not re.search(pattern, text, re.IGNORECASE), (path.name, pattern)
        for line in text.splitlines():
            assert line.count("[TODO:") == len(re.findall(r"\[TODO: [^\[\]]+\]", line)), line
        meta = front(path)
        for date in (meta.get("date"), meta.get("starts"), meta.get("issued")):
            assert date is None or str(date).startswith("[TODO: "), path.name
        if path.parent.name == "actions":
            said = str(front(path)["title"]) + "\n" + prose(path)
            assert not re.search(r"\bwill\b", said, re.IGNORECASE), path.name


def test_type_specific_starters(every_type: tuple[Path, BuildResult]) -> None:
    root, _ = every_type
    content = root / "content"

    def meta(kind: str, rel: str, variant: str | None = None) -> dict[str, Any]:
        return front(content / slug_of(kind, variant) / rel)

    odr = sorted(p.stem for p in (content / slug_of("odr") / "causes").glob("*.md"))
    assert odr == ["a-to-z-claims", "chargebacks", "negative-feedback"]
    assert meta("odr", "case.md")["violation"]["metrics"][0]["target"] == "< 1%"
    assert "seven calendar days" in body(content / slug_of("odr") / "case.md")
    invoice = meta("inauthentic", "exhibits/supplier-invoice.md")
    assert invoice["type"] == "invoice"
    assert set(invoice["issuer"]) == {"name", "phone", "address", "website"}
    assert meta("inauthentic", "exhibits/sales-records.md")["type"] == "order_list"
    assert ":::{units-table}" in body(content / slug_of("inauthentic") / "actions/traced-orders.md")
    assert (
        "365 days after the last unit" in meta("inauthentic", "measures/invoice-ledger.md")["title"]
    )
    assert "72 hours" in body(content / slug_of("restricted_products") / "case.md")
    retraction = content / slug_of("ip_trademark") / "actions" / "asked-for-retraction.md"
    assert "retraction" in body(retraction)
    assert meta("ip_copyright", "case.md")["mode"] == "dispute"
    notice = meta("ip_copyright", "exhibits/counter-notice.md", "counter-notice")
    assert notice["type"] == "counter_notice"
    bill = meta("verification", "exhibits/proof-of-address.md")
    assert bill["issued"].startswith("[TODO: ")


def test_stand_in_exhibit_files_say_what_goes_there(every_type: tuple[Path, BuildResult]) -> None:
    root, _ = every_type
    invoice = root / "content" / slug_of("inauthentic") / "files" / "supplier-invoice.pdf"
    text = PdfReader(invoice).pages[0].extract_text()
    assert "PLACEHOLDER" in text and "files/supplier-invoice.pdf" in text
    screenshot = root / "content" / slug_of("ip_trademark") / "files" / "listing-screenshots.png"
    assert screenshot.read_bytes().startswith(b"\x89PNG")


def test_new_says_what_it_made(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("new", "acme", "--type", "odr", tmp_path, "--today", TODAY)
    assert run.status == 0, run.err
    assert "created content/acme/ from the 'odr' template:" in run.out
    assert "content/acme/files/defect-list.pdf  (stand-in" in run.out
    assert "written reinstate.schema.json" in run.out
    assert re.search(r"\n\d+ places to fill in are marked \[TODO: \.\.\.\]", run.out)
    assert "Fill in violation.notice_date in content/acme/case.md first" in run.out
    assert "Other starting points" not in run.out
    again = cli("new", "other-case", "--type", "ip_trademark", tmp_path, "--notice-date", TODAY)
    assert "reinstate.schema.json" not in again.out  # already current
    assert "from the 'ip_trademark' template, variant 'undecided':" in again.out
    assert (
        "Other starting points ('reinstate new --list' describes them): --variant genuine, "
        "--variant used-mark, --variant never-sold" in again.out
    )
    assert "Fill in violation.notice_date" not in again.out


def test_facts_given_as_options(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli(
        "new",
        "acme",
        "--type",
        "inauthentic",
        tmp_path,
        "--seller",
        'Acme: "Best" #1 LLC',
        "--store",
        "Acme Home",
        "--merchant-token",
        "a1acme00",
        "--email",
        "ops@acme.example",
        "--marketplace",
        "amazon.co.uk",
        "--notice-date",
        "2025-03-01",
        "--today",
        TODAY,
    )
    assert run.status == 0, run.err
    case_md = tmp_path / "content" / "acme" / "case.md"
    meta = front(case_md)
    assert meta["seller"]["legal_name"] == 'Acme: "Best" #1 LLC'
    assert meta["seller"]["merchant_token"] == "A1ACME00"
    assert meta["marketplace"] == "amazon.co.uk"
    assert meta["violation"]["notice_date"] == "2025-03-01"
    assert "stand-in" not in body(case_md)


@pytest.mark.parametrize("kind", ["inauthentic", "odr"])
def test_the_count_of_places_to_fill_is_what_check_lists(
    cli: Callable[..., Run], tmp_path: Path, kind: str
) -> None:
    facts = ["--seller", "Acme LLC", "--store", "Acme", "--merchant-token", "A1ACME00"]
    facts += ["--email", "ops@acme.example", "--marketplace", "amazon.com"]
    facts += ["--notice-date", "2025-03-01", "--today", TODAY]
    made = cli("new", "acme", "--type", kind, tmp_path, *facts)
    assert made.status == 0, made.err
    said = re.search(r"\n(\d+) places to fill in are marked", made.out)
    assert said is not None, made.out
    checked = cli("check", tmp_path, "--today", TODAY)
    listed = [line for line in checked.err.splitlines() if "[placeholder.unfilled]" in line]
    listed = [line for line in listed if "stand-in page" not in line]
    assert len(listed) == int(said.group(1)), "\n".join(listed)


def test_stand_in_values_are_on_the_to_do_list(cli: Callable[..., Run], tmp_path: Path) -> None:
    assert cli("new", "acme", "--type", "other", tmp_path, "--today", TODAY).status == 0
    text = body(tmp_path / "content" / "acme" / "case.md")
    assert (
        "[TODO: replace the stand-in values of seller.merchant_token, seller.email in the "
        "front matter above]" in text
    )


def test_a_notice_date_to_fill_stops_the_case_with_a_located_error(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    assert cli("new", "acme", "--type", "restricted_products", tmp_path).status == 0
    case_md = tmp_path / "content" / "acme" / "case.md"
    line = next(
        n for n, text in enumerate(case_md.read_text("utf-8").splitlines(), 1)
        if text.startswith("  notice_date:")
    )  # fmt: skip
    checked = cli("check", tmp_path, "--today", TODAY)
    assert checked.status == 1
    assert (
        f"content/acme/case.md:{line}:16: error: to do: the date of Amazon's notice, YYYY-MM-DD; "
        "the case is checked and built once it is filled in" in checked.err
    )
    assert "Traceback" not in checked.err and "is not a date" not in checked.err
    built = cli("build", tmp_path, "--strict", "--today", TODAY, "--no-pdf")
    assert built.status == 1
    assert not (tmp_path / "site" / "acme" / "plan-of-action.html").exists()


def test_never_overwrites_a_case(cli: Callable[..., Run], tmp_path: Path) -> None:
    existing = write(tmp_path / "content" / "acme" / "notes.txt", "mine\n")
    run = cli("new", "acme", "--type", "odr", tmp_path, "--today", TODAY)
    assert run.status == 2
    assert "'content/acme' already exists; reinstate new never overwrites a case" in run.err
    assert sorted(p.name for p in existing.parent.iterdir()) == ["notes.txt"]
    assert existing.read_text() == "mine\n"
    (tmp_path / "content" / "empty").mkdir()
    assert cli("new", "empty", "--type", "odr", tmp_path).status == 2
    assert list((tmp_path / "content" / "empty").iterdir()) == []


@pytest.mark.parametrize(
    ("slug", "hint"),
    [
        ("Acme", "write it in lower case: 'acme'"),
        ("_draft", "ignored by reinstate"),
        ("../escape", "use lower-case letters"),
        ("a b", "use lower-case letters"),
        ("x" * 65, "use lower-case letters"),
    ],
)
def test_refuses_a_bad_case_name(
    cli: Callable[..., Run], tmp_path: Path, slug: str, hint: str
) -> None:
    run = cli("new", slug, "--type", "odr", tmp_path)
    assert run.status == 2
    assert "cannot be a case name" in run.err and hint in run.err
    assert not (tmp_path / "content").exists()


def test_unknown_type_suggests_the_closest(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("new", "acme", "--type", "inauthentc", tmp_path)
    assert run.status == 2
    assert "there is no template 'inauthentc'; did you mean 'inauthentic'?" in run.err


def test_bad_option_values_are_refused(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("new", "acme", "--type", "odr", tmp_path, "--merchant-token", "A1")
    assert run.status == 2 and "--merchant-token 'A1'" in run.err
    run = cli("new", "acme", "--type", "odr", tmp_path, "--notice-date", "2099-01-01")
    assert run.status == 2 and "in the future" in run.err
    assert not (tmp_path / "content" / "acme").exists()


def test_list_shows_built_in_and_project_templates(cli: Callable[..., Run], tmp_path: Path) -> None:
    write(tmp_path / "templates" / "cases" / "house-odr" / "case.md", "---\nkind: case\n---\n")
    run = cli("new", "--list", tmp_path)
    assert run.status == 0
    names = [line.split()[0] for line in run.out.splitlines() if not line.startswith(" ")]
    assert names == [*VIOLATION_TYPES, "house-odr"]
    assert re.search(r"\n +--variant genuine: we resell genuine goods of the brand", run.out)
    assert re.search(r"\n +--variant undecided \(default\): not decided yet", run.out)
    assert re.search(r"\nhouse-odr +project template\n", run.out)
    assert re.search(r"\nodr +Order Defect Rate over 1%", run.out)


HOUSE_CASE = """\
{% extends "builtin/odr/case.md" %}
{% block opening %}
Prepared by Keel Appeals for {{ seller.store_name }}. [TODO: the opening]
{% endblock %}
"""


def test_project_templates_add_and_replace(cli: Callable[..., Run], tmp_path: Path) -> None:
    house = tmp_path / "templates" / "cases"
    write(house / "house-odr" / "case.md", HOUSE_CASE)
    write(
        house / "house-odr" / "causes" / "late-replies.md",
        '---\nkind: cause\ntitle: "Replies to buyers took [TODO: hours] hours"\n---\nText.\n',
    )
    write(house / "house-odr" / "files" / "house-sop.pdf", "%PDF-1.4 not really\n")
    write(house / "other" / "case.md", '{% extends "builtin/other/case.md" %}\n')
    run = cli("new", "acme", "--type", "house-odr", tmp_path, "--store", "Acme", "--today", TODAY)
    assert run.status == 0, run.err
    folder = tmp_path / "content" / "acme"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "case.md",
        "causes",
        "causes/late-replies.md",
        "files",
        "files/house-sop.pdf",
    ]
    assert front(folder / "case.md")["violation"]["type"] == "odr"
    assert "Prepared by Keel Appeals for Acme." in body(folder / "case.md")
    assert (folder / "files" / "house-sop.pdf").read_text() == "%PDF-1.4 not really\n"
    run = cli("new", "plain", "--type", "other", tmp_path, "--today", TODAY)
    assert run.status == 0
    assert [p.name for p in (tmp_path / "content" / "plain").iterdir()] == ["case.md"]


def test_templates_folder_from_the_settings(cli: Callable[..., Run], tmp_path: Path) -> None:
    write(tmp_path / "reinstate.yaml", "templates: house\n")
    write(tmp_path / "house" / "ours" / "case.md", '{% extends "_base/case.md" %}\n')
    run = cli("new", "acme", "--type", "ours", tmp_path, "--today", TODAY)
    assert run.status == 0, run.err
    assert front(tmp_path / "content" / "acme" / "case.md")["violation"]["type"] == "other"


def test_a_broken_house_template_writes_nothing(cli: Callable[..., Run], tmp_path: Path) -> None:
    house = tmp_path / "templates" / "cases" / "broken"
    write(house / "case.md", '{% extends "_base/case.md" %}\n')
    write(
        house / "actions" / "done.md",
        "---\nkind: action\ntitle: Closed it\naddresses: [no-such-cause]\ndate: 2025-01-01\n---\n",
    )
    write(house / "measures" / "done.md", "---\nkind: measure\ntitle: x\n---\n")
    run = cli("new", "acme", "--type", "broken", tmp_path, "--today", TODAY)
    assert run.status == 1
    assert (
        "templates/cases/broken/actions/done.md:4:13: error: unknown cause 'no-such-cause'"
        in run.err
    )
    assert "'done' is already used" in run.err
    assert "the 'broken' template does not make a valid case" in run.err
    assert [p.name for p in (tmp_path / "content").iterdir()] == []


def test_a_template_that_does_not_render(cli: Callable[..., Run], tmp_path: Path) -> None:
    write(tmp_path / "templates" / "cases" / "odd" / "case.md", "---\nkind: {{ nothing }}\n---\n")
    run = cli("new", "acme", "--type", "odd", tmp_path)
    assert run.status == 2
    assert "template 'odd/case.md' cannot be rendered: 'nothing' is undefined" in run.err


def test_schema_file_is_kept_when_it_is_not_ours(cli: Callable[..., Run], tmp_path: Path) -> None:
    mine = write(tmp_path / SCHEMA_FILE, '{"title": "my own"}\n')
    run = cli("new", "acme", "--type", "odr", tmp_path, "--today", TODAY)
    assert run.status == 0
    assert mine.read_text() == '{"title": "my own"}\n'
    assert "kept your own reinstate.schema.json" in run.out


def test_an_older_schema_file_of_ours_is_updated(cli: Callable[..., Run], tmp_path: Path) -> None:
    old = write(tmp_path / SCHEMA_FILE, f'{{"$id": "{SCHEMA_ID}", "title": "older"}}\n')
    run = cli("new", "acme", "--type", "odr", tmp_path, "--today", TODAY)
    assert run.status == 0
    assert "updated reinstate.schema.json" in run.out
    assert yaml.safe_load(old.read_text())["$defs"]


def test_creates_the_project_folder(cli: Callable[..., Run], tmp_path: Path) -> None:
    project = tmp_path / "new-project"
    run = cli("new", "acme", "--type", "odr", project, "--today", TODAY)
    assert run.status == 0
    assert (project / "content" / "acme" / "case.md").is_file()
    assert (project / SCHEMA_FILE).is_file()


def test_options_before_and_after_the_name(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("new", "--type", "odr", "--today", TODAY, "acme", tmp_path, "--store", "Acme")
    assert run.status == 0, run.err
    assert front(tmp_path / "content" / "acme" / "case.md")["seller"]["store_name"] == "Acme"


HOUSE_VARIANTS = """\
default: cautious
variants:
  cautious: admits nothing
  admits: we did it
"""


def test_project_templates_offer_variants(cli: Callable[..., Run], tmp_path: Path) -> None:
    house = tmp_path / "templates" / "cases" / "keel"
    write(house / "variants.yaml", HOUSE_VARIANTS)
    write(
        house / "case.md",
        '{% extends "_base/case.md" %}\n{% block opening %}Variant {{ variant }}.{% endblock %}\n',
    )
    write(house / "variants" / "admits" / "causes" / "we-did-it.md", CAUSE_FILE)
    run = cli("new", "acme", "--type", "keel", tmp_path, "--notice-date", TODAY)
    assert run.status == 0, run.err
    folder = tmp_path / "content" / "acme"
    assert "Variant cautious." in body(folder / "case.md")
    assert not (folder / "causes").exists()
    assert not (folder / "variants.yaml").exists() and not (folder / "variants").exists()
    run = cli("new", "other", "--type", "keel", "--variant", "admits", tmp_path)
    assert run.status == 0, run.err
    assert (tmp_path / "content" / "other" / "causes" / "we-did-it.md").is_file()
    listed = cli("new", "--list", tmp_path).out
    assert re.search(r"\n +--variant cautious \(default\): admits nothing\n", listed)


CAUSE_FILE = "---\nkind: cause\ntitle: We did it on 2025-01-02\n---\nBecause no one checked.\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--type", "ip_trademark", "--variant", "genuin"], "did you mean 'genuine'?"),
        (["--type", "odr", "--variant", "any"], "the 'odr' template has no variants"),
    ],
)
def test_an_unknown_variant_is_refused(
    cli: Callable[..., Run], tmp_path: Path, args: list[str], said: str
) -> None:
    run = cli("new", "acme", *args, tmp_path)
    assert run.status == 2
    assert said in run.err
    assert not (tmp_path / "content" / "acme").exists()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("default: a\n", "write 'default: NAME' and 'variants:'"),
        ("default: b\nvariants: {a: one}\n", "the default 'b' is not one of: a"),
        ("default: a\nvariants: [a]\n", "'variants' must map each name to a one-line"),
        ("default: a\nvariants: {a: one\n", "is not valid YAML"),
    ],
)
def test_a_broken_variants_file_is_reported(
    cli: Callable[..., Run], tmp_path: Path, text: str, said: str
) -> None:
    write(tmp_path / "templates" / "cases" / "keel" / "variants.yaml", text)
    write(tmp_path / "templates" / "cases" / "keel" / "case.md", '{% extends "_base/case.md" %}\n')
    run = cli("new", "acme", "--type", "keel", tmp_path)
    assert run.status == 2
    assert said in run.err
