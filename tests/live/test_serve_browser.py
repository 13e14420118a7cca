"""Live reload in a real browser (the system Chromium through chromedriver).

An author scrolls down the plan, saves a change: the page reloads with the change and the
same scroll position. A save that breaks a file lays the diagnostics over the page; the
fix removes them.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from reinstate.live.reload import LiveReload
from reinstate.live.server import open_server
from support.common import QUICK_STOP, write
from support.watching import Start, watching

__all__ = ["watching"]
pytestmark = pytest.mark.browser
webdriver = pytest.importorskip("selenium.webdriver")
CAUSE = "content/acme/causes/unvetted-supplier.md"
FILLER = "".join(f"\nParagraph {n} of the cause, to make the page long.\n" for n in range(80))


@pytest.fixture
def browser() -> Iterator[object]:
    if shutil.which("chromedriver") is None:
        pytest.skip("chromedriver is not installed")
    options = webdriver.ChromeOptions()
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1000,700"):
        options.add_argument(argument)
    profile = tempfile.mkdtemp()
    options.add_argument(f"--user-data-dir={profile}")
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)  # no download attempts
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def until(check: Callable[[], object], timeout: float = 20) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_reload_keeps_scroll_and_overlay_shows_errors(watching: Start, browser: object) -> None:
    running = watching()
    cause = running.root / CAUSE
    text = cause.read_text() + FILLER
    write(cause, text)
    running.settle()
    hub = LiveReload()
    running.watcher.listen(hub.publish)
    hub.publish(running.updates[-1])
    server = open_server("127.0.0.1", 0, lambda: running.watcher.live.layout().output, hub)
    threading.Thread(target=server.serve_forever, kwargs=QUICK_STOP, daemon=True).start()
    driver = browser
    try:
        driver.get(f"http://127.0.0.1:{server.server_port}/acme/plan-of-action.html")  # type: ignore[attr-defined]
        until(lambda: driver.execute_script("return document.readyState") == "complete")  # type: ignore[attr-defined]
        driver.execute_script("window.scrollTo(0, 1500)")  # type: ignore[attr-defined]
        driver.execute_script("window.reinstateMarker = 1")  # type: ignore[attr-defined]
        write(cause, text.replace("30 kettles", "36 kettles"))
        until(lambda: driver.execute_script("return window.reinstateMarker === undefined"))  # type: ignore[attr-defined]
        until(lambda: "36 kettles" in driver.page_source)  # type: ignore[attr-defined]
        scrolled = until(lambda: driver.execute_script("return window.scrollY"))  # type: ignore[attr-defined]
        assert abs(int(scrolled) - 1500) < 5  # type: ignore[call-overload]

        write(cause, text.replace("title:", "title: [", 1))
        overlay = until(
            lambda: driver.execute_script(  # type: ignore[attr-defined]
                "var o = document.getElementById('reinstate-overlay'); return o && o.innerText"
            )
        )
        assert "The last build of this case failed" in str(overlay)
        assert f"{CAUSE}:" in str(overlay)
        assert "error" in str(overlay)
        write(cause, text.replace("30 kettles", "37 kettles"))
        until(lambda: "37 kettles" in driver.page_source)  # type: ignore[attr-defined]
        assert driver.execute_script("return document.getElementById('reinstate-overlay')") is None  # type: ignore[attr-defined]
    finally:
        server.close()
