"""Run by ``make plain-pip`` inside a fresh virtual environment where guillemets was
installed with the pip that Python ships (no upgrade): the readers that need optional
libraries (HTML through trafilatura and jusText, WARC through warcio, feeds through
feedparser) must read real files. Exits 1 with the reason otherwise."""
import io
import sys
import tempfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from guillemets.readers import Article, read_inputs

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def main() -> int:
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
    print(f"plain-pip check: pip {pip.__version__}, HTML, WARC and feed read ({len(items)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
