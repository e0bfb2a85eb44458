"""The pages in a real browser: Debian's Chromium, headless, driven by Selenium."""
import json

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import EXAMPLE
from guillemets.ingest import ingest
from guillemets.store import Store
from guillemets.web import create_app
from guillemets.web.serving import headless_chromium, serve_in_thread

HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


@pytest.fixture(scope="module")
def site(tmp_path_factory, gold_dev):
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "corpus.sqlite"
    store = Store(db)
    ingest([str(gold_dev)], store)
    text = f"« Tout est prêt », a déclaré Paul Martin. {HOSTILE}"
    store.add([({"id": "hostile", "text": text, "title": HOSTILE},
                [{"kind": "direct", "content": {"start": 2, "end": 15, "text": text[2:15]}, "speaker": HOSTILE,
                  "cue": None, "speaker_mention": None, "anonymous": False}])])
    store.rebuild_speakers()
    store.close()
    base, server = serve_in_thread(create_app(db))
    driver = headless_chromium()
    yield base, driver
    driver.quit()
    server.should_exit = True


def wait(driver, by, what, timeout=60):
    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located((by, what)))


def test_paste_the_example_article_and_see_its_quotations(site):
    base, driver = site
    driver.get(base + "/analyse")
    box = driver.find_element(By.ID, "text")
    driver.execute_script("arguments[0].value = arguments[1];", box, EXAMPLE.read_text(encoding="utf-8"))
    driver.find_element(By.ID, "analyse-button").click()
    wait(driver, By.ID, "result")
    marks = driver.find_elements(By.CSS_SELECTOR, "#highlighted mark.q")
    assert len(marks) >= 10
    speakers = {e.text for e in driver.find_elements(By.CSS_SELECTOR, "#who-said-what .speaker")}
    assert {"Antony Blinken", "Maria Zakharova", "Mark Rutte", "Financial Times"} <= speakers
    # a quotation is coloured: its background is not the page's
    colour = marks[0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert driver.find_elements(By.CSS_SELECTOR, "#highlighted u.cue")


def test_search_and_follow_a_result(site):
    base, driver = site
    driver.get(base + "/search")
    driver.find_element(By.ID, "q").send_keys("guerre")
    driver.find_element(By.ID, "search-button").click()
    wait(driver, By.ID, "hits")
    first = driver.find_element(By.CSS_SELECTOR, "#hits li")
    assert "guerre" in first.find_element(By.TAG_NAME, "blockquote").text.lower()
    speaker = first.find_element(By.CSS_SELECTOR, "a.speaker-link").text
    first.find_element(By.CSS_SELECTOR, "a.speaker-link").click()
    assert wait(driver, By.ID, "speaker-name").text == speaker
    driver.back()
    wait(driver, By.ID, "hits").find_element(By.CSS_SELECTOR, "a.article-link").click()
    assert wait(driver, By.ID, "highlighted").find_elements(By.CSS_SELECTOR, "mark.q")


def test_injected_markup_stays_inert(site):
    base, driver = site
    speaker_id = next(s["id"] for s in json.loads(driver.execute_script(
        "return fetch('/api/speakers?limit=1000').then(r => r.text())")) if s["name"] == HOSTILE)
    for url in ("/articles/hostile", f"/speakers/{speaker_id}", "/search?q=pret", "/"):
        driver.get(base + url)
        wait(driver, By.TAG_NAME, "footer")
        assert driver.title != "pwned", url
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text
        assert not driver.find_elements(By.CSS_SELECTOR, "main img"), url
    driver.get(base + "/articles/hostile")
    assert HOSTILE in driver.find_element(By.TAG_NAME, "main").text
