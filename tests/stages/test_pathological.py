"""Pathological case folders: each attack of the second hardening pass must end in a located
diagnostic and exit status 0 or 1, never a traceback (status 3). An attack on memory or
on the stack (sizes, nesting, recursion) is built in its own process under an address-space
limit; one that puts no resource at stake (a name, a control character, a link, a symbolic
link loop, a limit set low and passed by a few bytes or pages) runs in this process, where
an exception is the same status 3 and traceback.

The sizes are the smallest that still show the defect (a recursion, a quadratic loop, an
unbounded read); the scaling itself is measured by `benchmarks/pathological.py`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from support.common import ROOTS, SRC, TODAY

HOSTILE = Path(__file__).parents[1] / "hostile"
ADDRESS_SPACE = 1536 << 20
"""1.5 GiB: the attacks the issue found needed from 2 GB to 35 GB."""
LOCATED = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning)")


def limited() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def reinstate(root: Path, *args: str, today: bool = True, timeout: float = 300) -> tuple[int, str]:
    """`reinstate ARGS ROOT` in a process limited to `ADDRESS_SPACE`; (status, stderr)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "reinstate", *args, str(root)]
    if today:
        command += ["--today", TODAY]
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        preexec_fn=limited if os.name == "posix" else None,
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode in (0, 1), (done.returncode, done.stderr[-3000:])
    return done.returncode, done.stderr


def here(root: Path, *args: str) -> tuple[int, str]:
    """`reinstate ARGS ROOT` in this process, for what a setting changes on small inputs
    (no resource at stake: no need of a process of its own); (status, stderr)."""
    import contextlib
    import io

    from reinstate.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main([*args, str(root), "--today", TODAY])
    assert "Traceback" not in err.getvalue(), err.getvalue()[-3000:]
    assert status in (0, 1), (status, err.getvalue()[-3000:])
    return status, err.getvalue()


def located(err: str, rule: str) -> list[str]:
    """The located diagnostics of `rule` in `err`."""
    return [line for line in err.splitlines() if LOCATED.match(line) and f"[{rule}]" in line]


def minimal(tmp_path: Path, name: str = "p") -> Path:
    root = tmp_path / name
    shutil.copytree(ROOTS / "minimal", root)
    return root


def letter_project(tmp_path: Path) -> Path:
    root = tmp_path / "letter"
    shutil.copytree(ROOTS / "letter", root, ignore=shutil.ignore_patterns("golden"))
    (root / "reinstate.yaml").write_text("email: {attach_bundle: false}\n")
    return root


def use_exhibit(root: Path, name: str, data: bytes) -> None:
    case = root / "content/acme"
    (case / "files" / name).write_bytes(data)
    invoice = case / "exhibits/invoice.md"
    invoice.write_text(invoice.read_text().replace("invoice-881.png", name))


# Crashes: every one becomes a located diagnostic --------------------------------------------


def rc4_encrypted_pdf() -> bytes:
    """A PDF with a user password, encrypted with RC4 (no crypto library needed to write)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret", "owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cases(root: Path, names: Any) -> dict[str, Path]:
    """A copy of the minimal case `acme` per name (the original removed): one project of
    several attacks costs one process per command, and shows a bad case stops no other."""
    template = root / "content/acme"
    made = {}
    for name in names:
        made[name] = root / "content" / name
        shutil.copytree(template, made[name])
    shutil.rmtree(template)
    return made


def exhibit_in(case: Path, name: str, data: bytes) -> None:
    """`data` as the file of the case's one exhibit."""
    (case / "files" / name).write_bytes(data)
    invoice = case / "exhibits/invoice.md"
    invoice.write_text(invoice.read_text().replace("invoice-881.png", name))


def another_exhibit(case: Path, name: str, data: bytes | None) -> Path:
    """An exhibit `exhibits/STEM.md` of file `files/NAME` holding `data` (None: the caller
    writes the file), beside the case's own exhibit: one case of several attacks is one
    bundle to build, and shows a refused exhibit stops no other."""
    stem = name.split(".")[0]
    text = (case / "exhibits/invoice.md").read_text()
    page = case / f"exhibits/{stem}.md"
    page.write_text(text.replace("invoice-881.png", name).replace("Invoice 881", stem))
    if data is not None:
        (case / "files" / name).write_bytes(data)
    return page


def test_an_encrypted_exhibit_says_so_and_how_to_unlock_it(tmp_path: Path) -> None:
    """AES needs a crypto library to open even with an empty password; reinstate does not
    require one, so the file is reported the same way whether or not one is installed."""
    root = minimal(tmp_path)
    case = root / "content/acme"
    another_exhibit(case, "aes-256.pdf", (HOSTILE / "encrypted-aes256.pdf").read_bytes())
    another_exhibit(case, "rc4.pdf", rc4_encrypted_pdf())
    for command in (("check",), ("build",)):
        status, err = reinstate(root, *command)
        assert status == 1, err
        found = located(err, "exhibit.encrypted")
        assert len(found) == 2, found
        for kind in ("aes-256", "rc4"):
            [here] = [x for x in found if x.startswith(f"content/acme/exhibits/{kind}.md:")]
            assert here.startswith(f"content/acme/exhibits/{kind}.md:4:7: error:"), err
            assert "is encrypted" in here and "qpdf --decrypt" in here, here
    assert (root / "site/acme/acme-bundle.pdf").is_file()


BREAKERS = {
    "CR": "\\r",
    "NEL": "\\x85",
    "LS": "\\u2028",
    "PS": "\\u2029",
    "VT": "\\v",
    "FF": "\\f",
    "FS": "\\x1c",
}


HEADER_FIELDS = [
    ("letter.md", "subject", 6),
    ("case.md", "store_name", 5),
    ("case.md", "legal_name", 4),
]


def test_control_characters_in_a_header_field_are_refused(tmp_path: Path) -> None:
    """Each of these breaks a header line; `check` refuses them as `build` does. One case
    per character, each with the three fields broken: one `check` for all of them, and a
    `build` (which writes the e-mail) of the case with CR."""
    root = letter_project(tmp_path)
    template = root / "content/directives"
    for name, escape in BREAKERS.items():
        case = root / "content" / name.lower()
        shutil.copytree(template, case)
        for file, key, _line in HEADER_FIELDS:
            path = case / file
            text = path.read_text()
            value = re.search(rf"\n(\s*){key}: (.*)", text)
            assert value is not None
            escaped = f'"{value[2][:5]}{escape}{value[2][5:]}"'
            path.write_text(text.replace(value[0], f"\n{value[1]}{key}: {escaped}", 1))
    shutil.rmtree(template)
    for command in (("check",), ("build", "--no-pdf", "--case", "cr")):
        status, err = here(root, *command)
        assert status == 1, err
        found = located(err, "field.invalid")
        for name in BREAKERS if command == ("check",) else ["CR"]:
            for file, _key, line in HEADER_FIELDS:
                at = [x for x in found if x.startswith(f"content/{name.lower()}/{file}:{line}:")]
                assert at, (name, file, err[-2000:])
                assert "must be a single line, but holds the control character U+" in at[0]


def page(root: Path, body: str, name: str = "p", case: str = "acme") -> Path:
    path = root / f"content/{case}/pages/{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\nkind: page\ntitle: {name}\n---\n{body}")
    return path


DEEP = {
    "directives": ("directives are", ":::{note}\n" * 1000, 5 + 12),
    "quotes": ("lists and block quotes are", "> " * 1000 + "deep\n", 5),
    "lists": ("lists and block quotes are", "".join("  " * i + "- item\n" for i in range(300)), 17),
}


def test_deep_nesting_is_refused_where_it_passes_the_limit(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    for name in cases(root, DEEP):
        page(root, DEEP[name][1], case=name)
    for command in (("check",), ("build",)):
        status, err = reinstate(root, *command)
        assert status == 1, err
        found = located(err, "markdown.nesting")
        for name, (what, _body, line) in DEEP.items():
            [here] = [x for x in found if x.startswith(f"content/{name}/")]
            assert here.startswith(f"content/{name}/pages/p.md:{line}:1: error: {what} nested ")
            assert "raise `max_nesting` in reinstate.yaml" in here


def test_the_nesting_limit_is_a_setting(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    (root / "reinstate.yaml").write_text("max_nesting: 2\n")
    page(root, ":::::{note}\n::::{tip}\n:::{warning}\nDeep.\n:::\n::::\n:::::\n")
    status, err = here(root, "check")
    assert status == 1
    [found] = located(err, "markdown.nesting")
    assert found.startswith("content/acme/pages/p.md:7:1: error: directives are nested more than 2")
    (root / "reinstate.yaml").write_text("max_nesting: 3\n")
    status, err = here(root, "check")
    assert not located(err, "markdown.nesting"), err


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_symlink_loop_is_an_error_only_where_something_refers_to_it(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    expected = {
        "unreferenced": None,
        "markdown": "content/markdown/causes/a.md:1:1: error: cannot read file: Too many levels",
        "exhibit": "content/exhibit/exhibits/invoice.md:4:7: error: 'files/loop.png' leads through",
        "through-folder": "content/through-folder/exhibits/invoice.md:4:7: error: "
        "'files/self/x.png' leads",
    }
    for variant, case in cases(root, expected).items():
        os.symlink("loop.png", case / "files/loop.png")
        os.symlink("self", case / "files/self")
        os.symlink("sub", case / "sub")
        invoice = case / "exhibits/invoice.md"
        if variant == "markdown":
            os.symlink("a.md", case / "causes/b.md")
            os.symlink("b.md", case / "causes/a.md")
        elif variant == "exhibit":
            invoice.write_text(invoice.read_text().replace("invoice-881.png", "loop.png"))
        elif variant == "through-folder":
            invoice.write_text(invoice.read_text().replace("invoice-881.png", "self/x.png"))
    for command in (("check",), ("build", "--no-pdf")):
        status, err = here(root, *command)
        assert status == 1, err
        for variant, line in expected.items():
            said = [x for x in err.splitlines() if x.startswith(f"content/{variant}/")]
            if line is None:
                assert not said, said
            else:
                assert any(x.startswith(line) for x in said), (variant, said)
    assert (root / "site/unreferenced/plan-of-action.html").is_file()


BAD_NAMES = {
    "index.html": "is 'index.html', the name of a file of the site",
    "INDEX.html": "is 'INDEX.html', the name of a file of the site",
    "a\\b": "holds '\\', which cannot be part of an output path",
    "a\x1b[2Jb": "holds '\\x1b', which cannot be part of an output path",
}


def test_a_bad_case_folder_name_is_refused_and_the_other_cases_build(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    names = {n: w for n, w in BAD_NAMES.items() if os.name == "posix" or "\\" not in n}
    for name in names:  # a backslash separates folders on Windows
        shutil.copytree(root / "content/acme", root / "content" / name)
    for command in (("check",), ("build", "--no-pdf")):
        status, err = here(root, *command)
        assert status == 1, err
        found = located(err, "case.name")
        assert len(found) == len(names), found
        for name, why in names.items():
            shown = name.replace("\x1b", "\\x1b")
            assert any(
                x.startswith(f"content/{shown}:1:1: error: case folder name {why}") for x in found
            ), (name, found)
    assert (root / "site/acme/plan-of-action.html").is_file()
    assert (root / "site/index.html").is_file()
    assert sorted(
        p.name for p in (root / "site").iterdir() if not p.name.startswith((".", "_"))
    ) == [
        "acme",
        "index.html",
    ]


def test_a_deeply_nested_manifest_is_a_full_rebuild(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    here(root, "build", "--no-pdf")  # the build to start from: no attack yet
    manifest = root / "site/.reinstate-manifest.json"
    manifest.write_text('{"format": 2, "cases": ' + "[" * 200_000)
    status, err = reinstate(root, "build", "--no-pdf")
    assert status == 0, err
    assert "(1 rebuilt, 0 up to date)" in err, err  # a full rebuild
    assert manifest.read_text().startswith('{"checksum"')
    manifest.write_text("[" * 200_000 + "]" * 200_000)
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "reinstate", "clean", str(root)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "cannot read the build manifest" in done.stderr, done.stderr
    assert (root / "site/acme/plan-of-action.html").is_file()  # nothing removed


def test_clean_on_an_immutable_output_folder_says_what_it_could_not_remove(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chattr +i` needs a file system that has it: the refusal is injected instead."""
    import errno

    from reinstate.cli import main

    root = minimal(tmp_path)
    assert main(["build", str(root), "--no-pdf", "--today", TODAY]) == 0
    real_unlink = Path.unlink
    immutable = root / "site/acme"

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == immutable:
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    capsys.readouterr()
    assert main(["clean", str(root)]) == 1
    err = capsys.readouterr().err
    found = located(err, "clean.unremovable")
    assert found and all(line.startswith("site/acme/") for line in found), err
    assert "cannot remove: Operation not permitted" in found[0]
    assert (root / "site/acme/plan-of-action.html").is_file()
    assert not (root / "site/index.html").exists()


# Quadratic loops: counted, not timed -----------------------------------------------------


class CountingSet(set[str]):
    """A set that counts membership tests."""

    probes = 0

    def __contains__(self, item: object) -> bool:
        CountingSet.probes += 1
        return super().__contains__(item)


@pytest.mark.parametrize("n", [1_000, 4_000])
def test_heading_ids_take_linear_work(n: int) -> None:
    """Each heading's id is found in a bounded number of probes, however many share a base."""
    from reinstate.render.links import PageLinks

    links = PageLinks.__new__(PageLinks)
    links.owner = ""
    links.used_ids = CountingSet({"h-3", "h-7"})
    links.suffixes = {}
    links._trace = None
    CountingSet.probes = 0
    ids = [links.heading_id("h") for _ in range(n)] + [links.heading_id("H") for _ in range(n)]
    assert len(set(ids)) == 2 * n
    assert ids[:4] == ["h", "h-2", "h-4", "h-5"]
    assert CountingSet.probes <= 2 * (2 * n) + 2


class CountingText(str):
    """Text that counts the characters its `find` calls scan."""

    scanned = 0

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        begin = 0 if start is None else start
        found = super().find(sub, begin)
        CountingText.scanned += (found if found >= 0 else len(self)) - begin + len(sub)
        return found


@pytest.mark.parametrize(
    "text", ["<!--\n" * 5_000, "<!-- a -->" * 2_000 + "<!--" * 3_000, "x <!-- " + " " * 20_000]
)
def test_comment_removal_scans_each_character_a_bounded_number_of_times(text: str) -> None:
    from reinstate.stages.markdown import comment_spans, without_comments

    CountingText.scanned = 0
    spans = list(comment_spans(CountingText(text)))
    assert CountingText.scanned <= 2 * len(text) + 8 * (len(spans) + 1)
    assert without_comments(text) == re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)


@pytest.mark.parametrize(
    "text",
    [
        "a <!-- b --> c <!-- d",
        "<!---->x<!-- -->",
        "<!--->-->",
        "no comment",
        "<!-- reinstate: ignore style.passive -->",
    ],
)
def test_comment_removal_matches_the_regular_expression(text: str) -> None:
    from reinstate.stages.markdown import without_comments

    assert without_comments(text) == re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    blanked = without_comments(text, blank=True)
    assert len(blanked) == len(text)


def test_ignore_comments_are_read_in_linear_time() -> None:
    from reinstate.checks import ignored_ids

    line = "<!-- reinstate: ignore a.b, c -->" + "<!-- reinstate: ignore " * 5_000
    assert list(ignored_ids(line)) == [["a.b", "c"]]
    assert list(ignored_ids("<!--reinstate:ignore  x  -->")) == [["x"]]


# Limits on exhibit files -------------------------------------------------------------------


def blank_pdf(pages: int) -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tiff(frames: int, size: tuple[int, int] = (8, 8)) -> bytes:
    import io

    from PIL import Image

    images = [Image.new("L", size, 40 + i % 200) for i in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "TIFF", save_all=True, append_images=images[1:])
    return out.getvalue()


def png(size: tuple[int, int], mode: str = "RGB") -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, size).save(out, "PNG")
    return out.getvalue()


OVER_DEFAULTS: dict[str, tuple[str, Any, str]] = {
    "huge.pdf": (
        "max_exhibit_bytes",
        None,
        "is 2,684,354,560 bytes, over the limit of 67,108,864 bytes",
    ),
    "long.pdf": (
        "max_exhibit_pages",
        lambda: blank_pdf(101),
        "has 101 pages, over the limit of 100 pages",
    ),
    "frames.tif": (
        "max_image_frames",
        lambda: tiff(101),
        "has 101 frames, over the limit of 100 frames",
    ),
    "bomb.png": (
        "max_image_pixels",
        lambda: png((9000, 9000), "1"),
        "has 81,000,000 pixels, over the limit of 80,000,000",
    ),
}


def test_an_exhibit_over_a_default_limit_is_refused_before_it_costs(tmp_path: Path) -> None:
    """One exhibit per limit, in one case (one bundle to build)."""
    root = minimal(tmp_path)
    case = root / "content/acme"
    for name, (_setting, make, _message) in OVER_DEFAULTS.items():
        another_exhibit(case, name, None if make is None else make())
        if make is None:  # 2.5 GB, sparse: no disk used unless it is read
            with (case / "files" / name).open("wb") as handle:
                handle.write(b"%PDF-1.7\n")
                handle.truncate(5 << 29)
    for command in (("check",), ("build",)):
        status, err = reinstate(root, *command)
        assert status == 1, err
        found = located(err, "exhibit.too-large")
        assert len(found) == len(OVER_DEFAULTS), found
        for name, (setting, _make, message) in OVER_DEFAULTS.items():
            page = f"content/acme/exhibits/{name.split('.')[0]}.md"
            [here] = [x for x in found if x.startswith(f"{page}:")]
            assert here.startswith(f"{page}:4:7: error: exhibit file 'files/{name}' {message}"), (
                here
            )
            assert f"raise `{setting}` in reinstate.yaml" in here
    # refused before it is read: not copied into the site; the bundle is built without it
    written = [p for p in (root / "site").rglob("*") if p.is_file()]
    assert written and max(p.stat().st_size for p in written) < 64 << 20
    assert (root / "site/acme/acme-bundle.pdf").is_file()


@pytest.mark.parametrize(
    ("name", "make", "setting", "limit"),
    [
        ("long.pdf", lambda: blank_pdf(3), "max_exhibit_pages", 2),
        ("frames.tif", lambda: tiff(3), "max_image_frames", 2),
        ("wide.png", lambda: png((40, 30)), "max_image_pixels", 1000),
        ("wide.png", lambda: png((40, 30)), "max_exhibit_bytes", 1024),
    ],
)
def test_each_exhibit_limit_is_a_setting(
    tmp_path: Path, name: str, make: Any, setting: str, limit: int
) -> None:
    root = minimal(tmp_path)
    data = make()
    if setting == "max_exhibit_bytes":
        data += b"\0" * 2000
    use_exhibit(root, name, data)
    (root / "reinstate.yaml").write_text(f"{setting}: {limit}\n")
    status, err = here(root, "check")
    assert status == 1 and located(err, "exhibit.too-large"), err
    (root / "reinstate.yaml").write_text(f"{setting}: {limit * 4}\n")
    status, err = here(root, "check")
    assert not located(err, "exhibit.too-large"), err


def table(columns: int, rows: int) -> str:
    line = "|" + "|".join(" x " for _ in range(columns)) + "|\n"
    return line + "|" + "|".join("---" for _ in range(columns)) + "|\n" + line * rows


def test_a_table_over_the_cell_limit_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """The issue's table was 200 columns by 1,200 rows (484 KB, over 4 GB in the PDF); the
    PDF's memory grows with the cells, so one just over the limit shows the refusal."""
    root = minimal(tmp_path)
    page(root, "Intro.\n\n" + table(100, 60))
    for command in (("check",), ("build",)):
        status, err = reinstate(root, *command)
        assert status == 1, err
        [found] = located(err, "markdown.table-size")
        assert found.startswith(
            "content/acme/pages/p.md:7:1: error: table has 6,100 cells, over the limit of 2,000"
        ), found
        assert "raise `max_table_cells` in reinstate.yaml" in found


def test_the_table_limit_is_a_setting(tmp_path: Path) -> None:
    root = minimal(tmp_path)
    page(root, "- item\n\n  " + table(3, 3).replace("\n", "\n  "))
    (root / "reinstate.yaml").write_text("max_table_cells: 11\n")
    status, err = here(root, "check")
    assert status == 1
    [found] = located(err, "markdown.table-size")
    assert found.startswith("content/acme/pages/p.md:7:1: error: table has 12 cells, over the")
    (root / "reinstate.yaml").write_text("max_table_cells: 12\n")
    status, err = here(root, "check")
    assert not located(err, "markdown.table-size"), err


# The case as a whole: bytes, blocks, exhibit pages -------------------------------------------


def case_blocks_of(root: Path, slug: str) -> int:
    """The blocks of case `slug` in `root` (each file counting one, an exhibit's
    `EXHIBIT_BLOCKS`), as the limit counts."""
    import datetime as dt

    from reinstate.core.config import load_config
    from reinstate.core.diagnostics import Reporter
    from reinstate.core.limits import EXHIBIT_BLOCKS
    from reinstate.stages.discover import discover
    from reinstate.stages.load import load_case
    from reinstate.stages.markdown import blocks
    from reinstate.stages.resolve import resolve

    reporter = Reporter()
    config = load_config(root, reporter)
    case_dir = discover(config, reporter, (slug,)).cases[0]
    case = load_case(case_dir, config, reporter, dt.date(2025, 3, 18))
    assert case is not None
    bodies = resolve(case, reporter).bodies.values()
    exhibits = {e.id for e in case.exhibits}
    return sum(
        (EXHIBIT_BLOCKS if body.owner in exhibits else 1) + sum(1 for _ in blocks(body.tokens))
        for body in bodies
    )


def test_a_case_over_max_case_bytes_is_refused_at_the_file_that_passes_it(
    tmp_path: Path,
) -> None:
    root = minimal(tmp_path)
    page(root, "Some words. " * 250)  # 3,000 bytes: with the case's other files, over 4 KiB
    (root / "reinstate.yaml").write_text("max_case_bytes: 4096\n")
    for command in (("check",), ("build",)):
        status, err = here(root, *command)
        assert status == 1, err
        [found] = located(err, "case.too-large")
        assert re.match(
            r"content/acme/pages/p\.md:1:1: error: the case's Markdown files come to "
            r"[\d,]+ bytes with this one, over the limit of 4,096; ",
            found,
        ), found
        assert "raise `max_case_bytes` in reinstate.yaml" in found
    assert not (root / "site/acme/p.html").exists()
    (root / "reinstate.yaml").write_text("max_case_bytes: 8192\n")
    status, err = here(root, "check")
    assert not located(err, "case.too-large"), err


@pytest.mark.parametrize("inside", ["", ":::{note}\n"])
def test_a_case_over_max_case_blocks_is_refused_where_it_passes(
    tmp_path: Path, inside: str
) -> None:
    """Blocks in a directive count too (its content is parsed as often as it is shown)."""
    root = minimal(tmp_path)
    page(root, "")
    before = case_blocks_of(root, "acme")
    limit = before + 20
    page(root, inside + "- x\n" * 30 + (":::\n" if inside else ""))
    (root / "reinstate.yaml").write_text(f"max_case_blocks: {limit}\n")
    status, err = here(root, "check")
    assert status == 1, err
    [found] = located(err, "markdown.blocks")
    # Item 21 passes it; in a directive, the directive's line (the first of the body) does.
    line = 5 if inside else 4 + 21
    assert found.startswith(
        f"content/acme/pages/p.md:{line}:1: error: the case passes {limit:,} blocks here"
    ), found
    assert "raise `max_case_blocks` in reinstate.yaml" in found
    (root / "reinstate.yaml").write_text(f"max_case_blocks: {limit + 12}\n")
    status, err = here(root, "check")
    assert not located(err, "markdown.blocks"), err


def test_the_default_block_limit_leaves_room_for_every_realistic_case() -> None:
    from reinstate.core.limits import DEFAULT

    realistic = Path(__file__).parents[1] / "corpus/realistic"
    largest = max(
        case_blocks_of(realistic, case.name)
        for case in (realistic / "content").iterdir()
        if (case / "case.md").is_file()
    )
    # four times the largest (363, exhibits at 25 blocks each): more, and the limits
    # reached all at once would take more than the budget's 30 s
    assert 0 < largest * 4 <= DEFAULT.case_blocks, largest
    text = max(
        sum(p.stat().st_size for p in case.rglob("*.md"))
        for case in (realistic / "content").iterdir()
    )
    assert 0 < text * 4 <= DEFAULT.case_bytes, text  # 22 KB


def test_a_case_with_more_exhibits_than_the_blocks_allow_is_refused_at_the_one_that_passes(
    tmp_path: Path,
) -> None:
    """An exhibit counts `EXHIBIT_BLOCKS` (its index entry, band and stamp cost the PDF's
    layout that much): 999 one-page exhibits, within `max_case_exhibit_pages`, took over
    220 s of CPU; now the case stops at about 55 of them."""
    from reinstate.core.limits import EXHIBIT_BLOCKS

    root = minimal(tmp_path)
    before = case_blocks_of(root, "acme")
    case = root / "content/acme"
    text = (case / "exhibits/invoice.md").read_text()
    for n in range(3):
        (case / f"exhibits/more{n}.md").write_text(text.replace("Invoice 881", f"Copy {n}"))
    limit = before + 2 * (EXHIBIT_BLOCKS + 1) + 5  # the third one passes it
    (root / "reinstate.yaml").write_text(f"max_case_blocks: {limit}\n")
    status, err = reinstate(root, "build")
    assert status == 1, err
    [found] = located(err, "markdown.blocks")
    assert found.startswith(
        f"content/acme/exhibits/more2.md:2:1: error: the case passes {limit:,} blocks with "
        f"this file (an exhibit counts as {EXHIBIT_BLOCKS}, "
    ), found
    assert "raise `max_case_blocks` in reinstate.yaml" in found
    assert not (root / "site/acme/acme-bundle.pdf").exists()
    (root / "reinstate.yaml").write_text(f"max_case_blocks: {limit + EXHIBIT_BLOCKS}\n")
    status, err = here(root, "check")
    assert not located(err, "markdown.blocks"), err


def test_links_roles_and_images_count_as_blocks() -> None:
    """Each is a box to lay out: 35,000 roles in one paragraph took over 700 MB in the PDF.
    A role counts twice (it costs the PDF about half again as much as a list item)."""
    from reinstate.stages.markdown import blocks, parse

    text = "See [a](https://example.com), {ref}`t` and ![i](files/x.png).\n\n- x\n"
    assert [t.type for t in blocks(parse(text))] == [
        *["paragraph_open", "inline", "inline", "inline", "inline"],
        "list_item_open",
    ]


def test_a_case_over_max_case_exhibit_pages_leaves_out_the_exhibit_that_passes_it(
    tmp_path: Path,
) -> None:
    root = minimal(tmp_path)
    use_exhibit(root, "first.pdf", blank_pdf(3))
    case = root / "content/acme"
    (case / "files/second.pdf").write_bytes(blank_pdf(3))
    second = (case / "exhibits/invoice.md").read_text().replace("first.pdf", "second.pdf")
    (case / "exhibits/second.md").write_text(second.replace("Invoice 881", "Invoice 882"))
    (root / "reinstate.yaml").write_text("max_case_exhibit_pages: 5\n")
    for command in (("check",), ("build",)):
        status, err = here(root, *command)
        assert status == 1, err
        [found] = located(err, "exhibit.too-large")
        assert found.startswith(
            "content/acme/exhibits/second.md:4:7: error: the case's exhibits come to 6 pages "
            "with this one, over the limit of 5; "
        ), found
        assert "raise `max_case_exhibit_pages` in reinstate.yaml" in found
    (root / "reinstate.yaml").write_text("max_case_exhibit_pages: 6\n")
    status, err = here(root, "check")
    assert not located(err, "exhibit.too-large"), err


def test_a_line_of_brackets_takes_linear_work_of_a_bounded_depth(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every `[` that never closes is searched as deep as inline content may nest; at the
    block nesting (72) a 4 MiB line of them parsed for minutes."""
    from markdown_it.parser_inline import ParserInline

    from reinstate.stages.markdown import _INLINE_LEVELS, parse

    calls = 0
    skip = ParserInline.skipToken

    def counting(self: ParserInline, state: Any) -> None:
        nonlocal calls
        calls += 1
        skip(self, state)

    monkeypatch.setattr(ParserInline, "skipToken", counting)
    work = {}
    for n in (1_000, 2_000, 4_000):
        calls = 0
        parse("[" * n + "\n")
        work[n] = calls
    assert work[4_000] <= (2 * _INLINE_LEVELS + 2) * 4_000, work
    assert work[4_000] / work[2_000] < 2.2 and work[2_000] / work[1_000] < 2.2, work


# Links to local and network files ----------------------------------------------------------

REFUSED_LINKS = {
    "[the share](//host/share/x.pdf)": "//host/share/x.pdf",
    "[passwd](/etc/passwd)": "/etc/passwd",
    "<smb://nas/x>": "smb://nas/x",
    "[f](file:///etc/passwd)": "file:///etc/passwd",
    "[w](\\\\\\\\srv\\\\s)": "\\\\srv\\s",
    "[d](C:/Users/me/x.pdf)": "C:/Users/me/x.pdf",
    "[j](javascript:alert(1))": "javascript:alert(1)",
}


def test_only_web_mail_and_site_links_are_kept_in_every_output(tmp_path: Path) -> None:
    import email
    from email import policy

    from pypdf import PdfReader

    root = tmp_path / "letter"
    shutil.copytree(ROOTS / "letter", root, ignore=shutil.ignore_patterns("golden"))
    letter = root / "content/directives/letter.md"
    links = ", ".join(REFUSED_LINKS)
    text = letter.read_text()
    line = text[: text.index("Thank you for your time.")].count("\n") + 1
    letter.write_text(
        text.replace(
            "Thank you for your time.",
            f"See {links} and [ok](https://ok.example).\n\nThank you for your time.",
        )
    )
    status, err = here(root, "build", "--case", "directives")  # the case with a letter
    assert status == 0, err
    warned = located(err, "link.refused")
    assert len(warned) == len(REFUSED_LINKS), err
    source = letter.read_text().split("\n")[line - 1]
    for found, (written, href) in zip(warned, REFUSED_LINKS.items(), strict=True):
        col = f"{source.index(written) + 1}:" if "\\" not in written else ""  # escapes differ
        assert found.startswith(f"content/directives/letter.md:{line}:{col}"), (found, col)
        assert f"warning: link to '{href}' is shown as plain text" in found
    out = root / "site/directives"
    bad = re.compile(r"(?i)^\s*(?!https?:|mailto:|#)([a-z][a-z0-9+.-]*:|/|\\|%5c)")
    html_hrefs = [
        href
        for page in out.rglob("*.html")
        for href in re.findall(r'href="([^"]*)"', page.read_text())
    ]
    assert "https://ok.example" in html_hrefs
    assert not [href for href in html_hrefs if bad.match(href)]
    message = email.message_from_bytes(
        (out / "escalation-letter.eml").read_bytes(), policy=policy.default
    )
    for part in message.walk():
        if part.get_content_type() == "text/html":
            hrefs = re.findall(r'href="([^"]*)"', part.get_content())
            assert "https://ok.example" in hrefs and not [h for h in hrefs if bad.match(h)]
        if part.get_content_type() == "text/plain":
            assert "See the share, passwd, smb://nas/x, f, w, d, j and ok" in " ".join(
                part.get_content().split()
            )
    plain = " ".join((out / "escalation-letter.txt").read_text().split())
    assert "See the share, passwd, smb://nas/x, f, w, d, j and ok (https://ok.example)" in plain
    uris = set()
    for page_ in PdfReader(out / "directives-bundle.pdf").pages:
        for annot in page_.get("/Annots", []) or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.add(str(action["/URI"]))
    assert "https://ok.example" in uris
    assert all(uri.startswith("https://") for uri in uris), uris


# Control characters in text outputs ---------------------------------------------------------


def test_control_characters_are_dropped_from_every_output_with_a_located_warning(
    tmp_path: Path,
) -> None:
    root = minimal(tmp_path)
    cause = root / "content/acme/causes/unvetted-supplier.md"
    text = cause.read_text()
    line = text.rstrip("\n").count("\n") + 2
    cause.write_text(
        text.rstrip("\n")
        + "\nWe \x1b[2Jcleared \x1b]0;owned\x07 the \x9b31m screen and \u202egnirts.\n"
    )
    case = root / "content/acme/case.md"
    case.write_text(
        case.read_text().replace(
            "    reply_date: 2025-02-14\n",
            '    reply_date: 2025-02-14\n    reply: "Rejected \\e[31mred\\e[0m again"\n',
        )
    )
    status, err = here(root, "build", "--no-pdf")
    assert status == 0, err
    warned = located(err, "text.control")
    assert [w.split(": warning:")[0] for w in warned if "unvetted" in w] == [
        f"content/acme/causes/unvetted-supplier.md:{line}:{col}" for col in (4, 16, 25, 31, 47)
    ], warned
    assert any(
        w.startswith(
            "content/acme/case.md:20:12: warning: control character U+001B in "
            "'submissions[0].reply' dropped"
        )
        for w in warned
    ), warned
    controls = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    for path in (root / "site").rglob("*"):
        if path.suffix in (".txt", ".html", ".eml"):
            assert not controls.search(path.read_text("utf-8")), path
    plain = (root / "site/acme/plan-of-action.txt").read_text()
    assert "We [2Jcleared ]0;owned the 31m screen and gnirts." in " ".join(plain.split())
    assert not controls.search(err.replace("\n", ""))


def test_roles_are_parsed_as_the_plugin_parses_them() -> None:
    """The linear role rule gives the tokens of mdit-py-plugins' own (which copies the rest
    of the text at every backtick: quadratic), on random text made of the role syntax."""
    import random

    from markdown_it import MarkdownIt
    from mdit_py_plugins.myst_role import myst_role_plugin

    from reinstate.stages.markdown import markdown

    theirs = MarkdownIt("commonmark").use(myst_role_plugin)
    ours = markdown(False)
    pieces = ["{ref}", "{x}", "`", "``", "a", " ", "\n", "[", "](#t)", "<", ">", "{", "}", "\\"]
    rng = random.Random(21)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        mine = [t for t in ours.parse(text) if t.type == "inline"]
        want = [t for t in theirs.parse(text) if t.type == "inline"]
        roles = [
            [(c.type, c.content, c.meta) for c in t.children or [] if c.type == "myst_role"]
            for t in mine
        ]
        expected = [
            [(c.type, c.content, c.meta) for c in t.children or [] if c.type == "myst_role"]
            for t in want
        ]
        assert roles == expected, repr(text)


# Text at the limits: every kind the scaling benchmark grows builds, or is refused -------------

ALIAS_BOMB = "\n".join(
    ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
)


AT_THE_LIMITS: dict[str, tuple[str, str, str]] = {
    "unclosed-emphasis": ("", "*a _b **c __d " * 6_000, ""),
    "closed-emphasis": ("", "*a* __b__ _c_ **d** " * 3_000, ""),
    "fence-lines": ("", "```\n" * 3_000 + "~~~\n" * 3_000, "markdown.blocks"),
    "quote-depth": ("", ">" * 20_000 + " x\n", "markdown.nesting"),
    "comments": ("", "<!-- c -->\n\n" * 3_000 + "<!--\n" * 3_000, ""),
    "front-matter-values": ("k: [" + "v," * 25_000 + "]\n", "x\n", "front-matter.yaml"),
    "alias-bomb": (ALIAS_BOMB + "\n", "x\n", "front-matter.yaml"),
}
"""Case folder -> (front matter added, the page's body, the rule that refuses it; "" for a
page that builds)."""


def test_text_at_the_limits_builds_or_is_refused_where_it_is(tmp_path: Path) -> None:
    """What `benchmarks/pathological.py` grows (emphasis, fences, quotes, comments, front
    matter) builds under the address-space limit with status 0 or 1, never a traceback; an
    input over a limit is a located error naming it, in the page. One case per input, in
    one project: one process builds them all (within the limit, one after another), and
    a refused case stops no other."""
    root = minimal(tmp_path)
    for name, case in cases(root, AT_THE_LIMITS).items():
        front, body, _refused = AT_THE_LIMITS[name]
        (case / "pages").mkdir(exist_ok=True)
        (case / "pages/p.md").write_text(
            f"---\nkind: page\ntitle: P\nbundle: true\n{front}---\n{body}"
        )
    status, err = reinstate(root, "build", "--no-pdf")
    assert status == 1, err[-2000:]
    for name, (_front, _body, refused) in AT_THE_LIMITS.items():
        if refused:
            where = f"content/{name}/pages/p.md:"
            assert [line for line in located(err, refused) if line.startswith(where)], (
                name,
                err[-2000:],
            )
        else:
            assert (root / f"site/{name}/pages/p.html").is_file(), (name, err[-2000:])


# The issue's attacks at their own sizes, in one project --------------------------------------

ISSUE_ATTACKS: dict[str, tuple[str, str]] = {
    "table": ("pages/p.md", "case.too-large"),
    "headings": ("pages/p.md", "case.too-large"),
    "headings-at-limit": ("pages/p.md", "markdown.blocks"),
    "comments": ("pages/p.md", "case.too-large"),
    "comments-at-limit": ("", ""),
    "huge-exhibit": ("exhibits/invoice.md", "exhibit.too-large"),
    "long-pdf": ("exhibits/invoice.md", "exhibit.too-large"),
    "tiff-frames": ("exhibits/invoice.md", "exhibit.too-large"),
    "encrypted": ("exhibits/invoice.md", "exhibit.encrypted"),
    "fences": ("pages/p.md", "markdown.nesting"),
    "fences-1000": ("pages/p.md", "markdown.nesting"),
    "quote-line": ("pages/p.md", "markdown.nesting"),
    "header-cr": ("case.md", "field.invalid"),
    "control": ("causes/unvetted-supplier.md", "text.control"),
    "links": ("pages/p.md", "link.refused"),
    "loop": ("", ""),
    "index.html": ("", "case.name"),
}
"""Case folder -> (its file that the diagnostic names, the rule; "" for a case that builds).
The issue's table (484 KB), its 40,000 headings (160 KB) and 40,000 unclosed comments
(200 KB) are now over `max_case_bytes` before any other limit."""


def _issue_attack(case: Path, name: str) -> None:
    files = case / "files"
    if name == "table":  # 200 columns by 1,200 rows, 484 KB: over 4 GB in the PDF before
        row = "|".join("x" * 200) + "\n"
        page(case.parents[1], row + "|".join("-" * 200) + "\n" + row * 1_200, "p", case.name)
    elif name == "headings":  # 40,000: 114 s before (heading ids)
        page(case.parents[1], "# h\n" * 40_000, "p", case.name)
    elif name == "headings-at-limit":  # as many as `max_case_bytes` lets in
        page(case.parents[1], "# h\n" * 20_000, "p", case.name)
    elif name == "comments":  # 40,000 unclosed: 47 s before (a regular expression)
        page(case.parents[1], "<!--\n" * 40_000, "p", case.name)
    elif name == "comments-at-limit":  # as many as `max_case_bytes` lets in
        page(case.parents[1], "<!--\n" * 18_000, "p", case.name)
    elif name == "huge-exhibit":  # 2.5 GB, sparse: MemoryError before
        use_exhibit_in(case, "huge.pdf", b"%PDF-1.7\n")
        with (files / "huge.pdf").open("r+b") as handle:
            handle.truncate(5 << 29)
    elif name == "long-pdf":  # 5,000 pages, 71 s and 733 MB before
        use_exhibit_in(case, "long.pdf", blank_pdf(5_000))
    elif name == "tiff-frames":  # 301 frames, 61 s before
        use_exhibit_in(case, "frames.tif", tiff(301, (600, 800)))
    elif name == "encrypted":
        use_exhibit_in(case, "locked.pdf", (HOSTILE / "encrypted-aes256.pdf").read_bytes())
    elif name == "fences":  # 250 unclosed: RecursionError before
        page(case.parents[1], ":::{note}\n" * 250, "p", case.name)
    elif name == "fences-1000":
        page(case.parents[1], ":::{note}\n" * 1_000, "p", case.name)
    elif name == "quote-line":  # one line of 2,000 '>': once reported status 3
        page(case.parents[1], ">" * 2_000 + " x\n", "p", case.name)
    elif name == "header-cr":
        text = (case / "case.md").read_text()
        (case / "case.md").write_text(
            text.replace("store_name: Acme Home", 'store_name: "Acme\\rBcc: x@y"')
        )
    elif name == "control":
        cause = case / "causes/unvetted-supplier.md"
        cause.write_text(cause.read_text() + "\nWe \x1b[2Jcleared \x1b]0;owned\x07 it.\n")
    elif name == "links":
        page(
            case.parents[1],
            "[p](/etc/passwd) [d](//host/share/x.pdf) <smb://nas/x>\n",
            "p",
            case.name,
        )
    elif name == "loop":  # referred to by nothing: no error
        os.symlink("loop.png", files / "loop.png")


def use_exhibit_in(case: Path, name: str, data: bytes) -> None:
    (case / "files" / name).write_bytes(data)
    invoice = case / "exhibits/invoice.md"
    invoice.write_text(invoice.read_text().replace("invoice-881.png", name))


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="symbolic links, a sparse file")
def test_every_attack_of_the_issue_at_its_own_size_ends_in_a_located_diagnostic(
    tmp_path: Path,
) -> None:
    """Each attack the hardening issue found, at the size it was found at, is a case of one
    project: `check` and `build` (with the PDF) of the whole project end with status 1,
    every attack a located diagnostic in its own case, and the cases without one built."""
    root = minimal(tmp_path)
    template = root / "content/acme"
    for name in ISSUE_ATTACKS:
        case = root / "content" / name
        shutil.copytree(template, case)
        _issue_attack(case, name)
    for command in (("check",), ("build",)):
        status, err = reinstate(root, *command, timeout=3600)  # a shared machine is slow
        assert status == 1, err[-3000:]
        for name, (file, rule) in ISSUE_ATTACKS.items():
            if not rule:
                continue
            where = f"content/{name}/{file}:" if file else f"content/{name}:"
            assert [line for line in located(err, rule) if line.startswith(where)], (
                name,
                [line for line in err.splitlines() if f"content/{name}" in line][:5],
            )
    for name in ("comments-at-limit", "loop", "control", "links"):
        assert (root / f"site/{name}/plan-of-action.html").is_file(), name


# Mixed attack shapes, generated -------------------------------------------------------------

SHAPE_PIECES = [
    *[">", "> ", "- ", "* ", "1. ", "  ", "\t", "    code\n", "\n", "\n\n", "x", "word "],
    *[":::{note}\n", "::::{tip}\n", ":::\n", "::::\n", "```\n", "~~~\n", "```{note}\n"],
    *["<!--", "-->", "[", "](", "](#t)", "*", "_", "**", "`", "{ref}`", "{ref}`t`", "(t)=\n"],
    *["# ", "###### ", "|", "|---|\n", "\\", "<div>", "</div>", "---\n", "+++\n", ": d\n"],
    *["\x00", "\x1b[2J", "\x07", "\x0b", "\x0c", "\x1c", "\x7f", "\x85", "\x9b", "\r", "\r\n"],
    *["\u2028", "\u2029", "\u202e", "\ufeff", "\u0301", "\U0001f600", "\u200d", "\uffff"],
    *["ß", "İ", "ﬃ", "&#0;", "&#x110000;", "{{ 7*7 }}", "{% raw %}", "![i](files/x.png)"],
    *["<https://x.example>", "[p](/etc/passwd)", "=== ", "===\n"],
]
FRONT_ODDITIES = [
    "",
    "a: &a [1]\nb: *a\n",
    "title: [[[[[[[[[[x]]]]]]]]]]\n",
    "\ufefftitle: x\n",
    "title: 'x\n",
    "\t- x\n",
    "title: !!python/object:os.system x\n",
    "k: " + "[" * 100 + "]" * 100 + "\n",
    'title: "\\x1b\\u2028"\n',
    "---\n",
    "kind: exhibit\n",
    "title: " + "x" * 100_000 + "\n",
    "order: 1e400\n",
    "title: 2025-13-45\n",
]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_mixed_attack_shapes_end_in_diagnostics_never_a_traceback(tmp_path: Path) -> None:
    """Quotes, lists and fences nested into each other, control characters, long lines,
    odd Unicode and odd front matter, mixed at random in sizes up to 5,000 of a piece:
    `check` and `build` (with the PDF, every other example) end with status 0 or 1, under
    the address-space limit (set on this process for the run). The long run:
    `REINSTATE_FUZZ_EXAMPLES=2000 python -m pytest -m slow -k mixed_attack`."""
    import resource

    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    piece = st.tuples(
        st.sampled_from(SHAPE_PIECES),
        st.sampled_from([1, 1, 2, 3, 10, 33, 100, 500, 2_000, 5_000]),
    )
    counter = iter(range(1 << 30))

    @settings(
        max_examples=int(os.environ.get("REINSTATE_FUZZ_EXAMPLES", "60")),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(
        st.lists(piece, min_size=1, max_size=8),
        st.sampled_from(FRONT_ODDITIES),
        st.sampled_from(["", "\r\n", "bom"]),
    )
    def property_(pieces: list[tuple[str, int]], front: str, ending: str) -> None:
        n = next(counter)
        text = "---\nkind: page\ntitle: P\nbundle: true\n" + front + "---\n"
        text += "".join(p * k for p, k in pieces)
        if ending == "\r\n":
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        if ending == "bom":
            data = b"\xef\xbb\xbf" + data
        root = minimal(tmp_path, f"p{n}")
        (root / "content/acme/pages").mkdir()
        (root / "content/acme/pages/p.md").write_bytes(data)
        try:
            here(root, "check")
            here(root, "build", "--force", *([] if n % 2 else ["--no-pdf"]))
        finally:
            shutil.rmtree(root)

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, hard))
    try:
        property_()
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
