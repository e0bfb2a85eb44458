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
        driver.save_screenshot(str(args.out / "overview.png"))
        top = json.loads(urllib.request.urlopen(base + "/api/speakers?limit=1").read())[0]
        driver.get(f"{base}/speakers/{top['id']}")
        driver.find_element(By.ID, "speaker-name")
        driver.save_screenshot(str(args.out / "speaker.png"))
    finally:
        driver.quit()
        server.should_exit = True


if __name__ == "__main__":
    main()
