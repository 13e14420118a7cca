"""The bundle's sandbox: nothing outside the case folder and the theme reaches the PDF.

WeasyPrint's own fetcher embeds any local file named by `<link rel="attachment">` or
`<a rel="attachment">`. Here a case file with raw HTML (allowed by `allow_html: true`) and a
project theme try every way in; the PDF must contain none of it, and every refusal is a
located warning.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from reinstate.core.diagnostics import Location
from reinstate.render.fetcher import CASE_URL, SandboxFetcher, Source, locate, mounts
from reinstate.run.build import BuildOptions, BuildResult, build_project
from support.casefiles import make_case
from support.common import TODAY, write
from support.pdfread import embedded_files, qpdf_check, raw_search

MARKER = "SANDBOX-SECRET-7c1e"
PASSWD = "/etc/passwd"


@dataclass(frozen=True)
class Built:
    root: Path
    result: BuildResult
    pdf: bytes
    reader: PdfReader

    def refused(self) -> dict[str, Location]:
        """Refused URL (as the message shows it) → where the warning points."""
        found = {}
        for d in self.result.diagnostics:
            if d.rule == "pdf.fetch-refused":
                url = d.message.split("'")[1]
                found[url] = d.location
        return found


def cause_body(secret: Path) -> str:
    return textwrap.dedent(
        f"""\
        ---
        kind: cause
        title: A cause whose text tries to read files
        ---
        <link rel="attachment" href="file://{PASSWD}">

        Text <a rel="attachment" href="file://{PASSWD}">passwd</a> and
        <a rel="attachment" href="{secret}">absolute</a> and
        <img src="file://{PASSWD}" alt="img"> and
        <img src="../../../secret.txt" alt="escape"> and
        <a rel="attachment" href="files/link.txt">symlink</a> and
        <img src="http://example.com/x.png" alt="http"> and
        <img src="https://example.com/y.png" alt="https"> and
        <a rel="attachment" href="files/notes.txt">notes inside the case</a>.
        """
    )


def theme_files(secret: Path) -> dict[str, str]:
    big = base64.b64encode(os.urandom(800 * 1024)).decode("ascii")
    return {
        "templates/print/bundle.html": (
            '{% extends "default/print/bundle.html" %}\n'
            "{% block head %}\n"
            f'<link rel="attachment" href="file://{secret}?theme">\n'
            "{% endblock %}\n"
        ),
        "static/print.css": (
            f'@import url("file://{secret}?css");\n'
            ".cover { background: url(../../../../secret.txt); }\n"
            f".contents {{ background: url(data:image/png;base64,{big}); }}\n"
        ),
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    base = tmp_path_factory.mktemp("sandbox")
    secret = write(base / "secret.txt", f"{MARKER}\n")
    root = base / "project"
    make_case(root, {"causes/cause.md": cause_body(secret)})
    write(root / "secret.txt", f"{MARKER} in the project folder\n")
    write(root / "reinstate.yaml", "allow_html: true\ntheme: evil\n")
    for rel, text in theme_files(secret).items():
        write(root / "themes" / "evil" / rel, text)
    files = root / "content" / "acme" / "files"
    files.mkdir()
    (files / "link.txt").symlink_to(secret)
    write(files / "notes.txt", "notes that may be attached\n")
    result = build_project(root, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    path = root / "site" / "acme" / "acme-bundle.pdf"
    return Built(root, result, path.read_bytes(), PdfReader(path))


def test_nothing_outside_the_case_and_theme_reaches_the_pdf(built: Built) -> None:
    assert not raw_search(built.pdf, MARKER.encode())
    assert not raw_search(built.pdf, b"root:x:0:0")
    assert not raw_search(built.pdf, b"root:")
    assert set(embedded_files(built.reader)) == {"notes.txt"}, "only the file inside the case"
    qpdf_check(built.root / "site" / "acme" / "acme-bundle.pdf")


def at(root: Path, rel: str, line: int, written: str) -> Location:
    """The location of `written` on `line` of `rel` (1-based, as diagnostics count)."""
    text = (root / rel).read_text(encoding="utf-8").splitlines()[line - 1]
    assert written in text, (rel, line, text)
    return Location(rel, line, text.index(written) + 1)


def test_every_way_in_is_a_located_warning(built: Built) -> None:
    refused = built.refused()
    root = built.root
    cause = "content/acme/causes/cause.md"
    secret = str(root.parent / "secret.txt")
    assert refused[f"file://{PASSWD}"] == at(root, cause, 5, f"file://{PASSWD}")
    assert refused[f"file://{secret}"] == at(root, cause, 8, secret)
    assert refused["http://example.com/x.png"] == at(root, cause, 12, "http://")
    assert refused["https://example.com/y.png"] == at(root, cause, 13, "https://")
    symlink = next(url for url in refused if url.endswith("files/link.txt"))
    assert refused[symlink] == at(root, cause, 11, "files/link.txt")
    # `../` out of the case folder (and out of the theme, in print.css) lands at the root
    assert refused["file:///secret.txt"] == at(root, cause, 10, "../../../secret.txt")
    theme = "themes/evil/templates/print/bundle.html"
    assert refused[f"file://{secret}?theme"] == at(root, theme, 3, f"file://{secret}?theme")
    css = "themes/evil/static/print.css"
    assert refused[f"file://{secret}?css"] == at(root, css, 1, f"file://{secret}?css")
    data = next(url for url in refused if url.startswith("data:"))
    assert refused[data] == at(root, css, 3, "data:")
    pdf = [d for d in built.result.diagnostics if d.rule.startswith("pdf.")]
    assert {str(d.severity) for d in pdf} == {"warning"}, "refusals are warnings"


def test_the_fetcher_alone_refuses_each_escape(tmp_path: Path) -> None:
    case = tmp_path / "case"
    (case / "files").mkdir(parents=True)
    write(case / "files" / "ok.txt", "fine")
    outside = write(tmp_path / "outside.txt", MARKER)
    (case / "files" / "out").symlink_to(outside)
    (case / "files" / "dir").symlink_to(tmp_path)
    fetcher = SandboxFetcher(mounts(case, ()))
    assert fetcher.fetch(CASE_URL + "files/ok.txt").read() == b"fine"
    for url in (
        f"file://{outside}",
        CASE_URL + "files/out",
        CASE_URL + "files/dir/outside.txt",
        CASE_URL + "files/%2e%2e/%2e%2e/outside.txt",
        "file:///reinstate/theme-0/x.css",
        "file://otherhost/reinstate/case/files/ok.txt",
        "ftp://example.com/x",
        "http://127.0.0.1/x",
        "data:text/plain;base64," + "A" * (1 << 20),
    ):
        with pytest.raises(ValueError, match="refused by reinstate"):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 9
    assert fetcher.fetch("data:text/plain,small").read() == b"small"


def test_locate_finds_a_relative_reference(tmp_path: Path) -> None:
    source = write(tmp_path / "c.md", 'line one\n  <img src="../../x.png">\n')
    sources = [Source("content/c.md", source, CASE_URL)]
    fallback = Location("content/case.md", 1, 1)
    assert locate("file:///x.png", sources, fallback) == Location("content/c.md", 2, 13)
    assert locate("file:///y.png", sources, fallback) == fallback


def test_without_the_sandbox_the_attack_works(tmp_path: Path) -> None:
    """The control: WeasyPrint's default fetcher embeds the file; ours does not."""
    from weasyprint import HTML

    secret = write(tmp_path / "secret.txt", MARKER)
    html = f'<link rel="attachment" href="file://{secret}"><p>x</p>'
    assert raw_search(HTML(string=html).write_pdf(), MARKER.encode())
    sandboxed = HTML(string=html, base_url=CASE_URL, url_fetcher=SandboxFetcher({}))
    assert not raw_search(sandboxed.write_pdf(), MARKER.encode())
