"""Hostile case folders: a case is untrusted input (a client's files), so its text must stay
text in every output, its files must not be able to exhaust memory, and its links must not
reach outside it.

Every text field of every kind of file carries the same payload, tagged with the field's
number: template syntax (`{{ 7*7 }}`, `{% include %}`, `{{ config }}`) and markup
(`<script>`, an `onerror=` attribute). Wherever a tag shows up (site pages, plain texts,
the e-mail's parts and headers, the PDF bundle's text), the payload must follow it
literally, and no output may hold an element or an event attribute that came from it.
"""

from __future__ import annotations

import email
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from email import policy
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader

from support.common import ROOTS, SRC, TODAY, write
from support.faults import run

PAYLOAD = (
    "{{ 7*7 }} {% include 'x' %} {{ config }} <script>alert(1)</script><img src=x onerror=alert(2)>"
)
PNG = ROOTS / "minimal/content/acme/files/invoice-881.png"


class Fields:
    """Hands out one tagged payload per text field, and remembers which field it went to."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def __call__(self, field: str) -> str:
        tag = f"Zq{len(self.names) + 1:02d}"
        self.names[tag] = field
        return f"{tag} {PAYLOAD}"


def front(path: Path, meta: dict[str, Any], body: str = "") -> None:
    text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10000)
    write(path, f"---\n{text}---\n{body}\n")


def hostile_project(root: Path) -> Fields:
    f = Fields()
    case = root / "content/acme"
    front(
        case / "case.md",
        {
            "kind": "case",
            "title": f("case title"),
            "seller": {
                "legal_name": f("seller.legal_name"),
                "store_name": f("seller.store_name"),
                "merchant_token": "A1ACMEHOME00",
                "email": "seller@acme.example",
                "address": f("seller.address"),
                "contact": {
                    "name": f("contact.name"),
                    "title": f("contact.title"),
                    "phone": f("contact.phone"),
                },
            },
            "marketplace": "amazon.com",
            "violation": {
                "type": "inauthentic",
                "notice_date": "2025-02-10",
                "policy": f("violation.policy"),
                "notice": f("violation.notice"),
                "asins": ["B01ACME001"],
                "complaint_ids": [f("violation.complaint_ids")],
                "metrics": [
                    {
                        "name": f("metric.name"),
                        "value": f("metric.value"),
                        "target": f("metric.target"),
                        "window": f("metric.window"),
                    }
                ],
            },
            "submissions": [
                {
                    "date": "2025-02-12",
                    "channel": "appeal_form",
                    "case_ids": [f("submission.case_ids")],
                    "outcome": "rejected",
                    "reply_date": "2025-02-14",
                    "reply": f("submission.reply"),
                }
            ],
            "signature": {"name": f("signature.name"), "title": f("signature.title")},
        },
        f("case body"),
    )
    front(
        case / "causes/c1.md",
        {"kind": "cause", "title": f("cause title"), "evidence": ["e1"], "key": True},
        f("cause body"),
    )
    front(
        case / "actions/a1.md",
        {
            "kind": "action",
            "title": f("action title"),
            "addresses": ["c1"],
            "date": "2025-02-11",
            "key": True,
        },
        f("action body"),
    )
    front(
        case / "measures/m1.md",
        {
            "kind": "measure",
            "title": f("measure title"),
            "addresses": ["c1"],
            "starts": "2025-02-12",
            "owner": f("measure.owner"),
            "cadence": f("measure.cadence"),
        },
        f("measure body"),
    )
    front(
        case / "exhibits/e1.md",
        {
            "kind": "exhibit",
            "title": f("exhibit title"),
            "file": "files/e1.png",
            "type": "invoice",
            "issued": "2025-01-05",
            "issuer": {
                "name": f("issuer.name"),
                "phone": f("issuer.phone"),
                "address": f("issuer.address"),
                "website": f("issuer.website"),
                "email": f("issuer.email"),
            },
            "highlights": [f("highlight 1"), f("highlight 2")],
        },
        f("exhibit body"),
    )
    front(
        case / "letter.md",
        {
            "kind": "letter",
            "title": f("letter title"),
            "to": f("letter.to"),
            "date": "2025-03-17",
            "subject": f("letter.subject"),
            "missed": [{"ref": "e1", "note": f("missed.note")}],
        },
        f("letter body") + "\n\n:::{missed-points}\n:::\n\n:::{key-points}\n:::\n",
    )
    front(
        case / "pages/notes.md",
        {"kind": "page", "title": f("page title"), "bundle": True},
        f("page body"),
    )
    (case / "files").mkdir()
    shutil.copy(PNG, case / "files/e1.png")
    write(root / "reinstate.yaml", "email:\n  attach_bundle: true\n")
    return f


class Markup(HTMLParser):
    """The text of an HTML document, and anything executable in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.executable: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        events = [name for name, _ in attrs if name.lower().startswith("on")]
        if tag in ("script", "iframe", "object", "embed") or events:
            self.executable.append(f"<{tag} {events}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.executable.append("<img src=x>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_text(source: str) -> tuple[str, list[str]]:
    parser = Markup()
    parser.feed(source)
    parser.close()
    return " ".join(parser.text), parser.executable


def tags_in(text: str, squeeze: bool = False) -> dict[str, bool]:
    """Each tag found in `text` → whether the whole payload follows it literally (or its
    literal beginning, shortened with "…" where a layout allows one line)."""
    text = "".join(text.split()) if squeeze else " ".join(text.split())
    payload = "".join(PAYLOAD.split()) if squeeze else PAYLOAD
    found: dict[str, bool] = {}
    for match in re.finditer(r"Zq\d\d", text):
        rest = text[match.end() :].lstrip()
        cut = rest.find("…", 0, len(payload) + 1)  # a title shortened for the exhibit band
        whole = rest.startswith(payload) or (cut > 0 and payload.startswith(rest[:cut].rstrip()))
        found[match.group()] = found.get(match.group(), True) and whole
    return found


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Fields, int]:
    root = tmp_path_factory.mktemp("hostile")
    fields = hostile_project(root)
    status = run("build", root, "--today", TODAY)
    return root / "site", fields, status


def test_hostile_text_is_literal_in_every_output(hostile: tuple[Path, Fields, int]) -> None:
    out, fields, status = hostile
    assert status == 1  # the checks call template syntax an unfilled placeholder: an error
    seen: dict[str, set[str]] = {}

    def scan(where: str, text: str, squeeze: bool = False) -> None:
        for tag, whole in tags_in(text, squeeze).items():
            assert whole, f"{fields.names[tag]} is not literal in {where}"
            seen.setdefault(tag, set()).add(where.split(":")[0])

    for page in sorted(out.rglob("*.html")):
        text, executable = html_text(page.read_text("utf-8"))
        assert not executable, f"{page.name}: {executable}"
        scan(f"html:{page.name}", text)
    for plain in sorted(out.rglob("*.txt")):
        scan(f"text:{plain.name}", plain.read_text("utf-8"))
    message = email.message_from_bytes(
        (out / "acme/escalation-letter.eml").read_bytes(), policy=policy.default
    )
    scan("email-subject", str(message["Subject"]))
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            scan("email-text", part.get_content())
        elif part.get_content_type() == "text/html":
            text, executable = html_text(part.get_content())
            assert not executable, f"e-mail: {executable}"
            scan("email-html", text)
    pdf = PdfReader(out / "acme/acme-bundle.pdf")
    # PDF text extraction inserts spaces where lines may break ('</ script>'): compare
    # without any whitespace.
    scan("pdf", " ".join(page.extract_text() for page in pdf.pages), squeeze=True)
    assert set(seen) == set(fields.names), set(fields.names) - set(seen)
    for kind in ("html", "text", "email-text", "email-html", "pdf"):
        assert any(kind in places for places in seen.values()), kind


def test_the_e_mail_headers_name_exactly_the_intended_addresses(
    hostile: tuple[Path, Fields, int],
) -> None:
    out, _fields, _status = hostile
    message = email.message_from_bytes(
        (out / "acme/escalation-letter.eml").read_bytes(), policy=policy.default
    )
    assert [a.addr_spec for a in message["From"].addresses] == ["seller@acme.example"]
    assert [a.addr_spec for a in message["To"].addresses] == ["jeff@amazon.com"]
    assert "Bcc" not in message and "Cc" not in message


@pytest.mark.parametrize(
    "name",
    [
        "Acme, a company with a rather long name <evil@attacker.example> that must fold",
        'Quote " and backslash \\ and <b>tags</b>, long enough to be folded by the mailer',
        "Short, Inc.",
        "Müller & Söhne, Lange Straße <evil@attacker.example> GmbH und Kompanie KG",
    ],
)
def test_a_display_name_cannot_add_an_address(tmp_path: Path, name: str) -> None:
    root = tmp_path / "p"
    shutil.copytree(ROOTS / "letter", root, ignore=shutil.ignore_patterns("golden"))
    (root / "reinstate.yaml").write_text("email: {attach_bundle: false}\n")  # e-mail without PDF
    quoted = yaml.safe_dump(name, allow_unicode=True, width=1000).strip().removesuffix("...")
    for rel, key in (("case.md", "legal_name"), ("letter.md", "to")):
        path = root / "content/directives" / rel
        path.write_text(
            re.sub(rf"\n(\s*{key}): .*", lambda m: f"\n{m[1]}: {quoted.strip()}", path.read_text())
        )
    assert run("build", root, "--today", TODAY, "--no-pdf") in (0, 1)
    message = email.message_from_bytes(
        (root / "site/directives/escalation-letter.eml").read_bytes(), policy=policy.default
    )
    sender, recipient = message["From"].addresses, message["To"].addresses
    assert len(sender) == 1 and len(recipient) == 1
    assert sender[0].display_name in (name, "")
    assert recipient[0].display_name in (name, "")
    assert sender[0].addr_spec.endswith(".example") and "attacker" not in sender[0].addr_spec
    assert "attacker" not in recipient[0].addr_spec


# Files that would exhaust memory ----------------------------------------------------------

ALIAS_BOMB = "\n".join(
    [
        "---",
        "kind: cause",
        "title: Laughs",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(8)),
        "---",
        "",
    ]
)
LIMIT = 64 << 20
"""A generous bound on the memory a check may take: the refused files, read, would take
gigabytes."""


def bomb_project(root: Path) -> None:
    shutil.copytree(ROOTS / "minimal", root)
    write(root / "content/acme/causes/bomb.md", ALIAS_BOMB)
    with (root / "content/acme/causes/huge.md").open("wb") as handle:
        handle.truncate(2 << 30)  # 2 GiB, sparse: no disk used until read


def test_huge_files_and_alias_bombs_are_refused_in_bounded_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reinstate.cli import main

    root = tmp_path / "p"
    bomb_project(root)
    tracemalloc.start()
    try:
        started = time.perf_counter()
        status = main(["check", str(root), "--today", TODAY])
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert status == 1
    assert (
        "content/acme/causes/huge.md:1:1: error: file is 2,147,483,648 bytes, over the limit "
        "of 4,194,304; split it, or raise `max_file_bytes` in reinstate.yaml [file.too-large]"
    ) in err
    assert re.search(r"content/acme/causes/bomb\.md:\d+:\d+: error: .*\[front-matter\.yaml\]", err)
    assert peak < LIMIT, f"peak {peak >> 20} MiB"
    print(f"refused in {seconds:.2f} s, peak traced memory {peak / 2**20:.1f} MiB")


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="reads VmHWM (Linux)")
def test_a_separate_process_stays_small_too(tmp_path: Path) -> None:
    """The whole process, C allocations included (libyaml, pypdf), in a fresh interpreter."""
    root = tmp_path / "p"
    bomb_project(root)
    script = (
        "import re, sys; from reinstate.cli import main; "
        f"status = main(['check', {str(root)!r}, '--today', {TODAY!r}]); "
        "hwm = re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1); "
        "print(status, hwm, file=sys.stdout)"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    status, kib = done.stdout.split()
    assert status == "1", done.stderr
    assert int(kib) * 1024 < 4 * LIMIT, f"peak RSS {int(kib) >> 10} MiB"


def test_the_size_limit_is_a_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reinstate.cli import main

    root = tmp_path / "p"
    shutil.copytree(ROOTS / "minimal", root)
    write(root / "reinstate.yaml", "max_file_bytes: 2048\n")
    long = write(
        root / "content/acme/causes/long.md", "---\nkind: cause\ntitle: Long\n---\n" + "word " * 600
    )
    assert main(["check", str(root), "--today", TODAY]) == 1
    size = long.stat().st_size
    assert f"causes/long.md:1:1: error: file is {size:,} bytes, over the limit of 2,048" in (
        capsys.readouterr().err
    )


# Links that lead out of the case ----------------------------------------------------------

SECRET = b"the neighbour's secret: 0451\n"


def outside_files(outside: Path) -> None:
    write(outside / "secret.md", "---\nkind: cause\ntitle: Stolen\n---\n" + SECRET.decode())
    (outside / "secret.png").write_bytes(SECRET)
    write(outside / "folder/inside.md", "---\nkind: cause\ntitle: Through a folder\n---\n")


def build_process(root: Path, tmp_path: Path) -> tuple[int, str]:
    """`reinstate build` as its own process: a read of /dev/zero or of a FIFO would never end,
    and the timeout would fail the test instead of hanging it."""
    err_path = tmp_path / "err.txt"
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    with err_path.open("w") as err:
        done = subprocess.run(
            [sys.executable, "-m", "reinstate", "build", str(root), "--today", TODAY],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            timeout=120,
            check=False,
        )
    return done.returncode, err_path.read_text()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs")
def test_links_out_of_the_case_are_refused(tmp_path: Path) -> None:
    root, outside = tmp_path / "p", tmp_path / "outside"
    shutil.copytree(ROOTS / "minimal", root)
    outside_files(outside)
    case = root / "content/acme"
    (case / "causes/linked.md").symlink_to(outside / "secret.md")
    (case / "files/linked.png").symlink_to(outside / "secret.png")
    (case / "files/zero.png").symlink_to("/dev/zero")
    (case / "files/up").symlink_to(outside)
    os.mkfifo(case / "causes/pipe.md")
    exhibits = {"out": "files/linked.png", "zero": "files/zero.png", "up": "files/up/secret.png"}
    for name, file in exhibits.items():
        write(
            case / f"exhibits/{name}.md", f"---\nkind: exhibit\ntitle: {name}\nfile: {file}\n---\n"
        )
    status, err = build_process(root, tmp_path)
    assert status == 1, err
    assert "Traceback" not in err
    for line in [
        "content/acme/causes/linked.md:1:1: error: file is a link to a file outside the case "
        "folder; it was skipped [file.outside]",
        "content/acme/causes/pipe.md:1:1: error: not a regular file [file.unreadable]",
        "content/acme/exhibits/out.md:4:7: error: 'files/linked.png' leads outside the case "
        "folder [file.outside]",
        "content/acme/exhibits/up.md:4:7: error: 'files/up/secret.png' leads outside the case "
        "folder [file.outside]",
        "content/acme/exhibits/zero.md:4:7: error: 'files/zero.png' leads outside the case "
        "folder [file.outside]",
    ]:
        assert line in err


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs")
def test_links_out_of_the_case_are_never_read(tmp_path: Path) -> None:
    """Links no file names are not errors, but neither read nor hashed (a hash of a secret
    in the manifest would tell whether it changed, or what it is when it is short)."""
    root, outside = tmp_path / "p", tmp_path / "outside"
    shutil.copytree(ROOTS / "minimal", root)
    outside_files(outside)
    case = root / "content/acme"
    (case / "files/linked.png").symlink_to(outside / "secret.png")
    (case / "files/.hidden.png").symlink_to(outside / "secret.png")
    (case / "files/zero.png").symlink_to("/dev/zero")
    (case / "files/up").symlink_to(outside)
    (case / "linked-folder").symlink_to(outside / "folder")
    os.mkfifo(case / "files/pipe.png")
    status, err = build_process(root, tmp_path)
    assert status == 0, err
    assert (
        "content/acme/linked-folder:1:1: warning: linked folders inside a case are not "
        "followed [file.outside]"
    ) in err
    assert (root / "site/acme/acme-bundle.pdf").is_file()
    secret_hash = hashlib.sha256(SECRET).hexdigest().encode()
    for path in (root / "site").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.strip() not in data and b"Through a folder" not in data, path
            assert secret_hash not in data, path


def test_case_text_cannot_drive_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Diagnostics quote file names and values: a line break would forge a diagnostic, an
    escape sequence would drive the terminal, a bidi override would reverse what it says."""
    from reinstate.cli import main

    root = tmp_path / "p"
    shutil.copytree(ROOTS / "minimal", root)
    write(root / "content/acme/causes/\x1b[2Jclear.md", "---\nkind: cause\ntitle: [\n---\n")
    write(
        root / "content/acme/causes/keys.md",
        '---\nkind: cause\ntitle: T\n"\\r\\nfake.md:1:1: error: forged\\x1b]0;owned\\x07\\u202e": 1\n---\n',
    )
    status = main(["check", str(root), "--today", TODAY])
    err = capsys.readouterr().err
    assert status == 1
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e]", err), repr(err)
    assert "\\x1b[2Jclear.md" in err
    assert all(not line.startswith("fake.md") for line in err.splitlines())
    assert "\\x0d\\x0afake.md:1:1: error: forged\\x1b]0;owned\\x07\\u202e" in err


def test_links_with_script_schemes_are_not_links(tmp_path: Path) -> None:
    """A body's Markdown link or image cannot carry script or a local file into a page."""
    from reinstate.cli import main

    root = tmp_path / "p"
    shutil.copytree(ROOTS / "minimal", root)
    write(
        root / "content/acme/pages/links.md",
        "---\nkind: page\ntitle: Links\n---\n"
        "[a](javascript:alert(1)) [b](JavaScript:alert(2)) [c](vbscript:msgbox)\n"
        "[d](data:text/html,alert) [e](file:///etc/passwd)\n"
        "![f](javascript:alert(4)) <javascript:alert(5)> [g](java&#115;cript:alert(6))\n",
    )
    assert main(["build", str(root), "--today", TODAY, "--no-pdf"]) == 0
    html = (root / "site/acme/pages/links.html").read_text()
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert hrefs, html
    for href in hrefs:
        assert not re.match(r"(?i)\s*(javascript|vbscript|data|file):", href), href
    assert "<script>alert" not in html
