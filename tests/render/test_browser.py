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
from support.common import TODAY

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
    thread = threading.Thread(target=server.serve_forever, daemon=True)
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
    seen: set[str] = set()
    queue = [demo_site + "index.html"]
    checked = 0
    while queue:
        url = queue.pop()
        page = url.split("#")[0]
        if page in seen:
            continue
        seen.add(page)
        driver.get(page)  # type: ignore[attr-defined]
        assert "Error" not in driver.title, f"{page} did not load"  # type: ignore[attr-defined]
        for href in page_links(driver):
            if not href.startswith(demo_site):
                continue
            target, _, fragment = href.partition("#")
            if target.endswith(".html"):
                queue.append(target)
                with urllib.request.urlopen(target) as response:
                    assert response.status == 200, f"{page} links to {href}"
                if fragment:
                    driver_check(driver, target, fragment)
            else:
                with urllib.request.urlopen(target) as response:
                    assert response.status == 200, href
            checked += 1
        driver.get(page)  # type: ignore[attr-defined]
    assert len(seen) >= 4
    assert checked > 40


def driver_check(driver: object, page: str, fragment: str) -> None:
    from selenium.webdriver.common.by import By

    current = driver.current_url  # type: ignore[attr-defined]
    driver.get(page)  # type: ignore[attr-defined]
    anchor = urllib.parse.unquote(fragment)
    found = driver.find_elements(By.ID, anchor)  # type: ignore[attr-defined]
    assert found, f"{page}#{fragment} has no element with that id"
    driver.get(current)  # type: ignore[attr-defined]


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
