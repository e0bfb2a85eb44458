"""Running the application in-process on loopback, and driving it with headless Chromium:
for the browser tests, the screenshots in docs/ and the API benchmark."""
from __future__ import annotations

import socket
import threading
import time

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(app, port: int | None = None):
    """Start ``app`` with uvicorn on 127.0.0.1 in a daemon thread; returns (base URL, server).
    Stop it with ``server.should_exit = True``."""
    import uvicorn

    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.time() + 30
    while not server.started:
        if time.time() > deadline:
            raise RuntimeError("the web application did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def headless_chromium(width: int = 1400, height: int = 1000):
    """Debian's Chromium through its chromedriver, headless, with no network chatter."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--window-size={width},{height}"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
