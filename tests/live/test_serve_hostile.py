"""The preview server against hostile clients, over real sockets: only GET and HEAD, only
files inside the output folder, no listings, traversal refused in every spelling, bound to
127.0.0.1 unless told otherwise (with a warning), and still serving after clients that
hang up mid-response, send garbage or hold connections open.
"""

from __future__ import annotations

import argparse
import re
import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reinstate.live.reload import LiveReload
from reinstate.live.server import SiteServer, open_server
from support.common import QUICK_STOP, write

SECRET = b"secret-next-to-the-output-folder"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    tmp_path = tmp_path_factory.mktemp("serve")
    out = tmp_path / "site"
    write(out / "index.html", "<html><body>all cases</body></html>")
    write(out / "acme/index.html", "<html><body>dashboard</body></html>")
    write(out / "acme/notes/only.txt", "no index in this folder")
    (out / "acme/acme-bundle.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * (8 << 20))
    write(out / ".reinstate-manifest.json", '{"cases": {}}')
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "private").mkdir()
    (tmp_path / "private/also-secret.txt").write_bytes(SECRET)
    (out / "acme/leak.txt").symlink_to(tmp_path / "secret.txt")  # links planted in the output
    (out / "acme/linked").symlink_to(tmp_path / "private")
    (tmp_path / "private/index.html").write_bytes(SECRET)
    served = open_server("127.0.0.1", 0, lambda: out, LiveReload())
    threading.Thread(target=served.serve_forever, kwargs=QUICK_STOP, daemon=True).start()
    yield served
    served.close()


def exchange(port: int, data: bytes, timeout: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1])


def get(port: int, target: bytes, method: bytes = b"GET") -> bytes:
    return exchange(port, method + b" " + target + b" HTTP/1.0\r\n\r\n")


TRAVERSALS = [
    b"/../secret.txt",
    b"/acme/../../secret.txt",
    b"/%2e%2e/secret.txt",
    b"/%2E%2E/%2E%2E/secret.txt",
    b"/.%2e/secret.txt",
    b"/%2e./secret.txt",
    b"/..%2fsecret.txt",
    b"/%2e%2e%2fsecret.txt",
    b"/..%5csecret.txt",
    b"/..\\secret.txt",
    b"/acme\\..\\..\\secret.txt",
    b"/%252e%252e/secret.txt",
    b"/%25252e%25252e/secret.txt",
    b"/%c0%ae%c0%ae/secret.txt",
    b"/%e0%80%ae%e0%80%ae/secret.txt",
    b"/%c0%af../secret.txt",
    b"/..%c0%afsecret.txt",
    b"/%u002e%u002e/secret.txt",
    b"/..;/secret.txt",
    b"//secret.txt",
    b"///etc/passwd",
    b"/%2fetc%2fpasswd",
    b"/etc/passwd",
    b"/proc/self/environ",
    b"/C:/Windows/win.ini",
    b"/C:%5cWindows%5cwin.ini",
    b"/..%00/secret.txt",
    b"/index.html%00../../secret.txt",
    b"/%00",
    b"/private/also-secret.txt",
    b"/../private/",
    b"/..",
    b"/acme/..",
    b"http://127.0.0.1/../secret.txt",
    b"http://127.0.0.1/%2e%2e/secret.txt",
    b"file:///etc/passwd",
    b"*",
    b"/.reinstate-manifest.json",
    b"/acme/.",
    b"/acme/notes/",
    b"/acme/leak.txt",
    b"/acme/linked/also-secret.txt",
    b"/acme/linked/",
    b"/acme/linked",
]


@pytest.mark.parametrize("target", TRAVERSALS, ids=[t.decode("latin-1") for t in TRAVERSALS])
@pytest.mark.parametrize("method", [b"GET", b"HEAD"])
def test_no_spelling_leaves_the_output_folder(
    server: SiteServer, target: bytes, method: bytes
) -> None:
    reply = get(server.server_port, target, method)
    assert status_of(reply) in (400, 404), reply[:200]
    assert SECRET not in reply
    assert b"root:" not in reply and b"also-secret" not in reply
    assert b"only.txt" not in reply  # no listing of a folder without index.html


@pytest.mark.parametrize(
    "method", [b"POST", b"PUT", b"DELETE", b"PATCH", b"OPTIONS", b"TRACE", b"CONNECT", b"PROPFIND"]
)
def test_only_get_and_head(server: SiteServer, method: bytes) -> None:
    body = b"overwritten"
    request = method + b" /acme/index.html HTTP/1.0\r\nContent-Length: 11\r\n\r\n" + body
    reply = exchange(server.server_port, request)
    assert status_of(reply) == 501
    assert b"dashboard" not in reply
    assert b"dashboard" in get(server.server_port, b"/acme/index.html")


def test_files_inside_are_served(server: SiteServer) -> None:
    assert status_of(get(server.server_port, b"/")) == 200
    assert b"dashboard" in get(server.server_port, b"/acme/")
    assert b"no index" in get(server.server_port, b"/acme/notes/only.txt")
    head = get(server.server_port, b"/acme/acme-bundle.pdf", b"HEAD")
    assert status_of(head) == 200 and head.endswith(b"\r\n\r\n")  # headers only


def hang_up_hard(sock: socket.socket) -> None:
    """Close with a reset (RST), as a browser tab killed mid-download does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def handled(timeout: float = 120.0) -> None:
    """Wait until the server has handled every connection it accepted to its end (its
    handler threads, one per connection, have ended), so that whatever they print has
    been printed. A thread being started (`join` refuses it for that moment) is waited
    for on the next pass."""
    deadline = time.monotonic() + timeout
    while True:
        pending = [t for t in threading.enumerate() if t.name.endswith("(process_request_thread)")]
        if not pending:
            return
        for thread in pending:
            try:
                thread.join(max(0.0, deadline - time.monotonic()))
            except RuntimeError:  # not started yet
                continue
            assert not thread.is_alive(), f"{thread.name} still handles its connection"
        assert time.monotonic() < deadline, "the server's handler threads did not end"


def test_clients_hanging_up_mid_response(
    server: SiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    port = server.server_port
    for n in range(20):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        target = b"/acme/acme-bundle.pdf" if n % 2 else b"/acme/index.html"
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        sock.recv(1024)  # the response has started
        hang_up_hard(sock)
    for n in range(10):  # and some that hang up before asking anything
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(b"GET /acme/acme-bundle.pdf HTTP/1.1\r\nHo"[: 5 + n])
        hang_up_hard(sock)
    # accepted after every connection above (the listening socket's queue is in order)
    reply = get(port, b"/acme/acme-bundle.pdf")
    assert status_of(reply) == 200 and len(reply) > 8 << 20
    handled()
    assert "Traceback" not in capsys.readouterr().err


GARBAGE = [
    b"\x00\xff\xfe garbage \r\n\r\n",
    b"GET\r\n\r\n",
    b"GET / HTTP/9.9\r\n\r\n",
    b"GET / HTTP/1.1\r\n" + b"X-Header: value\r\n" * 200 + b"\r\n",
    b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n",
    b"GET / HTTP/1.1\r\nno colon in this header\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: \x00\x01\x02\r\n\r\n",
    b"GET /\x00 HTTP/1.1\r\n\r\n",
    b"\r\n\r\n\r\n",
    b"GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
    b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    bytes(range(256)) * 64,
]


def test_garbage_is_answered_or_dropped_and_serving_goes_on(
    server: SiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    port = server.server_port
    for data in GARBAGE:
        try:
            reply = exchange(port, data)
        except ConnectionError:
            continue  # dropping such a client is fine too
        assert SECRET not in reply
        if reply.startswith(b"HTTP/"):
            assert status_of(reply) in (200, 400, 404, 414, 421, 431, 501, 505), reply[:100]
        elif reply:  # an HTTP/0.9-style answer: the error page alone
            assert re.search(rb"Error code: (400|505)", reply), reply[:100]
    assert b"all cases" in get(port, b"/")
    assert "Traceback" not in capsys.readouterr().err


def test_idle_connections_do_not_block_others(server: SiteServer) -> None:
    """A client that opens connections and sends half a request ties up one thread each,
    not the server."""
    port = server.server_port
    idle = []
    for _ in range(40):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
        idle.append(sock)
    try:
        started = time.monotonic()
        assert b"all cases" in get(port, b"/")
        assert time.monotonic() - started < 10
    finally:
        for sock in idle:
            sock.close()


# The address it listens on ----------------------------------------------------------------


def serve_args(project: Path, *extra: str) -> argparse.Namespace:
    from reinstate.cli import make_parser

    return make_parser().parse_args(["serve", str(project), "--port", "0", "--no-pdf", *extra])


def started_server(
    monkeypatch: pytest.MonkeyPatch, project: Path, *extra: str
) -> tuple[tuple[str, int], str]:
    """Run `reinstate serve` until it is ready, then stop it; where did it listen?"""
    import reinstate.live.server as serve_module
    from reinstate.commands import serve as serve_command
    from reinstate.live.loop import Watcher

    opened: list[SiteServer] = []
    real_open = serve_module.open_server

    def record(*args: object, **kwargs: object) -> SiteServer:
        server = real_open(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(server)
        return server

    def ready_and_stop(self: Watcher, ready: object = None) -> None:
        if callable(ready):
            ready()

    monkeypatch.setattr(serve_module, "open_server", record)
    monkeypatch.setattr(Watcher, "run", ready_and_stop)
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert serve_command.run(serve_args(project, *extra)) == 0
    [server] = opened
    return server.server_address[:2], err.getvalue()


def test_listens_on_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch, make_project: object
) -> None:
    project = make_project("minimal")  # type: ignore[operator]
    (host, _port), log = started_server(monkeypatch, project)
    assert host == "127.0.0.1"
    assert "warning" not in log


def test_another_host_only_when_asked_and_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, make_project: object
) -> None:
    project = make_project("minimal")  # type: ignore[operator]
    (host, _port), log = started_server(monkeypatch, project, "--host", "0.0.0.0")
    assert host == "0.0.0.0"
    assert "warning: serving on 0.0.0.0: anyone who can reach this computer" in log


# Only for its own origin (DNS rebinding) ---------------------------------------------------

EVENTS_TARGET = b"/__reinstate__/events"


def ask(port: int, target: bytes, host: bytes | None, method: bytes = b"GET") -> bytes:
    """One request with the given Host header (none at all when None)."""
    header = b"" if host is None else b"Host: " + host + b"\r\n"
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    with sock:
        sock.sendall(
            method + b" " + target + b" HTTP/1.1\r\n" + header + b"Connection: close\r\n\r\n"
        )
        reply = b""
        while chunk := sock.recv(65536):  # to the end, or the first event of a stream
            reply += chunk
            if b"text/event-stream" in reply and reply.endswith(b"\n\n"):
                break
    return reply


FOREIGN_HOSTS = [
    b"evil.example",
    b"evil.example:PORT",
    b"127.0.0.1.evil.example:PORT",
    b"localhost.evil.example:PORT",
    b"127.0.0.1:1",
    b"[::1]:1",
    b"127.0.0.1:PORT@evil.example",
    b"",
    b"0x7f000001:PORT",
]


@pytest.mark.parametrize("host", FOREIGN_HOSTS, ids=[h.decode() or "empty" for h in FOREIGN_HOSTS])
@pytest.mark.parametrize(
    "target", [b"/", b"/acme/index.html", b"/acme/acme-bundle.pdf", EVENTS_TARGET]
)
def test_requests_for_another_host_get_421(server: SiteServer, host: bytes, target: bytes) -> None:
    port = server.server_port
    reply = ask(port, target, host.replace(b"PORT", str(port).encode()))
    assert status_of(reply) == 421, reply[:200]
    assert b"dashboard" not in reply and b"all cases" not in reply and b"%PDF" not in reply
    assert b"text/event-stream" not in reply


OWN_HOSTS = [b"127.0.0.1:PORT", b"localhost:PORT", b"LocalHost:PORT", b"127.0.0.1", b"localhost."]


@pytest.mark.parametrize("host", OWN_HOSTS, ids=[h.decode() for h in OWN_HOSTS])
def test_requests_for_its_own_address_are_answered(server: SiteServer, host: bytes) -> None:
    port = server.server_port
    reply = ask(port, b"/acme/index.html", host.replace(b"PORT", str(port).encode()))
    assert status_of(reply) == 200 and b"dashboard" in reply
    assert status_of(ask(port, b"/acme/index.html", None)) == 200  # HTTP/1.0 style: no Host
    stream = ask(port, EVENTS_TARGET, host.replace(b"PORT", str(port).encode()))
    assert status_of(stream) == 200 and b"text/event-stream" in stream


def test_the_host_check_knows_ipv6_and_the_host_given() -> None:
    from reinstate.live.server import split_host

    assert split_host("[::1]:8000") == ("::1", 8000)
    assert split_host("Example.COM.") == ("example.com", None)
    assert split_host("a b") == (None, None)
    served = open_server("127.0.0.1", 0, lambda: Path("."), LiveReload())
    try:
        port = served.server_port
        assert served.host_allowed(f"[::1]:{port}")
        assert not served.host_allowed("192.168.1.5")
        served.bound = "192.168.1.5"  # as with --host 192.168.1.5
        assert served.host_allowed(f"192.168.1.5:{port}")
        assert not served.host_allowed(f"evil.example:{port}")
        served.bound = "0.0.0.0"  # all interfaces: any address as digits, still no names
        assert served.host_allowed(f"10.0.0.7:{port}")
        assert not served.host_allowed(f"rebind.evil.example:{port}")
    finally:
        served.server_close()


# Live-reload slots --------------------------------------------------------------------------


def open_stream(port: int) -> socket.socket:
    """A live-reload stream, once the server has taken it (its first bytes arrived)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(b"GET /__reinstate__/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    head = b""
    while b"retry: 1000" not in head:
        chunk = sock.recv(4096)
        assert chunk, head
        head += chunk
    assert status_of(head) == 200, head
    return sock


def wait_for(server: SiteServer, ready: object) -> None:
    with server.changed:
        assert server.changed.wait_for(ready, timeout=20)  # type: ignore[arg-type]


def test_a_new_page_always_gets_a_stream_after_200_abandoned_ones(
    tmp_path: Path,
) -> None:
    """Half the clients vanish with a reset, half stay connected and silent: the oldest
    are dropped to make room, and the server never refuses the page opened last."""
    from reinstate.live.server import MAX_STREAMS

    served = open_server("127.0.0.1", 0, lambda: tmp_path, LiveReload())
    threading.Thread(target=served.serve_forever, kwargs=QUICK_STOP, daemon=True).start()
    port = served.server_port
    silent = []
    try:
        for n in range(200):
            sock = open_stream(port)
            if n % 2:
                hang_up_hard(sock)
            else:
                silent.append(sock)
            assert len(served.streams) <= MAX_STREAMS
        newest = open_stream(port)  # the page the author opens now
        silent.append(newest)
        for sock in silent[:-MAX_STREAMS]:  # dropped: the server ends their response
            assert sock.recv(4096) == b"" or sock.recv(4096) == b""
        served.hub.publish(update())
        event = b""
        while b"event: update" not in event:
            event += newest.recv(4096)
        assert len(served.streams) <= MAX_STREAMS
    finally:
        for sock in silent:
            sock.close()
        served.close()


def test_a_reset_client_frees_its_slot_at_the_next_heartbeats(tmp_path: Path) -> None:
    served = open_server("127.0.0.1", 0, lambda: tmp_path, LiveReload())
    served.heartbeat = 3600  # only the heartbeats the test asks for
    threading.Thread(target=served.serve_forever, kwargs=QUICK_STOP, daemon=True).start()
    try:
        gone = [open_stream(served.server_port) for _ in range(5)]
        kept = open_stream(served.server_port)
        wait_for(served, lambda: len(served.streams) == 6)
        for sock in gone:
            hang_up_hard(sock)
        for _ in range(3):  # a write to a reset connection fails the first or second time
            served.beat()
            with served.changed:
                if served.changed.wait_for(lambda: len(served.streams) == 1, timeout=5):
                    break
        assert len(served.streams) == 1
        assert b"still here" in kept.recv(4096)
        kept.close()
    finally:
        served.close()


def update() -> Any:
    from reinstate.live.rebuild import Update

    return Update(generation=1, changed=frozenset({"*"}), cases={})
