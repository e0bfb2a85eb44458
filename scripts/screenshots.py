"""Screenshots of the web pages in headless Chromium (for docs/).

    python scripts/screenshots.py --db corpus.sqlite --out docs/
"""
from __future__ import annotations

import argparse
import json
import urllib.request
from pathlib import Path

from guillemets.web import create_app
from guillemets.web.serving import headless_chromium, serve_in_thread

ROOT = Path(__file__).resolve().parents[1]


def drawn(driver) -> None:
    """Wait until Plotly has drawn the page's charts."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".plot .main-svg"))


def full_page(driver, path: Path) -> None:
    """A screenshot of the whole page, not only of the window."""
    width = driver.execute_script("return window.innerWidth")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(height + 120, 6000))
    driver.save_screenshot(str(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args()
    from selenium.webdriver.common.by import By

    base, server = serve_in_thread(create_app(args.db))
    driver = headless_chromium()
    try:
        driver.get(base + "/analyse")
        driver.find_element(By.ID, "text").send_keys((ROOT / "examples" / "blinken-otan.txt").read_text(encoding="utf-8"))
        driver.find_element(By.ID, "analyse-button").click()
        driver.find_element(By.ID, "result")
        driver.save_screenshot(str(args.out / "analyse.png"))
        driver.get(base + "/")
        drawn(driver)
        full_page(driver, args.out / "overview.png")
        driver.get(base + "/parite?by=outlet")
        drawn(driver)
        full_page(driver, args.out / "parity.png")
        driver.set_window_size(400, 900)
        driver.get(base + "/")
        drawn(driver)
        full_page(driver, args.out / "overview-400px.png")
        driver.set_window_size(1400, 1000)
        top = json.loads(urllib.request.urlopen(base + "/api/speakers?limit=1").read())[0]
        driver.get(f"{base}/speakers/{top['id']}")
        driver.find_element(By.ID, "speaker-name")
        driver.save_screenshot(str(args.out / "speaker.png"))
    finally:
        driver.quit()
        server.should_exit = True


if __name__ == "__main__":
    main()
