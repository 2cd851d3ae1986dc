"""`spinout serve` in a real browser: headless Chromium driven through Selenium, against the same
threaded server `spinout serve` runs (on 127.0.0.1, a free port, the tests' database, PDFs off).

A care worker's whole interview to a downloaded pack whose rules pass the checks; Back and Change
from the check page; a broken answers file's error summary; the whole interview and the check page
by keyboard alone; the draft rules shown after an answer; a mentor's comment in the next build's
review; two versions compared. axe-core (vendored in tests/vendor, never fetched) on every kind of
page, with a screenshot of each (its top 3000 pixels) saved under $SPINOUT_BROWSER_ARTEFACTS
(default: a pytest temporary folder).
docs/check-answers.png in the README is the top 1000 pixels of check-answers.png, in 64 colours.

Skipped, saying why, only where Chromium or its driver is not installed (scripts/install-system-deps
installs both, so CI runs them)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from .test_web import GIVEN, form_for, page_for, reply
from .webtools import django_ready

HERE = Path(__file__).resolve().parent
AXE = HERE / "vendor" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else shutil.which("chromedriver")
WIDTH, HEIGHT = 1024, 900
SHOT_HEIGHT = 3000
PREVIEW = ".spinout-preview"            # the draft rules so far, under every question

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Chromium and chromedriver (Debian: chromium, chromium-driver; scripts/install-system-deps "
           "installs them)")


# ---------------------------------------------------------------- the server and the browser

@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The server `spinout serve` runs, in a thread, over this process's test database."""
    django_ready()
    from spinout.web.server import make_server
    from spinout.web.settings import Options

    httpd = make_server(Options(host="127.0.0.1"), 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $SPINOUT_BROWSER_ARTEFACTS (CI keeps it), else a temporary folder."""
    named = os.environ.get("SPINOUT_BROWSER_ARTEFACTS")
    folder = Path(named) if named else tmp_path_factory.mktemp("browser")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[webdriver.Chrome, Path]]:
    """One headless Chromium for the module (starting one costs a second or two); its download folder."""
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={WIDTH},{HEIGHT}", "--lang=en-GB", "--no-first-run",
                     "--disable-extensions", "--disable-background-networking"):
        options.add_argument(argument)
    options.page_load_strategy = "eager"     # on once the page is parsed and its scripts have run
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    try:
        yield driver, downloads
    finally:
        driver.quit()


@dataclass
class Browser:
    """The browser at the server, with what the tests do to pages."""

    driver: webdriver.Chrome
    base: str
    downloads: Path
    artefacts: Path
    violations: dict[str, list[str]] = field(default_factory=dict)
    audited: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    @property
    def path(self) -> str:
        return self.driver.current_url.removeprefix(self.base)

    def find(self, css: str) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def finds(self, css: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self) -> str:
        return self.find("body").text

    def then_new_page(self, act: Callable[[], None], timeout: float = 30) -> None:
        """Do something that loads another page, and wait until it has."""
        self.driver.execute_script("window.spinoutOldPage = true")      # gone once another page loads
        act()
        WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(lambda d: d.execute_script(
            "return window.spinoutOldPage === undefined && document.readyState === 'complete'"))

    def click(self, css: str, timeout: float = 30) -> None:
        self.then_new_page(self.find(css).click, timeout)

    def save(self) -> None:
        """Press the page's main button (Save and continue, Save and return)."""
        self.click("main form button.govuk-button:not(.govuk-button--secondary)")

    # keyboard only

    def press(self, *keys: str) -> None:
        ActionChains(self.driver).send_keys(*keys).perform()

    def tab_to(self, matches: Callable[[dict[str, str]], bool], limit: int = 120,
               backwards: bool = False) -> WebElement:
        """Press Tab (or Shift+Tab, `backwards`: from the top of a page, the end of it first) until
        the focus is on what `matches` (given the focused element's id, name, href and text); fail
        if it never gets there."""
        seen = []
        for _ in range(limit):
            if backwards:
                ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
            else:
                self.press(Keys.TAB)
            focused = self.driver.execute_script(
                "const e = document.activeElement;"
                "return {id: e.id, name: e.name || '', href: e.getAttribute('href') || '', text: e.innerText || ''}")
            if matches(focused):
                return self.driver.switch_to.active_element
            seen.append(focused["id"] or focused["href"] or focused["text"][:20])
        raise AssertionError(f"Tab never reached it on {self.path}; it went through {seen[:40]}")

    def enter(self, key: str = Keys.ENTER) -> None:
        """Press Enter (or Space) on what has the focus, which loads another page."""
        self.then_new_page(lambda: self.press(key))

    # accessibility and pictures

    def audit(self, name: str, skip: str = "") -> None:
        """axe-core on this page (WCAG 2.2 A and AA, and best practice); a screenshot of its top
        3000 pixels. `skip`: the CSS selector of a part audited whole on another page (the draft
        rules under every question, the same template each time, take axe seconds a page)."""
        self.driver.execute_script(AXE.read_text(encoding="utf-8"))
        found = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(arguments[0] ? {exclude: [[arguments[0]]]} : document, {resultTypes: ['violations']}).then("
            "  r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            "                + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))),"
            "  e => done(['axe failed: ' + e]));", skip)
        if found:
            self.violations[f"{name} ({self.path})"] = found
        self.screenshot(name)
        self.audited.append(name)

    def assert_accessible(self) -> None:
        """No page this browser audited had an axe violation; each has its screenshot."""
        assert not self.violations, "\n".join(f"{page}: {v}" for page, found in self.violations.items() for v in found)
        assert all((self.artefacts / f"{name}.png").stat().st_size > 10_000 for name in self.audited)

    def screenshot(self, name: str) -> Path:
        """The page's top 3000 pixels: a question page with its draft rules runs to many screens,
        which take Chromium seconds to encode."""
        height = int(self.driver.execute_script("return document.documentElement.scrollHeight"))
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": WIDTH, "height": min(height, SHOT_HEIGHT), "scale": 1}})
        path = self.artefacts / f"{name}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


@pytest.fixture
def browser(server: str, chromium: tuple[webdriver.Chrome, Path], artefacts: Path) -> Iterator[Browser]:
    """The browser on a fresh start; the drafts it made are removed after (the client tests in the
    same process expect an empty database)."""
    from spinout.web.models import Draft

    driver, downloads = chromium
    driver.delete_all_cookies()
    for old in downloads.iterdir():
        old.unlink()
    try:
        yield Browser(driver, server, downloads, artefacts)
    finally:
        Draft.objects.all().delete()


# ---------------------------------------------------------------- a person answering

def new_draft(browser: Browser, name: str) -> None:
    browser.open("/")
    browser.find("#name").send_keys(name)
    browser.click("form[action='/drafts/new/'] button")


def draft_of(browser: Browser) -> Any:
    from spinout.web.models import Draft

    draft_id = browser.path.split("/drafts/")[1].split("/")[0]
    return Draft.objects.get(pk=draft_id)


def give(browser: Browser, page: Any, value: Any) -> None:
    """Fill in the question page as a person would, to give `value`, and save it."""
    kind = page.question.kind
    if kind in ("select", "yesno"):
        index = next(i for i, c in enumerate(page.choices) if c.value == value and type(c.value) is type(value))
        if not browser.find(f"#answer-{index}").is_selected():
            browser.find(f"label[for='answer-{index}']").click()
    elif kind == "founders":
        give_founders(browser, value)
    elif kind in ("staff", "classes"):
        pass                                    # the suggested rows are already in the table
    else:
        typed = "\n".join(value) if kind == "objects" else str(value)
        box = browser.find("#answer")
        if box.get_attribute("value") != typed:
            box.clear()
            box.send_keys(typed)
    browser.save()


def give_founders(browser: Browser, founders: list[dict[str, Any]]) -> None:
    for i, founder in enumerate(founders):
        if i:
            browser.click("button[name='add']")          # Add another founder: one more row
        browser.find(f"#name-{i}").send_keys(founder["name"])
        Select(browser.find(f"#class-{i}")).select_by_value(founder["member_class"])
        if founder.get("secretary"):
            browser.find(f"label[for='secretary-{i}']").click()


def give_by_keyboard(browser: Browser, page: Any, value: Any) -> None:
    """Fill in the question page with Tab, the arrow keys, Space and typing alone, to give
    `value`, and press Save and continue with Enter."""
    kind = page.question.kind
    if kind in ("select", "yesno"):
        choose_by_keyboard(browser, "answer", next(
            i for i, c in enumerate(page.choices) if c.value == value and type(c.value) is type(value)))
    elif kind == "founders":
        give_founders_by_keyboard(browser, value)
    elif kind == "staff":                       # one more row, left blank, so not kept
        rows = len(browser.finds("input[id^='role-']"))
        browser.tab_to(lambda e: e["text"] == "Add another role")
        browser.enter()
        assert len(browser.finds("input[id^='role-']")) == rows + 1
    elif kind != "classes":                     # the classes: the suggested rows kept as they are
        typed = "\n".join(value) if kind == "objects" else str(value)
        box = browser.tab_to(lambda e: e["id"] == "answer")
        if box.get_attribute("value") != typed:
            ActionChains(browser.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(
                typed).perform()                # Ctrl+A: over all the box holds (a text area too)
        assert box.get_attribute("value") == typed, page.question.key
    browser.tab_to(lambda e: e["text"] == "Save and continue")
    browser.enter()


def choose_by_keyboard(browser: Browser, name: str, index: int) -> None:
    """Tab into the radios called `name` (onto the chosen one, or else the first) and move to
    the one at `index` with the arrow keys (which choose as they move), or Space on it."""
    radios = browser.finds(f"input[type='radio'][name='{name}']")
    focused = browser.tab_to(lambda e: e["name"] == name)
    at = next(i for i, r in enumerate(radios) if r == focused)
    browser.press(*([Keys.ARROW_DOWN] * (index - at) or [Keys.ARROW_UP] * (at - index) or [Keys.SPACE]))
    assert radios[index].is_selected(), (name, index)


def with_id(wanted: str) -> Callable[[dict[str, str]], bool]:
    """For `Browser.tab_to`: the element whose id is `wanted`."""
    return lambda focused: focused["id"] == wanted


def give_founders_by_keyboard(browser: Browser, founders: list[dict[str, Any]]) -> None:
    for i, founder in enumerate(founders):
        if i:                                   # Add another founder: one more row
            browser.tab_to(lambda e: e["text"] == "Add another founder")
            browser.enter()
        browser.tab_to(with_id(f"name-{i}"))
        browser.press(founder["name"])
        select = Select(browser.tab_to(with_id(f"class-{i}")))
        keys = [o.get_attribute("value") for o in select.options]
        at = keys.index(select.first_selected_option.get_attribute("value"))
        wanted = keys.index(founder["member_class"])
        if wanted != at:                        # the arrow keys change a closed list's choice
            browser.press(*([Keys.ARROW_DOWN] * (wanted - at) or [Keys.ARROW_UP] * (at - wanted)))
        assert select.first_selected_option.get_attribute("value") == founder["member_class"], founder
        if founder.get("secretary"):
            browser.tab_to(with_id(f"secretary-{i}"))
            browser.press(Keys.SPACE)
            assert browser.find(f"#secretary-{i}").is_selected()


def answer_every_question(browser: Browser, limit: int = 60) -> list[str]:
    """From the question the browser shows, on to the check page; the questions asked."""
    asked: list[str] = []
    while "/questions/" in browser.path and len(asked) < limit:
        key = browser.path.split("/questions/")[1].split("/")[0]
        assert browser.find("h1").text, key
        page = page_for(draft_of(browser), key)
        give(browser, page, reply(page))
        assert not browser.finds(".govuk-error-summary"), (key, browser.find(".govuk-error-summary").text)
        asked.append(key)
    assert browser.path.endswith("/check/"), asked
    return asked


def import_file(browser: Browser, path: Path) -> None:
    browser.open("/")
    browser.find("#answers_file").send_keys(str(path))
    browser.click("form[action='/drafts/import/'] button")


def downloaded_zip(browser: Browser, timeout: float = 30, suffix: str = ".zip") -> Path:
    """The file the browser has finished downloading (a zip unless `suffix` says otherwise)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in browser.downloads.iterdir() if p.suffix == suffix]
        if done and not any(p.suffix == ".crdownload" for p in browser.downloads.iterdir()):
            return done[0]
        time.sleep(0.1)
    raise TimeoutException(f"no {suffix} file in {browser.downloads} after {timeout} s")


def failed_rule_checks(pack: Path) -> list[dict[str, Any]]:
    """What `spinout check PACK --json` finds failed in the constitution: every failed finding but
    those about the business case (its cash check can fail on the interview's typical finances,
    which ask no overdraft)."""
    from click.testing import CliRunner

    from spinout.cli import cli

    result = CliRunner().invoke(cli, ["check", str(pack), "--json"], catch_exceptions=False)
    report = json.loads(result.output)
    assert report["counts"]["pass"] > 20 and result.exit_code == (1 if report["counts"]["fail"] else 0)
    return [f for f in report["findings"] if f["severity"] == "fail" and not f["subject"].startswith("business_case")]


# ---------------------------------------------------------------- the tests

def test_a_care_worker_answers_everything_and_downloads_a_pack_that_passes_the_checks(
        browser: Browser, tmp_path: Path) -> None:
    new_draft(browser, "Riverside care")
    assert browser.path.endswith("/questions/service.archetype/")
    asked = answer_every_question(browser)
    assert len(asked) > 20 and asked[-2:] == ["prepared_by", "wizard.own_words"]

    assert browser.find("h1").text == "Check your answers"
    assert GIVEN["society.name"] in browser.text() and "Amina Okafor" in browser.text()
    browser.click("#build", timeout=120)
    assert browser.find("h1").text.startswith("Version ")
    assert browser.find(".govuk-panel__title").text == "Your pack is ready"
    browser.find("a[href$='pack.zip']").click()
    pack = downloaded_zip(browser)
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(tmp_path)
    constitution = (tmp_path / "pack" / "constitution.md").read_text(encoding="utf-8")
    assert GIVEN["society.name"] in constitution and "Amina Okafor" in (tmp_path / "pack").joinpath(
        "answers.yml").read_text(encoding="utf-8")
    assert failed_rule_checks(tmp_path / "pack") == []


def test_back_and_change_from_the_check_page(browser: Browser) -> None:
    from spinout.answers.resolve import example_path

    import_file(browser, example_path("social-care"))
    check = browser.path
    assert check.endswith("/check/") and browser.find("h1").text == "Check your answers"
    change = "a[href$='/questions/business_case.contract_years/?change=1']"

    browser.click(change)                                       # Change, then Back: nothing changed
    assert browser.find("#answer").get_attribute("value") == "5"
    browser.click(".govuk-back-link")
    assert browser.path == check and "5 years" in browser.text()

    browser.click(change)                                       # Change, then save: back to the check page
    box = browser.find("#answer")
    box.clear()
    box.send_keys("7")
    browser.save()
    assert browser.path == check
    row = browser.find(change).find_element(By.XPATH, "ancestor::div[contains(@class, 'govuk-summary-list__row')]")
    assert "7 years" in row.text

    browser.driver.back()                                       # the browser's own Back works too
    assert "/questions/business_case.contract_years/" in browser.path


def test_a_broken_answers_file_shows_the_error_summary_linked_to_the_field(browser: Browser, tmp_path: Path) -> None:
    from spinout.web.models import Draft

    broken = tmp_path / "answers.yml"
    broken.write_text("society: [unclosed\n", encoding="utf-8")
    import_file(browser, broken)
    summary = browser.find(".govuk-error-summary")
    assert "There is a problem" in summary.text and "cannot be read" in summary.text
    assert browser.driver.title.startswith("Error:")
    # GOV.UK Frontend's script (allowed by the content security policy) moves the focus to the summary
    WebDriverWait(browser.driver, 5, poll_frequency=0.05).until(
        lambda d: "govuk-error-summary" in (d.switch_to.active_element.get_attribute("class") or ""))
    link = summary.find_element(By.CSS_SELECTOR, "a[href='#answers_file']")
    link.click()
    assert browser.driver.switch_to.active_element.get_attribute("id") == "answers_file"
    browser.audit("import-error")
    assert not Draft.objects.exists()
    assert not browser.violations, browser.violations


def test_the_whole_interview_and_the_check_page_by_keyboard_alone(browser: Browser) -> None:
    """Tab, Shift+Tab, the arrow keys, Space, Enter and typing: no clicks and nothing sent to the
    server but by the browser, from the drafts list through every question (founders and staff
    rows added with "Add another") to a built pack."""
    browser.open("/")
    browser.tab_to(lambda e: e["id"] == "name")
    browser.press("Keyboard care")
    browser.tab_to(lambda e: e["text"] == "Start")
    browser.enter()

    asked: list[str] = []
    while "/questions/" in browser.path and len(asked) < 60:
        key = browser.path.split("/questions/")[1].split("/")[0]
        page = page_for(draft_of(browser), key)
        give_by_keyboard(browser, page, reply(page))
        assert not browser.finds(".govuk-error-summary"), (key, browser.find(".govuk-error-summary").text)
        asked.append(key)
    assert browser.path.endswith("/check/") and len(asked) > 20, asked
    assert asked[-2:] == ["prepared_by", "wizard.own_words"], asked
    saved = draft_of(browser).answers_text
    assert "archetype: social-care" in saved and saved.count(GIVEN["service.parent_body"]) == 1
    assert all(f["name"] in browser.text() for f in GIVEN["founders"])

    # and on the check page: Change a name, then Build
    browser.tab_to(lambda e: e["href"].endswith("/questions/society.name/?change=1"))
    browser.enter()
    browser.tab_to(lambda e: e["id"] == "answer")
    browser.press("Riverside Home Care Co-operative Limited")     # tabbing into a box selects what it holds
    browser.tab_to(lambda e: e["text"] == "Save and return")
    browser.enter(Keys.SPACE)
    assert browser.path.endswith("/check/") and "Riverside Home Care Co-operative Limited" in browser.text()
    browser.tab_to(lambda e: e["id"] == "build", backwards=True)    # Build: below every Change link
    browser.then_new_page(lambda: browser.press(Keys.ENTER), timeout=120)
    assert browser.find("h1").text.startswith("Version ")
    assert browser.find(".govuk-panel__title").text == "Your pack is ready"
    browser.tab_to(lambda e: e["href"].endswith("pack.zip"))
    browser.press(Keys.ENTER)
    assert downloaded_zip(browser).stat().st_size > 10_000


PAGES = {   # page type: the question whose page shows it (on a draft imported from the example)
    "question-radios": "service.archetype",
    "question-text": "society.name",
    "question-number": "business_case.contract_value",
    "question-long-text": "society.objects",
    "question-table-staff": "business_case.staff",
    "question-table-founders": "founders",
    "question-classes": "member_classes",
}


def test_every_kind_of_page_has_no_accessibility_problems(browser: Browser) -> None:
    """axe-core on each page type, with a screenshot of each (check-answers.png: the README's)."""
    from django.test import override_settings

    from spinout.answers.resolve import example_path

    browser.open("/")
    browser.audit("drafts-empty")
    browser.click("form[action='/drafts/new/'] button")          # no name: the error state of a form
    browser.audit("new-draft-error")
    import_file(browser, example_path("social-care"))
    check = browser.path
    browser.audit("check-answers")
    draft = check.removesuffix("check/")
    for name, key in PAGES.items():
        browser.open(f"{draft}questions/{key}/?change=1")
        assert browser.find("h1").text, key
        browser.audit(name, skip=PREVIEW)       # the preview: in the preview test, below

    browser.open(f"{draft}questions/wizard.own_words/?change=1")      # "write the boxes now?": yes
    browser.find("input[type=radio]").click()                       # not a link: no new page
    browser.save()
    browser.open(f"{draft}questions/own_words.business-case/summary%23pitch/?change=1")
    assert browser.find("textarea#answer")
    browser.audit("question-own-words", skip=PREVIEW)

    browser.open(f"{draft}questions/business_case.contract_years/?change=1")
    box = browser.find("#answer")
    box.clear()
    box.send_keys("lots")
    browser.save()
    assert browser.finds(".govuk-error-summary")
    browser.audit("question-error", skip=PREVIEW)

    browser.open(check)
    browser.click("#build", timeout=120)
    browser.audit("build-result")
    browser.open(draft)
    browser.audit("draft")
    browser.open("/")
    browser.audit("drafts")
    browser.open("/drafts/00000000-0000-0000-0000-000000000000/")
    browser.audit("not-found")
    with override_settings(SPINOUT_LOCAL=False):                # a hosted server: everyone signs in
        browser.open("/")
        assert browser.path.startswith("/login/")
        browser.audit("sign-in")
        browser.find("#id_username").send_keys("nobody")
        browser.find("#id_password").send_keys("not the password")
        browser.save()
        assert browser.finds(".govuk-error-summary")
        browser.audit("sign-in-error")
    browser.assert_accessible()
    assert len(browser.audited) == 18 and "check-answers" in browser.audited



# ---------------------------------------------------------------- the rules beside the questions, review, compare

NEW_NAME = "Riverside Home Care Co-operative Limited"


def answer_up_to(draft: Any, url: str, stop: str) -> None:
    """Answer the questions from `url` on, straight to the server (to save time), until the
    question `stop` is the one to answer."""
    from django.test import Client

    client = Client()
    while f"/questions/{stop}/" not in url:
        assert "/questions/" in url, f"{stop} never came"
        draft.refresh_from_db()
        page = page_for(draft, url.split("/questions/")[1].split("/")[0])
        url = str(client.post(url, form_for(page, reply(page)))["Location"])


def change_society_name(browser: Browser, draft: str, name: str) -> None:
    """From the draft at address `draft`, Change the society's name as on the check page."""
    browser.open(f"{draft}questions/society.name/?change=1")
    box = browser.find("#answer")
    box.clear()
    box.send_keys(name)
    browser.save()
    assert browser.path.endswith("/check/")


def test_the_preview_shows_an_answer_on_the_next_page(browser: Browser) -> None:
    """The society's name, once given, is in the draft rules under the next question; a rule's
    "Why is rule N here?" opens by keyboard; the preview page and a question with it under axe."""
    new_draft(browser, "Preview care")
    draft = draft_of(browser)
    answer_up_to(draft, browser.path, "society.name")
    browser.open(f"/drafts/{draft.pk}/questions/society.name/")
    assert NEW_NAME not in browser.find("#preview").text
    box = browser.find("#answer")
    box.clear()
    box.send_keys(NEW_NAME)
    browser.save()
    assert browser.path.endswith("/questions/society.registered_office/")
    preview = browser.find("#preview").text
    assert NEW_NAME in preview and "Stand-in Co-operative Limited" not in preview

    summary = browser.tab_to(lambda e: e["text"].startswith("Why is rule "))
    details = summary.find_element(By.XPATH, "..")
    reason = details.find_element(By.CSS_SELECTOR, ".govuk-details__text")
    assert details.get_attribute("open") is None and not reason.is_displayed()
    browser.press(Keys.ENTER)
    assert details.get_attribute("open") is not None and "For advisers and mentors:" in reason.text
    browser.audit("question-with-preview")

    browser.open(f"/drafts/{draft.pk}/preview/")
    assert browser.find("h1").text == "Draft rules so far" and NEW_NAME in browser.find("#preview").text
    browser.audit("preview")
    browser.assert_accessible()


PASSWORD = "a long password for the browser"


@pytest.fixture
def users() -> Iterator[None]:
    """A hosted server (everyone signs in) with two users, owner and mentor; a quick password hash
    for them (the real one takes most of a second a sign-in on this machine)."""
    from django.contrib.auth.models import User
    from django.test import override_settings

    with override_settings(SPINOUT_LOCAL=False,
                           PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        for name in ("owner", "mentor"):
            User.objects.create_user(name, password=PASSWORD)
        try:
            yield
        finally:
            User.objects.filter(username__in=("owner", "mentor")).delete()


def sign_in(browser: Browser, name: str, then: str) -> None:
    """As the user `name`, from signed out to the page at `then` (by way of the sign-in page)."""
    browser.driver.delete_all_cookies()
    browser.open(then)
    assert browser.path.startswith("/login/"), browser.path
    browser.find("#id_username").send_keys(name)
    browser.find("#id_password").send_keys(PASSWORD)
    browser.save()
    assert browser.path == then, browser.path


def test_a_mentors_comment_is_in_the_next_builds_review(browser: Browser, users: None, tmp_path: Path) -> None:
    """The owner shares a draft with a mentor; the mentor comments on a rule of version 1; the
    owner builds again and the pack's review.md has the comment. The sharing form and the
    version page with comments, and their error states, under axe."""
    from spinout.answers.resolve import example_path

    sign_in(browser, "owner", "/")
    import_file(browser, example_path("social-care"))
    browser.click("#build", timeout=120)
    first = browser.path
    assert first.endswith("/versions/1/")
    draft = first.removesuffix("versions/1/")

    browser.open(draft)
    share = "form[action$='/mentors/'] button"
    browser.click(share)                                    # no name: the error state
    assert "Enter the user name of the mentor." in browser.find(".govuk-error-summary").text
    browser.audit("mentors-error")
    browser.find("#mentor").send_keys("mentor")
    browser.click(share)
    assert "Shared with: mentor." in browser.text()
    browser.audit("mentors")

    sign_in(browser, "mentor", first)
    comment = "form[action$='/comments/'] button"
    Select(browser.find("#target")).select_by_value("gm-quorum")
    browser.click(comment)                                  # no words: the error state
    assert "Enter a comment." in browser.find(".govuk-error-summary").text
    browser.audit("version-comment-error")
    assert Select(browser.find("#target")).first_selected_option.get_attribute("value") == "gm-quorum"
    said = "Is a quorum of ten realistic for home carers?"
    browser.find("#comment").send_keys(said)
    browser.click(comment)
    shown = browser.find("#comments ~ .govuk-summary-list").text
    assert said in shown and "Rule " in shown and "mentor, on version 1" in shown and "Open" in shown
    browser.audit("version-comments")

    sign_in(browser, "owner", draft + "check/")
    browser.click("#build", timeout=120)
    assert browser.path.endswith("/versions/2/") and said in browser.text()
    browser.find("a[href$='pack.zip']").click()
    with zipfile.ZipFile(downloaded_zip(browser)) as archive:
        review = archive.read("pack/review.md").decode("utf-8")
    line = next(line for line in review.splitlines() if "realistic for home carers" in line)
    assert line.startswith("- **OPEN** On rule ") and "(clause gm-quorum), by mentor on version 1: Is a" in line
    browser.assert_accessible()


def test_two_versions_compared_in_the_page_and_as_a_word_redline(browser: Browser) -> None:
    from spinout.answers.resolve import example_path

    import_file(browser, example_path("social-care"))
    draft = browser.path.removesuffix("check/")
    browser.click("#build", timeout=120)
    change_society_name(browser, draft, NEW_NAME)
    browser.click("#build", timeout=120)
    assert browser.path.endswith("/versions/2/")

    browser.open(draft)
    assert Select(browser.find("#old")).first_selected_option.text == "Version 1"
    browser.click("form[action$='/compare/'] button")
    assert browser.path.endswith("/compare/?old=1&new=2")
    assert browser.find("h1").text == "Version 1 and version 2 compared"
    inserted = browser.finds("main ins.spinout-ins")
    assert inserted[0].text == "inserted text" and [e.text for e in inserted[1:]] == ["Home"]   # the key, the change
    assert NEW_NAME in inserted[1].find_element(By.XPATH, "..").text
    said = browser.driver.execute_script(                   # to a screen reader, which says no <ins>
        "return ['::before', '::after'].map(p => getComputedStyle(arguments[0], p).content)", inserted[1])
    assert said == ['" [inserted: "', '"] "'], said
    browser.audit("compare")

    browser.find("a[href*='/compare/redline.docx?old=1&new=2']").click()
    word = downloaded_zip(browser, suffix=".docx")
    assert word.name.endswith("-redline-1-to-2.docx")
    with zipfile.ZipFile(word) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    inserted_runs = body.split("<w:ins ")[1:]
    assert inserted_runs and any("Home" in run.split("</w:ins>")[0] for run in inserted_runs)
    browser.assert_accessible()
