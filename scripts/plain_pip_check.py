"""Run by ``make plain-pip`` inside a fresh virtual environment where guillemets was
installed with the pip that Python ships (no upgrade): every module of the package must
import, and the readers that need optional libraries (HTML through trafilatura and jusText,
WARC through warcio, feeds through feedparser) must read real files. Exits 1 with the reason
otherwise."""
import io
import sys
import tempfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from guillemets.readers import Article, read_inputs

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def import_everything() -> list[str]:
    """Import every module of the package: an import that a declared dependency does not bring
    fails here, not in front of a user."""
    import importlib
    import pkgutil

    import guillemets
    failed = []
    for mod in pkgutil.walk_packages(guillemets.__path__, "guillemets."):
        try:
            importlib.import_module(mod.name)
        except Exception as e:  # noqa: BLE001 - every failure is reported
            failed.append(f"{mod.name}: {type(e).__name__}: {e}")
    return failed


def main() -> int:
    broken = import_everything()
    if broken:
        print("plain-pip check failed: modules that do not import", *broken, sep="\n  ")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "crawl.warc.gz"
        with warc.open("wb") as f:
            writer = WARCWriter(f, gzip=True)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://www.ouest-quotidien.example/a", "response",
                payload=io.BytesIO((DATA / "article-page.html").read_bytes()), http_headers=headers))
        items = list(read_inputs([str(DATA / "article-page.html"), str(warc), str(DATA / "feed.rss")]))
    bad = [str(x) for x in items if not isinstance(x, Article)]
    if bad or len(items) != 4:
        print("plain-pip check failed:", *bad, f"({len(items)} items, 4 expected)", sep="\n  ")
        return 1
    import pip
    print(f"plain-pip check: pip {pip.__version__}, every module imports, HTML, WARC and feed read "
          f"({len(items)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
