"""Live reload: the watcher's updates as server-sent events, and the script that listens.

The server injects a small inline script into every HTML page it serves (the files on disk
stay clean). The script opens one `EventSource` on `/__reinstate__/events`; after a rebuild
of its case it saves the scroll position, reloads, and scrolls back. When the last build of
its case failed on errors in the files, it lays the diagnostics over the page instead (the
page below is the last good build). The overlay is built with `textContent`, never markup,
so a message quoting case content cannot inject anything.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable, Sequence
from typing import Any

from reinstate.core.diagnostics import Diagnostic
from reinstate.live.rebuild import Update

EVENTS = "/__reinstate__/events"

SCRIPT = """\
<script>/* reinstate live reload (added by `reinstate serve`, not in the files) */
(function () {
  "use strict";
  var me = %(config)s;
  var key = "reinstate-scroll:" + location.pathname, saved = null, overlay = null;
  try { saved = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) {}
  if (saved !== null) {
    var y = parseFloat(saved) || 0;
    window.scrollTo(0, y);
    window.addEventListener("load", function () { window.scrollTo(0, y); });
  }
  function reload() {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
    location.reload();
  }
  function line(tag, text, css) {
    var node = document.createElement(tag);
    node.textContent = text;
    node.style.cssText = css;
    return node;
  }
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function show(title, lines) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "reinstate-overlay";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-label", title);
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(24,24,27,.94);color:#f4f4f5;padding:2rem;box-sizing:border-box;" +
      "font:15px/1.5 system-ui,sans-serif";
    overlay.appendChild(line("h2", title, "margin:0 0 1rem;padding:0;border:0;" +
      "color:#fca5a5;font-size:1.3rem"));
    lines.forEach(function (text) {
      overlay.appendChild(line("pre", text, "margin:0 0 .6rem;white-space:pre-wrap;" +
        "font:14px/1.45 ui-monospace,Menlo,Consolas,monospace"));
    });
    overlay.appendChild(line("p", "The page below is the last good build. It reloads by " +
      "itself when the files build again.", "margin:1.2rem 0;color:#a1a1aa"));
    var close = line("button", "Dismiss", "font:inherit;padding:.3rem 1rem;cursor:pointer");
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }
  function handle(u) {
    if (u.instance !== me.instance) { reload(); return; }
    var state = me.slug ? u.cases[me.slug] : null;
    if (u.error) { show("The project cannot be built", [u.error]); return; }
    if (state && !state.ok) {
      show("The last build of this case failed", state.diagnostics);
      return;
    }
    var mine = u.changed.indexOf("*") >= 0 || u.changed.indexOf(me.slug) >= 0 ||
      (!me.slug && u.changed.length > 0);
    if (u.generation > me.generation && mine) { reload(); return; }
    hide();
  }
  if (!window.EventSource) { return; }
  var source = new EventSource("%(events)s");
  source.addEventListener("update", function (event) {
    try { handle(JSON.parse(event.data)); } catch (e) {}
  });
})();
</script>
"""


class LiveReload:
    """The newest `Update`, and a condition the event streams wait on."""

    def __init__(self) -> None:
        self.instance = secrets.token_hex(8)
        """Changes with every server start, so pages from an older server reload."""
        self._condition = threading.Condition()
        self._update: Update | None = None
        self.closed = False
        self.beats = 0
        """Heartbeats asked for with `beat` (a stream waiting writes one when it changes)."""

    def publish(self, update: Update) -> None:
        with self._condition:
            self._update = update
            self._condition.notify_all()

    @property
    def latest(self) -> Update | None:
        with self._condition:
            return self._update

    @property
    def generation(self) -> int:
        latest = self.latest
        return latest.generation if latest is not None else 0

    def wait(
        self,
        seen: int,
        timeout: float,
        beats: int | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Update | None:
        """The newest update once it is newer than `seen`; None on timeout, on close, when
        `beat` was called since `beats` was read, or when `stop()` says so (see `wake`)."""

        def done() -> bool:
            if self.closed or self._newer(seen):
                return True
            return (beats is not None and self.beats != beats) or (stop is not None and stop())

        with self._condition:
            self._condition.wait_for(done, timeout)
            if self.closed or not self._newer(seen):
                return None
            return self._update

    def wake(self) -> None:
        """Let every waiting stream look at its `stop` condition again."""
        with self._condition:
            self._condition.notify_all()

    def beat(self) -> None:
        """Make every waiting stream write its heartbeat now."""
        with self._condition:
            self.beats += 1
            self._condition.notify_all()

    def _newer(self, seen: int) -> bool:
        return self._update is not None and self._update.generation > seen

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify_all()

    def event(self, update: Update) -> bytes:
        """One server-sent event carrying `update`."""
        data = json.dumps(self.payload(update), separators=(",", ":"))
        return f"event: update\nid: {update.generation}\ndata: {data}\n\n".encode()

    def payload(self, update: Update) -> dict[str, Any]:
        return {
            "instance": self.instance,
            "generation": update.generation,
            "changed": sorted(update.changed),
            "error": update.error,
            "cases": {
                slug: {
                    "ok": state.ok,
                    "diagnostics": [] if state.ok else _worst_first(state.diagnostics),
                }
                for slug, state in sorted(update.cases.items())
            },
        }

    def script(self, slug: str, generation: int) -> str:
        config = {"instance": self.instance, "slug": slug, "generation": generation}
        return SCRIPT % {"config": script_json(config), "events": EVENTS}


def _worst_first(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """The overlay's lines: errors (why the build failed) above warnings and notes, each
    kind in file order."""
    ordered = sorted(diagnostics, key=lambda d: -d.severity)  # stable: file order within
    return [d.format() for d in ordered]


def script_json(value: object) -> str:
    """JSON that cannot end the <script> element it sits in, whatever the strings hold."""
    text = json.dumps(value)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def inject(html: bytes, script: str) -> bytes:
    """`html` with `script` before its last </body> (or at the end when it has none)."""
    lower = html.lower()
    at = lower.rfind(b"</body>")
    data = script.encode("utf-8")
    if at < 0:
        return html + data
    return html[:at] + data + html[at:]
