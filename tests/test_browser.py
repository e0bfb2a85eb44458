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


def charts_drawn(driver, timeout=60):
    WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".plot .main-svg"))
    return driver.find_elements(By.CSS_SELECTOR, ".plot")


def test_overview_draws_the_parity_charts_in_french_offline(site):
    base, driver = site
    driver.get(base + "/")
    plots = charts_drawn(driver)
    assert len(plots) == 5
    headline = driver.find_element(By.ID, "parity-headline").text
    assert "de femmes" in headline and "intervalle de confiance à 95 %" in headline
    text = " ".join(p.text for p in plots)
    assert "Part des femmes parmi les personnes citées, par mois" in text and "%" in text
    assert "Femmes les plus citées" in text and "genre inconnu" in text
    # each chart has its PNG download in the mode bar, in French, and the CSV of its data
    buttons = driver.find_elements(By.CSS_SELECTOR, '.plot .modebar-btn[data-title="Télécharger en PNG"]')
    assert len(buttons) == 5
    assert len(driver.find_elements(By.CSS_SELECTOR, "figure.chart-box a.csv")) == 5
    # every resource came from the application itself
    hosts = driver.execute_script("return performance.getEntriesByType('resource').map(e => new URL(e.name).host)")
    assert set(hosts) <= {base.split("//")[1]}


def test_parity_page_by_outlet(site):
    base, driver = site
    driver.get(base + "/parite?by=outlet")
    charts_drawn(driver)
    rows = driver.find_elements(By.CSS_SELECTOR, "#parity-table tbody tr")
    assert len(rows) >= 9 and rows[-1].text.startswith("ensemble")
    assert "Le Monde" in driver.find_element(By.ID, "parity-table").text
    assert "%" in rows[-1].text and "–" in rows[-1].text


def test_error_pages_in_a_browser(site):
    base, driver = site
    driver.get(base + "/articles/nothing-here")
    assert wait(driver, By.ID, "error").find_element(By.TAG_NAME, "h1").text == "Page introuvable"
    driver.get(base + "/search?since=13/11/2024&q=x")
    assert "AAAA-MM-JJ" in wait(driver, By.ID, "problems").text


@pytest.mark.parametrize("width", [1400, 400])
def test_pages_fit_the_window(site, width):
    base, driver = site
    driver.set_window_size(width, 900)
    try:
        for url in ("/", "/parite?by=month", "/search?q=guerre", "/analyse"):
            driver.get(base + url)
            wait(driver, By.TAG_NAME, "footer")
            if url in ("/", "/parite?by=month"):
                charts_drawn(driver)
            inner = driver.execute_script("return window.innerWidth")
            overflow = driver.execute_script("return document.documentElement.scrollWidth")
            assert overflow <= inner + 1, (url, overflow, inner)
            for plot in driver.find_elements(By.CSS_SELECTOR, ".plot"):
                assert plot.size["width"] <= inner, (url, plot.size)
    finally:
        driver.set_window_size(1400, 1000)


def test_api_docs_render_in_a_browser_with_no_network(site):
    base, driver = site
    driver.get(base + "/docs")
    title = WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .info .title"))
    assert "guillemets" in title[0].text
    assert driver.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")  # the operations are listed
    hosts = driver.execute_script("return performance.getEntriesByType('resource').map(e => new URL(e.name).host)")
    assert set(hosts) <= {base.split("//")[1]}
