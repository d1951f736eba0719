"""The newcomer's way in, checked in headless Debian Chromium (Playwright): the task test in
Dutch and Arabic without JavaScript, axe-core on every kind of page, keyboard use and RTL.

Screenshots and axe reports go to test-artifacts/ (git-ignored)."""

import json

import pytest

from home.tests.browser_site import BUDDY_TITLE

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
MAX_CLICKS = 4
PAGES = {
    "home": "/{lang}/",
    "municipality-filtered": "/{lang}/gent/?type=buddy&dutch_level_max=2",
    "offer": "/{lang}/gent/buddywerking-gent-samen/",
    "full-offer": "/{lang}/gent/volle-kookgroep/",
    "search-results": "/{lang}/search/?q=buddy&type=buddy",
    "search-nothing": "/{lang}/search/?q=schaakclub&postcode=9000&radius=5",
    "standard": "/{lang}/over-ikdoemee/",
    "not-found": "/{lang}/bestaat-niet/",
}


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_find_a_buddy_project_in_gent_that_needs_little_dutch_and_see_how_to_join(
    browser, site_server, artifacts, language
):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    clicks = 0

    page.goto(f"{site_server}/{language}/")
    page.fill("#place", "Gent")
    page.click("form.find-place button[type=submit]")
    clicks += 1
    assert page.url == f"{site_server}/{language}/gent/"

    page.click(".quick-filters a[href*='dutch_level_max=2']")  # "I speak little Dutch"
    clicks += 1
    page.click(".quick-filters a[href*='type=buddy']")
    clicks += 1
    assert "dutch_level_max=2" in page.url and "type=buddy" in page.url
    page.screenshot(path=str(artifacts / f"task-{language}-1-gent-filtered.png"), full_page=True)

    page.click(f"article.offer-card h3 a:text('{BUDDY_TITLE}')")
    clicks += 1
    assert page.url == f"{site_server}/{language}/gent/buddywerking-gent-samen/"

    join = page.locator("section.join")
    assert join.locator("h2").is_visible()
    hrefs = join.locator("a.button").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any(href.endswith("/phone/") for href in hrefs)
    assert any(href.endswith("/email/") for href in hrefs)
    assert any(href.endswith("/website/") for href in hrefs)
    assert join.locator("a.button").first.bounding_box()["height"] >= 44  # a finger-sized target
    page.locator("#join-heading").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"task-{language}-2-how-to-join.png"))
    (artifacts / f"task-{language}-clicks.txt").write_text(f"{clicks}\n")
    assert clicks <= MAX_CLICKS
    context.close()


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_reports_no_violations(browser, site_server, artifacts, language, name):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_server + PAGES[name].format(lang=language))
    results = Axe().run(page)
    report = results.generate_report() if results.violations_count else "0 violations\n"
    (artifacts / f"axe-{language}-{name}.txt").write_text(report)
    summary = artifacts / "axe-summary.jsonl"
    with summary.open("a") as out:
        out.write(json.dumps({"language": language, "page": name, "violations": results.violations_count}) + "\n")
    context.close()
    assert results.violations_count == 0, report


def test_skip_link_is_the_first_stop_is_visible_when_focused_and_moves_focus_to_the_content(browser, site_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_server}/nl/gent/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("link => link === document.activeElement")
    box = skip.bounding_box()
    assert box["y"] >= 0  # moved into view
    assert skip.evaluate("link => getComputedStyle(link).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    assert page.evaluate("document.activeElement.id") == "main"
    context.close()


def test_keyboard_reaches_the_filters_and_every_control_shows_focus(browser, site_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_server}/nl/gent/?type=buddy")
    missing_outline = []
    for _ in range(40):
        page.keyboard.press("Tab")
        style = page.evaluate(
            "(() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return [e.tagName, e.className, s.outlineStyle, s.outlineWidth]; })()"
        )
        if style[0] in ("A", "BUTTON", "INPUT", "SELECT", "SUMMARY") and (style[2] == "none" or style[3] == "0px"):
            missing_outline.append(style)
    assert missing_outline == []
    context.close()


def test_arabic_renders_mirrored(browser, site_server, artifacts):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_server}/ar/gent/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > PHONE["width"] / 2  # the site name sits on the right
    heading = page.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > PHONE["width"] - 40  # text starts at the right edge
    page.screenshot(path=str(artifacts / "rtl-ar-gent.png"))
    page.goto(f"{site_server}/ar/")
    page.screenshot(path=str(artifacts / "rtl-ar-home.png"), full_page=True)
    context.close()
