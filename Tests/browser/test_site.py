"""What a reader sees and clicks, in a real headless Chromium."""
import pathlib

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import SHOTS


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_index_loads_from_file_without_console_errors(driver, file_base):
    driver.get_log("browser")
    driver.get(file_base + "index.html")
    assert driver.find_elements(By.CSS_SELECTOR, "li.event")
    assert console_errors(driver) == []


def test_index_loads_over_http_without_console_errors(driver, http_base):
    driver.get_log("browser")
    driver.get(http_base + "index.html")
    assert len(driver.find_elements(By.CSS_SELECTOR, "li.event")) > 20
    driver.get(http_base + "events/" + driver.find_element(By.CSS_SELECTOR, "li.event").get_attribute("id") + ".html")
    assert driver.find_element(By.TAG_NAME, "h1").text
    assert console_errors(driver) == []


def test_filter_click_narrows_the_list_and_records_it_in_the_url(driver, http_base):
    driver.get(http_base + "index.html")
    visible = lambda: [e for e in driver.find_elements(By.CSS_SELECTOR, "li.event") if e.is_displayed()]
    total = len(visible())
    link = driver.find_element(By.CSS_SELECTOR, 'a.filter[data-filter="kind"][data-value="military"]')
    link.click()
    shown = visible()
    assert 0 < len(shown) < total
    assert all(e.get_attribute("data-kind") == "military" for e in shown)
    assert "kind=military" in driver.current_url
    assert link.get_attribute("aria-pressed") == "true"
    # The URL is shareable: loading it applies the filter.
    driver.get(driver.current_url)
    assert len(visible()) == len(shown)
    # Clicking again clears it.
    driver.find_element(By.CSS_SELECTOR, 'a.filter[data-filter="kind"][data-value="military"]').click()
    assert len(visible()) == total


def test_filters_work_without_javascript_as_pages(driver, file_base):
    driver.get(file_base + "kinds/military.html")
    kinds = {e.get_attribute("data-kind") for e in driver.find_elements(By.CSS_SELECTOR, "li.event")}
    assert kinds == {"military"}


def test_keyboard_reaches_every_event(driver, http_base):
    driver.get(http_base + "index.html")
    wanted = {e.get_dom_attribute("href") for e in driver.find_elements(By.CSS_SELECTOR, "li.event h3 a")}
    reached = set()
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    for _ in range(3000):
        href = driver.execute_script("var a = document.activeElement; return a ? a.getAttribute('href') : null;")
        if href:
            reached.add(href)
        if wanted <= reached:
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    assert wanted <= reached, f"{len(wanted - reached)} events not reachable by keyboard"


def test_screenshots_at_desktop_and_phone_widths(driver, http_base):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 375):
        driver.set_window_size(width, 1000)
        driver.get(http_base + "index.html")
        width_now = driver.execute_script("return document.documentElement.scrollWidth")
        assert width_now <= width, f"horizontal scroll at {width}px"
        driver.save_screenshot(str(SHOTS / f"index-{width}.png"))
        assert (SHOTS / f"index-{width}.png").stat().st_size > 1000
    driver.set_window_size(1280, 900)


def test_no_serious_accessibility_violations(driver, http_base):
    pages = ["index.html", "about.html", "actors/index.html"]
    driver.get(http_base + "index.html")
    pages.append("events/" + driver.find_element(By.CSS_SELECTOR, "li.event").get_attribute("id") + ".html")
    pages.append("articles/" + pathlib.Path(driver.find_element(By.CSS_SELECTOR, ".event-sources a").get_attribute("href")).name)
    for page in pages:
        driver.get(http_base + page)
        axe = Axe(driver)
        axe.inject()
        results = axe.run()
        serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{page}: " + "; ".join(f"{v['id']}: {v['help']}" for v in serious)


def test_a_paginated_index_pages_through_and_its_filters_lead_to_pages(driver, paged_base):
    driver.get(paged_base + "index.2.html")
    assert console_errors(driver) == []
    shown = driver.find_elements(By.CSS_SELECTOR, "li.event")
    assert 0 < len(shown) <= 10
    assert driver.find_element(By.CSS_SELECTOR, ".pagination [aria-current=page]").text == "2"
    next_link = driver.find_element(By.CSS_SELECTOR, ".pagination a[rel=next]")
    # Centred first: the sticky year heading may cover a link at the window's edge.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", next_link)
    next_link.click()
    assert driver.current_url.endswith("index.3.html")
    # Only part of the timeline is on this page: the filter is a link to the complete kind list.
    driver.find_element(By.CSS_SELECTOR, 'a.filter[data-filter="kind"][data-value="statement"]').click()
    assert driver.current_url.endswith("kinds/statement.html")
    kinds = {e.get_attribute("data-kind") for e in driver.find_elements(By.CSS_SELECTOR, "li.event")}
    assert kinds == {"statement"}
    axe = Axe(driver)
    axe.inject()
    serious = [v for v in axe.run()["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "; ".join(f"{v['id']}: {v['help']}" for v in serious)
