"""`reinstate serve`: only the output folder, read-only, with a live-reload stream."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reinstate.core.diagnostics import Diagnostic, Location, ReinstateError, Severity
from reinstate.live.rebuild import CaseState, Update
from reinstate.live.reload import EVENTS, LiveReload, inject, script_json
from reinstate.live.server import SiteServer, is_loopback, open_server, resolve_url
from support.common import QUICK_STOP, Run, write
from support.watching import WAIT, Running, Start, watching

__all__ = ["watching"]
CAUSE = "content/acme/causes/unvetted-supplier.md"


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "site"
    write(out / "index.html", "<html><body>all</body></html>")
    write(out / "acme/index.html", "<html><body>dashboard</body></html>")
    write(out / "acme/plan-of-action.html", "<html><body>plan</body></html>")
    write(out / "acme/exhibits/a.pdf", "%PDF-1.7")
    write(out / "empty/notes.txt", "no index here")
    write(out / ".reinstate-manifest.json", "{}")
    write(tmp_path / "secret.txt", "secret")
    (out / "acme/leak").symlink_to(tmp_path / "secret.txt")
    (out / "acme/leakdir").symlink_to(tmp_path)
    return out


@pytest.mark.parametrize(
    "target",
    [
        "/../secret.txt",
        "/acme/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/acme/..\\..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%ff/secret.txt",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/etc/passwd",
        "http://localhost/../secret.txt",
        "*",
        "/acme/leak",
        "/acme/leakdir/secret.txt",
        "/.reinstate-manifest.json",
        "/acme/.index.html.tmp",
        "/acme/plan-of-action.html%00.txt",
        "/empty/",
        "/missing.html",
    ],
)
def test_refused_targets_are_404(out_dir: Path, target: str) -> None:
    assert resolve_url(out_dir, target).status == 404


def test_served_targets(out_dir: Path) -> None:
    assert resolve_url(out_dir, "/").path == (out_dir / "index.html").resolve()
    assert resolve_url(out_dir, "/acme/").path == (out_dir / "acme/index.html").resolve()
    found = resolve_url(out_dir, "/acme?x=1")
    assert (found.status, found.location) == (301, "/acme/")
    found = resolve_url(out_dir, "/acme/plan-of-action.html?reload=1#top")
    assert found.path == (out_dir / "acme/plan-of-action.html").resolve()
    assert resolve_url(out_dir, "/acme/exhibits/%61.pdf").status == 200


def test_script_cannot_be_broken_out_of() -> None:
    text = script_json({"slug": "</script><script>alert(1)</script>&"})
    assert "<" not in text
    assert ">" not in text
    assert "&" not in text
    assert json.loads(text)["slug"] == "</script><script>alert(1)</script>&"
    assert inject(b"<p>x</p></BODY></html>", "<s>") == b"<p>x</p><s></BODY></html>"
    assert inject(b"<p>x</p>", "<s>") == b"<p>x</p><s>"


def test_the_overlay_lists_errors_first() -> None:
    """The error that failed the build heads the overlay, above the warnings and notes that
    come before it in file order."""
    note = Diagnostic(Location("content/acme/case.md", 3, 1), Severity.INFO, "r.a", "a note")
    warning = Diagnostic(Location("content/acme/case.md", 9, 1), Severity.WARNING, "r.b", "w")
    errors = [
        Diagnostic(Location(f"content/acme/causes/{n}.md", 2, 1), Severity.ERROR, "r.c", n)
        for n in ("first", "second")
    ]
    update = Update(1, frozenset({"acme"}), {"acme": CaseState(False, (note, warning, *errors))})
    shown = LiveReload().payload(update)["cases"]["acme"]["diagnostics"]
    assert shown == [d.format() for d in (*errors, warning, note)]


def test_loopback_hosts() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "localhost", "::1", "127.0.1.1"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.4", "example.com", "::"]))


@dataclass
class Serving:
    running: Running
    server: SiteServer
    hub: LiveReload

    @property
    def port(self) -> int:
        return self.server.server_port

    def get(self, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request(method, path)
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, dict(response.getheaders()), body

    def raw(self, data: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(data)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)


@pytest.fixture
def serving(watching: Start) -> Iterator[Callable[..., Serving]]:
    servers: list[SiteServer] = []

    def start(**options: object) -> Serving:
        running = watching(**options)
        hub = LiveReload()
        running.watcher.listen(hub.publish)
        hub.publish(running.updates[-1])
        server = open_server("127.0.0.1", 0, lambda: running.watcher.live.layout().output, hub)
        threading.Thread(target=server.serve_forever, kwargs=QUICK_STOP, daemon=True).start()
        servers.append(server)
        return Serving(running, server, hub)

    yield start
    for server in servers:
        server.close()


def test_pages_get_the_script_files_stay_clean(serving: Callable[..., Serving]) -> None:
    served = serving()
    status, headers, body = served.get("/acme/plan-of-action.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"reinstate live reload" in body
    assert b'"slug": "acme"' in body
    on_disk = (served.running.site / "acme/plan-of-action.html").read_bytes()
    assert b"live reload" not in on_disk
    # the generation grows when the background PDF job lands, so strip whichever was injected
    scripts = [served.hub.script("acme", n).encode() for n in range(1, 6)]
    assert any(body.replace(script, b"") == on_disk for script in scripts)
    status, headers, body = served.get("/acme/plan-of-action.html", "HEAD")
    assert (status, body) == (200, b"")
    assert int(headers["Content-Length"]) > len(on_disk)
    status, headers, body = served.get("/_static/reinstate.css")
    assert (status, headers["Content-Type"]) == (200, "text/css; charset=utf-8")
    assert b"live reload" not in body
    assert served.get("/", "POST")[0] == 501
    assert served.get("/", "DELETE")[0] == 501


@pytest.mark.parametrize(
    "target",
    [b"/../../../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd", b"//etc/passwd", b"/etc/passwd"],
)
def test_traversal_over_the_wire_is_404(serving: Callable[..., Serving], target: bytes) -> None:
    served = serving()
    reply = served.raw(b"GET " + target + b" HTTP/1.0\r\n\r\n")
    assert reply.startswith(b"HTTP/1.0 404")
    assert b"root:" not in reply


def test_garbage_and_hangups_do_not_stop_the_server(serving: Callable[..., Serving]) -> None:
    served = serving()
    assert b"400" in served.raw(b"\x00\xff garbage \r\n\r\n")  # an HTTP/0.9-style reply
    assert b"505" in served.raw(b"GET / HTTP/9.9\r\n\r\n")
    for _ in range(5):
        with socket.create_connection(("127.0.0.1", served.port)) as sock:
            sock.sendall(b"GET /acme/plan-of-action.html HTTP/1.0\r\n")  # and hang up
        with socket.create_connection(("127.0.0.1", served.port)) as sock:
            sock.sendall(f"GET {EVENTS} HTTP/1.0\r\n\r\n".encode())
            sock.recv(100)  # the stream started; hang up
    assert served.get("/")[0] == 200


def read_events(sock: socket.socket, count: int) -> list[dict[str, object]]:
    data = b""
    events: list[dict[str, object]] = []
    while len(events) < count:
        chunk = sock.recv(65536)
        assert chunk, "stream closed"
        data += chunk
        *complete, data = data.split(b"\n\n")
        for block in complete:
            for line in block.split(b"\n"):
                if line.startswith(b"data: "):
                    events.append(json.loads(line[6:]))
    return events


def test_stream_reports_rebuilds_and_failures(serving: Callable[..., Serving]) -> None:
    served = serving()
    cause = served.running.root / CAUSE
    text = cause.read_text()
    with socket.create_connection(("127.0.0.1", served.port), timeout=20) as sock:
        sock.sendall(f"GET {EVENTS} HTTP/1.0\r\n\r\n".encode())
        first = read_events(sock, 1)[0]
        assert first["cases"] == {"acme": {"ok": True, "diagnostics": []}}
        cause.write_text(text.replace("title:", "title: [", 1))
        failed = read_events(sock, 1)[0]
        assert failed["changed"] == ["acme"]
        state = failed["cases"]["acme"]  # type: ignore[index]
        assert state["ok"] is False
        assert any(d.startswith(f"{CAUSE}:") and ": error: " in d for d in state["diagnostics"])
        cause.write_text(text.replace("30 kettles", "35 kettles"))
        fixed = read_events(sock, 1)[0]
        assert fixed["cases"]["acme"]["ok"] is True  # type: ignore[index]
        assert int(fixed["generation"]) > int(failed["generation"])  # type: ignore[call-overload]
    assert b"35 kettles" in served.get("/acme/plan-of-action.html")[2]


def test_port_in_use_is_a_clear_error(
    cli: Callable[..., Run], make_project: Callable[[str], Path]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ReinstateError, match=f"port {port} on 127.0.0.1 is already in use"):
            open_server("127.0.0.1", port, Path, LiveReload())
        run = cli("serve", make_project("minimal"), "--port", str(port))
    assert run.status == 2
    assert "already in use" in run.err
    assert "Traceback" not in run.err


REBUILDS = 8
"""Rebuilds the readers of `test_newest_complete_file_while_rebuilding` poll through."""


def test_newest_complete_file_while_rebuilding(serving: Callable[..., Serving]) -> None:
    """Readers polling the server during rebuilds only ever get whole pages."""
    served = serving(burst=None)  # the command's own burst timings: many rebuilds
    cause = served.running.root / CAUSE
    text = cause.read_text()
    rebuilt = len(served.running.updates) + REBUILDS
    deadline = time.monotonic() + WAIT
    seen = set()
    n = 0
    # until the watcher has rebuilt REBUILDS times under the readers (a count, not a time)
    while len(served.running.updates) < rebuilt or n < 2 * REBUILDS:
        assert time.monotonic() < deadline, served.running.log.getvalue()
        n += 1
        cause.write_text(text.replace("30 kettles", f"{n} kettles"))
        status, _headers, body = served.get("/acme/plan-of-action.html")
        assert status == 200
        assert body.rstrip().endswith(b"</html>")
        seen.update(w for w in body.split() if w.isdigit())
        time.sleep(0.01)
    served.running.settle()
    assert f"{n} kettles".encode() in served.get("/acme/plan-of-action.html")[2]
