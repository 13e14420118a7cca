"""The realistic corpus's site in headless Chromium at phone, tablet and desktop widths.

Every page (the index, each dashboard, plan, letter and free page) is loaded once and the
window resized to each width: the document never scrolls sideways and no element reaches
past the viewport unless a box that scrolls or clips it (a table under 600 px) keeps it
in. One Chromium session for the whole run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support.clients import chromium_driver
from support.common import Run

WIDTHS = (320, 390, 768, 1280)
"""320: the narrowest phone in use; 390: a current phone; 768: a tablet; 1280: a laptop."""

OVERFLOW = """
const width = document.documentElement.clientWidth;
const found = [];
if (document.documentElement.scrollWidth > width + 1) {
  found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
}
const clippedBy = (el) => {
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== "visible") {
      const box = a.getBoundingClientRect();
      if (box.left >= -1 && box.right <= width + 1) return true;
    }
  }
  return false;
};
for (const el of document.body.querySelectorAll("*")) {
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || box.right <= 0) continue;  // hidden, skip link
  if (box.left >= -1 && box.right <= width + 1) continue;
  if (clippedBy(el)) continue;
  const text = (el.textContent || "").trim().slice(0, 60);
  found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ` +
             `${Math.round(box.left)}..${Math.round(box.right)} px: ${text}`);
  if (found.length > 5) break;
}
return found;
"""


@pytest.fixture(scope="module")
def corpus_site(realistic_site: tuple[Run, Path]) -> Path:
    done, out = realistic_site
    assert done.status in (0, 1), done.err
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    driver = chromium_driver("--hide-scrollbars")
    yield driver
    driver.quit()


def site_pages(site: Path) -> list[Path]:
    """The index and every case's HTML pages (the exhibits folder holds files, not pages)."""
    pages = [site / "index.html"]
    for case in sorted(p for p in site.iterdir() if p.is_dir() and not p.name.startswith("_")):
        pages += sorted(case.glob("*.html")) + sorted(case.glob("pages/*.html"))
    return pages


def set_width(driver: object, width: int) -> None:
    """Make the viewport (not the window) `width` CSS px wide: the page is laid out again
    and its media queries answer for that width. Set through the DevTools protocol (the way
    the browser's own device mode does it), which costs Chromium about a third less CPU
    than resizing its window, once or twice, to the width wanted."""
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)  # type: ignore[attr-defined]
    inner = driver.execute_script("return window.innerWidth")  # type: ignore[attr-defined]
    assert inner == width, f"the viewport is {inner} px wide, not {width}"


@pytest.mark.browser
def test_no_page_overflows_at_any_width(corpus_site: Path, browser: object) -> None:
    pages = site_pages(corpus_site)
    assert len(pages) > 2 * 23, "the index, and a dashboard and a plan for every case built"
    faults = []
    for page in pages:
        browser.get(page.as_uri())  # type: ignore[attr-defined]
        for width in WIDTHS:
            set_width(browser, width)
            found = browser.execute_script(OVERFLOW)  # type: ignore[attr-defined]
            rel = page.relative_to(corpus_site)
            faults += [f"{rel} at {width} px: {item}" for item in found]
    assert not faults, "\n".join(faults[:40])


@pytest.mark.browser
def test_the_index_reflows_into_cards_on_a_phone(corpus_site: Path, browser: object) -> None:
    """At 390 px each case of the index is a card: its status is on screen, labelled."""
    from selenium.webdriver.common.by import By

    browser.get((corpus_site / "index.html").as_uri())  # type: ignore[attr-defined]
    set_width(browser, 390)
    statuses = browser.find_elements(By.CSS_SELECTOR, ".cases td[data-label=Status]")  # type: ignore[attr-defined]
    assert len(statuses) == 24
    for cell in statuses:
        box = cell.rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, cell.text
        assert cell.value_of_css_property("display") == "block"
