"""The demo site in headless Chromium: every link leads to a page and an element that exist."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.clients import chromium_driver
from support.common import QUICK_STOP, TODAY

REPO = Path(__file__).resolve().parents[2]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from reinstate.run.build import BuildOptions, build_project

    root = tmp_path_factory.mktemp("demo")
    shutil.copytree(REPO / "content", root / "content")
    import datetime as dt

    result = build_project(root, BuildOptions(pdf=False, today=dt.date.fromisoformat(TODAY)))
    assert result.errors == 0
    handler = functools.partial(Quiet, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs=QUICK_STOP, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    driver = chromium_driver("--window-size=1280,1600")
    yield driver
    driver.quit()


def page_links(driver: object) -> list[str]:
    from selenium.webdriver.common.by import By

    anchors = driver.find_elements(By.CSS_SELECTOR, "a[href]")  # type: ignore[attr-defined]
    return [a.get_attribute("href") for a in anchors]


@pytest.mark.browser
def test_every_link_reaches_its_target(demo_site: str, browser: object) -> None:
    driver = browser
    ids: dict[str, set[str]] = {}
    """Page → the ids of its elements, as Chromium loaded it (each page loaded once)."""

    def load(page: str) -> list[str]:
        """Load `page`; note its ids and return its links."""
        driver.get(page)  # type: ignore[attr-defined]
        assert "Error" not in driver.title, f"{page} did not load"  # type: ignore[attr-defined]
        ids[page] = set(driver.execute_script(ID_SCRIPT))  # type: ignore[attr-defined]
        return page_links(driver)

    links: dict[str, list[str]] = {}
    queue = [demo_site + "index.html"]
    while queue:
        page = queue.pop().split("#")[0]
        if page in links:
            continue
        links[page] = load(page)
        queue += [href for href in links[page] if href.startswith(demo_site) and ".html" in href]
    checked = 0
    for page, hrefs in links.items():
        for href in hrefs:
            if not href.startswith(demo_site):
                continue
            target, _, fragment = href.partition("#")
            with urllib.request.urlopen(target) as response:
                assert response.status == 200, f"{page} links to {href}"
            if fragment and target.endswith(".html"):
                anchor = urllib.parse.unquote(fragment)
                assert anchor in ids[target], f"{target}#{fragment} has no element with that id"
            checked += 1
    assert len(links) >= 4
    assert checked > 40


ID_SCRIPT = "return Array.from(document.querySelectorAll('[id]'), e => e.id)"


@pytest.mark.browser
def test_a_reader_clicks_from_the_case_list_to_a_reference_and_back(
    demo_site: str, browser: object
) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(demo_site + "index.html")  # type: ignore[attr-defined]
    driver.find_element(By.LINK_TEXT, "Harbor Lane").click()  # type: ignore[attr-defined]
    assert driver.current_url.endswith("harbor-lane/index.html")  # type: ignore[attr-defined]
    driver.find_element(By.LINK_TEXT, "Plan of action (web page)").click()  # type: ignore[attr-defined]
    assert driver.current_url.endswith("plan-of-action.html")  # type: ignore[attr-defined]
    action = driver.find_element(By.ID, "closed-listings")  # type: ignore[attr-defined]
    action.find_element(By.LINK_TEXT, "Root Cause 1").click()
    assert driver.current_url.endswith("plan-of-action.html#no-supplier-vetting")  # type: ignore[attr-defined]
    cause = driver.find_element(By.ID, "no-supplier-vetting")  # type: ignore[attr-defined]
    assert "Root Cause 1" in cause.text
    cause.find_element(By.LINK_TEXT, "Corrective Action 1").click()
    assert driver.current_url.endswith("#closed-listings")  # type: ignore[attr-defined]
    driver.back()  # type: ignore[attr-defined]
    assert driver.current_url.endswith("#no-supplier-vetting")  # type: ignore[attr-defined]
