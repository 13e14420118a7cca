"""The preview server: the output folder, read-only, on 127.0.0.1, with live reload.

The standard library's `ThreadingHTTPServer` is enough for one author's browser: one
thread per connection (the live-reload stream holds one open), GET and HEAD only (other
methods get 501 from `BaseHTTPRequestHandler`). What it serves is decided by
`resolve_url`: the request path is percent-decoded exactly once (invalid UTF-8 refused),
then any `..` or `.` segment, hidden name (the manifest, temp files), backslash, NUL or
empty segment is refused, and the resolved real path must lie inside the output folder,
so neither encoded traversal nor a symlink leads out. Every refusal is a plain 404. A
folder serves its index.html or nothing: there is no directory listing.

A file is opened once and sent from that open handle, so a rebuild replacing it meanwhile
(an atomic rename) cannot tear the response: the PDF link always gives a complete bundle,
the newest one written. A client that disconnects or sends garbage costs one thread a
moment; the server keeps serving.
"""

from __future__ import annotations

import errno
import ipaddress
import mimetypes
import os
import re
import shutil
import socket
import socketserver
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

from reinstate import __version__
from reinstate.core.diagnostics import ReinstateError
from reinstate.live.reload import EVENTS, LiveReload, inject

MAX_STREAMS = 32
"""Open live-reload streams at most (each holds a thread); a new one ends the oldest."""
HEARTBEAT = 3.0
"""Seconds between comments on an idle stream; a failed write ends a gone client's thread
(a reset connection fails the first or second write: its slot is free within seconds)."""
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

MISDIRECTED = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Misdirected request</title></head>
<body><h1>Misdirected request</h1><p>This preview answers only requests addressed to
the address it listens on.</p></body></html>
"""

NOT_FOUND = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
<body><h1>Not found</h1><p>Nothing was built at this address (yet).
<a href="/">All cases</a></p></body></html>
"""


@dataclass(frozen=True, slots=True)
class Found:
    status: int
    """200, 301 or 404."""
    path: Path | None = None
    location: str = ""
    """Where a 301 points."""


MISSING = Found(404)


def resolve_url(out_dir: Path, target: str) -> Found:
    """The file a request target names inside `out_dir`, a redirect, or 404."""
    if not target.startswith("/"):
        return MISSING  # absolute-form (http://host/...) or asterisk targets
    raw = target.split("?", 1)[0].split("#", 1)[0]
    try:
        decoded = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        return MISSING
    if "\x00" in decoded or "\\" in decoded or "//" in decoded:
        return MISSING
    names = [name for name in decoded.split("/") if name]
    if any(name in (".", "..") or name.startswith(".") for name in names):
        return MISSING
    root = out_dir.resolve()
    try:
        real = root.joinpath(*names).resolve(strict=True)
    except (OSError, RuntimeError):
        return MISSING
    if not real.is_relative_to(root):
        return MISSING
    if real.is_dir():
        if names and not decoded.endswith("/"):
            return Found(301, location=raw + "/")
        real = (real / "index.html").resolve()
        if not real.is_relative_to(root):
            return MISSING
    return Found(200, real) if real.is_file() else MISSING


def content_type(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/json", "image/svg+xml"):
        kind += "; charset=utf-8"
    return kind


class Handler(BaseHTTPRequestHandler):
    server: SiteServer
    timeout = 30
    server_version = f"reinstate/{__version__}"
    sys_version = ""

    def do_GET(self) -> None:
        self.respond(body=True)

    def do_HEAD(self) -> None:
        self.respond(body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the watcher's log is about builds, not requests."""

    def respond(self, body: bool) -> None:
        if not self.server.host_allowed(self.headers.get("Host")):
            # DNS rebinding: a web page whose name now resolves to 127.0.0.1 sends its own
            # name as Host. Answer nothing, not even the event stream.
            self.send_response(421)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(MISDIRECTED)))
            self.send_header("Connection", "close")
            self.end_headers()
            if body:
                self.wfile.write(MISDIRECTED)
            self.close_connection = True
            return
        if self.path.split("?", 1)[0] == EVENTS:
            self.stream(body)
            return
        generation = self.server.hub.generation  # before reading: at worst one extra reload
        out_dir = self.server.folder()
        found = resolve_url(out_dir, self.path)
        if found.status == 301:
            self.send_response(301)
            self.send_header("Location", found.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif found.path is None:
            self.send_page(404, NOT_FOUND, self.slug_of(out_dir, None), generation, body)
        else:
            self.send_file(found.path, self.slug_of(out_dir, found.path), generation, body)

    def slug_of(self, out_dir: Path, path: Path | None) -> str:
        """The case a page belongs to ('' for the site index and unknown addresses)."""
        if path is None:
            first = unquote(self.path.split("?", 1)[0]).strip("/").split("/")[0]
            latest = self.server.hub.latest
            return first if latest is not None and first in latest.cases else ""
        parts = path.relative_to(out_dir.resolve()).parts
        return parts[0] if len(parts) > 1 else ""

    def send_file(self, path: Path, slug: str, generation: int, body: bool) -> None:
        try:
            handle = path.open("rb")
        except OSError:
            self.send_page(404, NOT_FOUND, slug, generation, body)
            return
        with handle:
            if path.suffix.lower() in (".html", ".htm"):
                self.send_page(200, handle.read(), slug, generation, body)
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type(path))
            self.send_header("Content-Length", str(os.fstat(handle.fileno()).st_size))
            self.send_header("Cache-Control", "no-cache")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if body:
                shutil.copyfileobj(handle, self.wfile, 1 << 16)

    def send_page(self, status: int, html: bytes, slug: str, generation: int, body: bool) -> None:
        page = inject(html, self.server.hub.script(slug, generation))
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if body:
            self.wfile.write(page)

    def stream(self, body: bool) -> None:
        """Server-sent events: the current state at once, then every update."""
        slot = self.server.enter_stream()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if body:
                self.events(slot)
        finally:
            self.server.leave_stream(slot)

    def events(self, slot: Slot) -> None:
        hub = self.server.hub
        beat = hub.beats  # before the first byte: a heartbeat asked for after it is seen
        self.wfile.write(b"retry: 1000\n\n")
        self.wfile.flush()
        latest = hub.latest
        seen = 0
        if latest is not None:
            self.wfile.write(hub.event(latest))
            seen = latest.generation
        while not hub.closed and not slot.dropped:
            update = hub.wait(seen, self.server.heartbeat, beat, lambda: slot.dropped)
            beat = hub.beats
            if slot.dropped:
                break
            if update is None:
                if not hub.closed:
                    self.wfile.write(b": still here\n\n")
                continue
            self.wfile.write(hub.event(update))
            seen = update.generation
        self.close_connection = True


@dataclass(slots=True)
class Slot:
    """One open event stream."""

    dropped: bool = False
    """Set when a newer stream took this one's place: its thread ends the response."""


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64
    """Connections waiting to be accepted: with socketserver's 5, a burst of connections
    (a page's assets, or a client opening many on purpose) made others wait for the
    client's SYN retry, a second or more."""

    def __init__(
        self, address: tuple[str, int], folder: Callable[[], Path], hub: LiveReload
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.folder = folder
        self.hub = hub
        self.streams: list[Slot] = []
        """Open event streams, oldest first."""
        self.heartbeat = HEARTBEAT
        self.bound = address[0].lower().strip("[]")
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        """Notified whenever a stream opens or ends (tests wait on it)."""
        super().__init__(address, Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up (getfqdn), which can stall on DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def enter_stream(self) -> Slot:
        """A slot for a new stream; when all are taken, the oldest stream is dropped (a
        page the author left open, or a client gone without a word), never the new page."""
        slot = Slot()
        with self.lock:
            while len(self.streams) >= MAX_STREAMS:
                self.streams.pop(0).dropped = True
            self.streams.append(slot)
            self.changed.notify_all()
        self.hub.wake()
        return slot

    def leave_stream(self, slot: Slot) -> None:
        with self.lock:
            if slot in self.streams:
                self.streams.remove(slot)
            self.changed.notify_all()

    def beat(self) -> None:
        """Send the heartbeat on every stream now (as the clock would)."""
        self.hub.beat()

    def host_allowed(self, host: str | None) -> bool:
        """Whether a request's Host header names this server: a loopback name, or the
        address given with --host (on all interfaces, any address written as digits).
        A request without one (HTTP/1.0) cannot come from a browser page: allowed."""
        if host is None:
            return True
        name, port = split_host(host)
        if name is None or (port is not None and port != self.server_port):
            return False
        if name in LOOPBACK_NAMES or name == self.bound:
            return True
        if self.bound in ("0.0.0.0", "::"):
            try:
                ipaddress.ip_address(name)
            except ValueError:
                return False
            return True
        return False

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return  # the client went away: nothing to report
        print(f"reinstate serve: error while answering {client_address}:", file=sys.stderr)
        traceback.print_exc()

    def close(self) -> None:
        self.hub.close()
        self.shutdown()
        self.server_close()


def open_server(host: str, port: int, folder: Callable[[], Path], hub: LiveReload) -> SiteServer:
    """A server listening on host:port; a port in use is a clear error, not a traceback."""
    try:
        return SiteServer((host, port), folder, hub)
    except socket.gaierror:
        raise ReinstateError(f"cannot serve on '{host}': no such host or address") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ReinstateError(
                f"port {port} on {host} is already in use (another `reinstate serve`?); "
                "choose another with --port"
            ) from None
        if exc.errno == errno.EACCES:
            raise ReinstateError(
                f"not allowed to listen on port {port} (ports below 1024 need privileges); "
                "choose another with --port"
            ) from None
        raise ReinstateError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def split_host(header: str) -> tuple[str | None, int | None]:
    """('name', port) of a Host header value, lower case, IPv6 without brackets; (None,
    None) when it is not a host name or address with an optional port."""
    value = header.strip().lower()
    match = re.fullmatch(r"(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::([0-9]{1,5}))?", value)
    if match is None:
        return None, None
    name = match.group(1).strip("[]").rstrip(".")
    port = int(match.group(2)) if match.group(2) else None
    return name, port


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
