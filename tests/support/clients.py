"""Real clients used by the tests: the Nu HTML Checker and headless Chromium.

When a tool is missing the tests that need it are skipped, unless the environment sets
REINSTATE_REQUIRE_TOOLS=1 (CI does), where a missing tool fails the run instead.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
JAVA = shutil.which("java")


def require(tool: str | None, name: str) -> str:
    if tool:
        return tool
    message = f"{name} is not installed"
    if os.environ.get("REINSTATE_REQUIRE_TOOLS"):
        pytest.fail(message + " (REINSTATE_REQUIRE_TOOLS is set)")
    pytest.skip(message)


def chromium_driver(*flags: str) -> Any:
    """A headless Chromium under selenium (skipped, or failed under REINSTATE_REQUIRE_TOOLS,
    when Chromium or its driver is missing); the caller quits it."""
    require(CHROMIUM, "chromium")
    require(CHROMEDRIVER, "chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        *flags,
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
