"""Screenshots of the web pages in headless Chromium (for docs/).

    python scripts/screenshots.py --db corpus.sqlite --out docs/
"""
from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

import uvicorn

from guillemets.web import create_app

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chrome():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1400,1000"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def serve(db: Path) -> tuple[str, uvicorn.Server]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.1)
    return f"http://127.0.0.1:{port}", server


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args()
    from selenium.webdriver.common.by import By

    base, server = serve(args.db)
    driver = chrome()
    try:
        driver.get(base + "/analyse")
        driver.find_element(By.ID, "text").send_keys((ROOT / "examples" / "blinken-otan.txt").read_text(encoding="utf-8"))
        driver.find_element(By.ID, "analyse-button").click()
        driver.find_element(By.ID, "result")
        driver.save_screenshot(str(args.out / "analyse.png"))
        driver.get(base + "/")
        driver.save_screenshot(str(args.out / "overview.png"))
        import json
        import urllib.request
        top = json.loads(urllib.request.urlopen(base + "/api/speakers?limit=1").read())[0]
        driver.get(f"{base}/speakers/{top['id']}")
        driver.find_element(By.ID, "speaker-name")
        driver.save_screenshot(str(args.out / "speaker.png"))
    finally:
        driver.quit()
        server.should_exit = True


if __name__ == "__main__":
    main()
