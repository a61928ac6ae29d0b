"""The real Label Studio UI in headless Chromium (playwright + Debian's chromium, never a downloaded
browser): log in, open a pushed task, see the predicted regions, submit, find the annotation in the
next export; and draw a span after an emoji with the mouse to check the saved offsets are code points.

Under CI=true these tests fail (never skip) when playwright, chromium or Label Studio is missing.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from conftest import LabelStudioServer, TestWorkspace, in_ci
from curation.document import sha256_text
from curation.labelstudio.export import export
from curation.scheme import load_scheme

pytestmark = [pytest.mark.browser, pytest.mark.labelstudio, pytest.mark.timeout(600)]

CHROMIUM = os.environ.get("CURATE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
UI_TIMEOUT_MS = 90_000
ACCEPT_DOC = "000_d1500ec1f89033da"
TEXT_VIEW = ".lsf-main-view .lsf-richtext__container"
EMOJI_TEXT = "Gipfel 🇩🇪 in Berlin\n\nNach dem Treffen 😀 lobte Paul Muster die Rede der Ministerin."
DRAWN = "Paul Muster"

# Bounding boxes of the first and last character of `target` inside the labeling text view.
CHARACTER_BOXES_JS = """([selector, target]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const i = node.data.indexOf(target);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    const first = range.getBoundingClientRect();
    range.setStart(node, i + target.length - 1); range.setEnd(node, i + target.length);
    const last = range.getBoundingClientRect();
    return {x1: first.left, y1: first.top + first.height / 2, x2: last.right, y2: last.top + last.height / 2};
  }
  return null;
}"""




def _missing(message: str) -> None:
    if in_ci():
        pytest.fail(f"{message} (CI=true: browser tests never skip)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed: pip install -e '.[dev]'")
    if not Path(CHROMIUM).exists():
        _missing(f"{CHROMIUM} not found: install Debian's chromium (make chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@contextmanager
def logged_in(browser: Any, url: str, email: str, password: str, screenshot: Path) -> Iterator[Any]:
    """A page logged in through the login form as a person would; on the way out the page's last view
    is saved to `screenshot` (for debugging and for looking at what the user saw)."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    context.set_default_timeout(UI_TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(f"{url}/user/login/")
        page.fill("#email", email)
        page.fill("#password", password)
        page.click("button.login-button")
        page.wait_for_url(lambda current: "/user/login" not in current)
        yield page
    finally:
        try:
            page.screenshot(path=str(screenshot))
        finally:
            context.close()


@pytest.fixture
def page(browser: Any, label_studio: LabelStudioServer, tmp_path: Path) -> Iterator[Any]:
    """A logged-in page (the fixture admin's e-mail and password, through the login form)."""
    with logged_in(browser, label_studio.url, label_studio.email, label_studio.password, tmp_path / "last-page.png") as page:
        yield page


def _wait_for_annotations(server: LabelStudioServer, task_id: int, count: int, seconds: float = 60) -> list[dict[str, Any]]:
    deadline = time.monotonic() + seconds
    while True:
        annotations = server.client.tasks.get(id=task_id).annotations or []
        if len(annotations) >= count:
            return annotations
        if time.monotonic() > deadline:
            raise AssertionError(f"task {task_id}: {len(annotations)} annotation(s) after {seconds:.0f} s, expected {count}")
        time.sleep(0.5)


def _regions_list(page: Any, expected: int) -> list[str]:
    """The texts in the Regions panel. It is a virtual list (only visible rows exist in the DOM), so
    scroll through it and collect rows by their index number."""
    rows: dict[int, str] = {}
    page.locator(".lsf-outliner-item").first.hover()
    stalled = 0
    while len(rows) < expected and stalled < 5:
        before = len(rows)
        for item in page.locator(".lsf-outliner-item").all():
            index = item.locator(".lsf-outliner-item__index").inner_text().strip()
            rows[int(index)] = item.locator(".lsf-outliner-item__text").inner_text()
        page.mouse.wheel(0, 250)
        page.wait_for_timeout(150)
        stalled = stalled + 1 if len(rows) == before else 0
    return [rows[i] for i in sorted(rows)]


def test_predicted_regions_are_shown_submitted_and_exported(ls_workspace: TestWorkspace, page: Any) -> None:
    from curation.corpus import ingest
    from curation.labelstudio import regions_from_result
    from curation.labelstudio.push import push

    server, ws = ls_workspace.server, ls_workspace
    assert not ingest(workspace=ws.workspace).rejected
    pushed = push(ws.workspace, project_title=ws.project_title)
    tasks = {t.data["doc_id"]: t for t in server.client.tasks.list(project=pushed.project_id, fields="all", page_size=100)}
    task = tasks[ACCEPT_DOC]
    (prediction,) = task.predictions
    text = task.data["text"]
    predicted, predicted_relations = regions_from_result(prediction.result, text, load_scheme(ws.workspace.label_config_path))
    assert predicted, "the pre-annotator found nothing to show"

    page.goto(f"{server.url}/projects/{pushed.project_id}/data?task={task.id}")
    page.wait_for_selector(".lsf-outliner-item")
    # The regions list shows every predicted region with its text ...
    shown = _regions_list(page, len(predicted))
    assert Counter(" ".join(t.split()) for t in shown) == Counter(" ".join(s.text.split()) for s in predicted)
    # ... and the text view highlights each of them at its offsets.
    for span in predicted:
        pieces = page.locator(f'{TEXT_VIEW} span.htx-highlight[class*="htx-highlight-{span.id}-"]')
        assert pieces.count() >= 1, f"{span.id} is not highlighted"
        assert int(pieces.first.get_attribute("data-start")) == span.start
        assert int(pieces.last.get_attribute("data-end")) == span.end

    page.get_by_role("button", name="Submit").click()
    (annotation,) = _wait_for_annotations(server, task.id, 1)
    assert annotation["parent_prediction"] == prediction.id and not annotation["was_cancelled"]

    report = export(version="v1", workspace=ws.workspace, project_title=ws.project_title)
    assert report.documents == 1 and report.invalid == []
    spans = [r for r in pq.read_table(report.path / "spans.parquet").to_pylist() if r["doc_id"] == ACCEPT_DOC]
    assert {r["span_id"]: (r["label"], r["start"], r["end"], r["text"]) for r in spans} == {
        s.id: (s.label, s.start, s.end, s.text) for s in predicted
    }
    assert {r["origin"] for r in spans} == {"kept"}
    assert {r["annotator"] for r in spans} == {server.email}
    relations = pq.read_table(report.path / "relations.parquet").to_pylist()
    assert {(r["from_id"], r["to_id"]) for r in relations} == {(r.from_id, r.to_id) for r in predicted_relations}


def test_span_drawn_after_an_emoji_is_saved_in_code_points(ls_workspace: TestWorkspace, page: Any) -> None:
    from curation.labelstudio import connect, ensure_project

    server, ws = ls_workspace.server, ls_workspace
    project = ensure_project(connect(ws.workspace), ws.workspace, ws.project_title)
    data = {"text": EMOJI_TEXT, "doc_id": "901_ui_emoji", "title": "Gipfel", "text_sha256": sha256_text(EMOJI_TEXT)}
    imported = server.client.projects.import_tasks(id=project.id, request=[{"data": data}], return_task_ids=True)
    (task_id,) = imported.task_ids
    start = EMOJI_TEXT.index(DRAWN)
    assert len(EMOJI_TEXT[:start].encode("utf-16-le")) // 2 == start + 3  # UTF-16 would count 3 more

    page.goto(f"{server.url}/projects/{project.id}/data?task={task_id}")
    page.wait_for_selector(TEXT_VIEW)
    page.locator(".lsf-main-view .lsf-label", has_text="ACTOR").first.click()
    box = page.evaluate(CHARACTER_BOXES_JS, [TEXT_VIEW, DRAWN])
    assert box, f"{DRAWN!r} is not in the text view"
    page.mouse.move(box["x1"] + 1, box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"] - 1, box["y2"], steps=8)
    page.mouse.up()
    page.wait_for_selector(".lsf-outliner-item")
    assert page.locator(".lsf-outliner-item .lsf-outliner-item__text").all_inner_texts() == [DRAWN]
    page.get_by_role("button", name="Submit").click()
    (annotation,) = _wait_for_annotations(server, task_id, 1)
    (region,) = [r for r in annotation["result"] if r["type"] == "labels"]
    assert (region["value"]["start"], region["value"]["end"]) == (start, start + len(DRAWN))

    report = export(workspace=ws.workspace, project_title=ws.project_title)
    assert report.invalid == []
    (row,) = pq.read_table(report.path / "spans.parquet").to_pylist()
    assert (row["start"], row["end"], row["text"], row["label"]) == (start, start + len(DRAWN), DRAWN, "ACTOR")
    assert (row["origin"], row["annotator"]) == ("added", server.email)
