"""The HTML view in a real browser: headless Chromium driven over the DevTools protocol.

No extra dependency: the DevTools websocket is spoken with a minimal client below
(text frames, masking, fragments, ping), enough for request/response and events.
The browser runs with the network emulated offline, so any request to anything but the
file itself would fail and be reported.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from kg.analyze import analyze
from kg.model import Entity, Evidence, KnowledgeBase, Relation
from kg.namespace import ID_BASE
from kg.view import ViewSummary, render_html

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ID = ID_BASE
# vis-network inline, the JSON data block, our script.
PAGE_SCRIPTS = 3


# ------------------------------------------------------------------ minimal websocket


class WebSocket:
    def __init__(self, url: str, timeout: float = 20.0) -> None:
        parsed = urlparse(url)
        self.sock = socket.create_connection((parsed.hostname, parsed.port or 80), timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {parsed.path} HTTP/1.1\r\nHost: {parsed.hostname}:{parsed.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(head.decode(errors="replace"))

    def _exact(self, n: int) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("DevTools connection closed")
            buf += chunk
        return bytes(buf)

    def _frame(self, opcode: int, payload: bytes) -> None:
        header = bytearray([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + mask + masked)

    def send(self, text: str) -> None:
        self._frame(0x1, text.encode("utf-8"))

    def recv(self) -> str:
        message = bytearray()
        while True:
            b0, b1 = self._exact(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            mask = self._exact(4) if b1 & 0x80 else None
            payload = self._exact(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x9:
                self._frame(0xA, payload)
                continue
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the websocket")
            if opcode in (0x0, 0x1, 0x2):
                message += payload
                if b0 & 0x80:
                    return message.decode("utf-8")

    def close(self) -> None:
        try:
            self._frame(0x8, b"")
        finally:
            self.sock.close()


class DevTools:
    """Commands by id; events kept in ``events``; JavaScript dialogs dismissed at once."""

    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _dispatch(self, msg: dict[str, Any]) -> None:
        self.events.append(msg)
        if msg.get("method") == "Page.javascriptDialogOpening":
            # A dialog blocks the page; dismiss it (the test fails on the recorded event).
            self.next_id += 1
            self.ws.send(json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": False}}))

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))
            if "method" in msg:
                self._dispatch(msg)

    def eval(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, condition: Callable[[], bool], timeout: float = 15.0,
             what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}")

    def named(self, method: str) -> list[dict[str, Any]]:
        return [e["params"] for e in self.events if e.get("method") == method]


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def chrome() -> Iterator[DevTools]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: the browser tests must run in CI")
        pytest.skip(f"{CHROMIUM} is not installed")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--no-default-browser-check", "--disable-extensions",
         "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}",
         "--remote-debugging-port=0", "--window-size=1280,800", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    ws: WebSocket | None = None
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 20
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            targets = json.load(r)
        page = next(t for t in targets if t.get("type") == "page")
        ws = WebSocket(page["webSocketDebuggerUrl"])
        tools = DevTools(ws)
        for domain in ("Page", "Runtime", "Network", "Log"):
            tools.call(f"{domain}.enable")
        tools.call("Network.emulateNetworkConditions", offline=True, latency=0,
                   downloadThroughput=-1, uploadThroughput=-1)
        tools.call("Emulation.setDeviceMetricsOverride", width=1280, height=800,
                   deviceScaleFactor=1, mobile=False)
        yield tools
    finally:
        if ws is not None:
            ws.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(chrome: DevTools, path: Path) -> None:
    chrome.events.clear()
    chrome.call("Page.navigate", url=path.resolve().as_uri())
    chrome.wait(lambda: bool(chrome.named("Page.loadEventFired")) or _pump(chrome),
                what="the load event")
    chrome.wait(lambda: chrome.eval("window.kgStabilized === true"), timeout=20,
                what="the layout to stabilise")


def _pump(chrome: DevTools) -> bool:
    chrome.eval("1")  # lets pending events arrive
    return bool(chrome.named("Page.loadEventFired"))


def node_point(chrome: DevTools, iri: str) -> tuple[float, float]:
    """Where node ``iri`` is drawn, in page coordinates."""
    point = chrome.eval(
        "(function (id) { var net = window.kgNetwork;"
        " var p = net.canvasToDOM(net.getPositions([id])[id]);"
        " var r = document.getElementById('kg-network').getBoundingClientRect();"
        f" return {{x: r.left + p.x, y: r.top + p.y}}; }})({json.dumps(iri)})"
    )
    return float(point["x"]), float(point["y"])


def tooltip(chrome: DevTools) -> str:
    return str(chrome.eval(
        "(function () { var t = document.querySelector('div.vis-tooltip');"
        " return t && t.style.visibility !== 'hidden' ? t.innerText : ''; })()"
    ))


def _tooltip_starts_with(chrome: DevTools, text: str) -> bool:
    return tooltip(chrome).startswith(text)


def problems(chrome: DevTools) -> list[str]:
    """Everything that went wrong while loading: requests, failures, errors, dialogs."""
    found = []
    for req in chrome.named("Network.requestWillBeSent"):
        url = req["request"]["url"]
        if not url.startswith(("file:", "data:", "about:")):
            found.append(f"request to {url}")
    found += [f"failed load: {e.get('errorText')}" for e in chrome.named("Network.loadingFailed")]
    found += [f"exception: {e['exceptionDetails']}" for e in chrome.named("Runtime.exceptionThrown")]
    found += [
        f"console.{e['type']}: {e.get('args')}" for e in chrome.named("Runtime.consoleAPICalled")
        if e["type"] in ("error", "assert")
    ]
    found += [
        f"log {e['entry'].get('source')}: {e['entry'].get('text')}"
        for e in chrome.named("Log.entryAdded") if e["entry"].get("level") == "error"
    ]
    found += [f"dialog: {e.get('message')}" for e in chrome.named("Page.javascriptDialogOpening")]
    return found


def ent(key: str, type_: str, label: str, text: str = "", **kw: Any) -> Entity:
    evidence = (Evidence("a1", 0, 0, len(text), text),) if text else ()
    return Entity(ID + key, type_, label, evidence=evidence, **kw)  # type: ignore[arg-type]


def sample_kb() -> KnowledgeBase:
    entities = [
        ent("p/a", "Person", "Nguyễn Văn A", aliases=("Bí thư Nguyễn Văn A",)),
        ent("p/b", "Person", "Trần Thị B"),
        ent("o/tu", "Organization", "Tỉnh ủy Hải Dương", kind="PartyCommittee"),
        ent("o/hu", "Organization", "Huyện ủy Thanh Hà", kind="PartyCommittee"),
        ent("d/nq", "Document", "Nghị quyết số 57-NQ/TW", kind="Resolution"),
        ent("m/dv", "PracticeModel", "Dân vận khéo"),
        ent("w/hc", "Award", "Huân chương Lao động hạng Ba", kind="Order"),
        ent("l/hd", "Place", "tỉnh Hải Dương", kind="Province"),
        ent("e/dh", "Event", "Đại hội Đảng bộ tỉnh lần thứ XVII", kind="Congress"),
    ]
    ev = (Evidence("a1", 2, 0, 40, "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Hải Dương."),)
    relations = [
        Relation(ID + "p/a", "holdsPost", ID + "o/tu", "Bí thư", ev),
        Relation(ID + "p/b", "holdsPost", ID + "o/hu", "Phó Bí thư"),
        Relation(ID + "o/hu", "subOrganizationOf", ID + "o/tu"),
        Relation(ID + "o/tu", "implements", ID + "d/nq"),
        Relation(ID + "o/hu", "practices", ID + "m/dv"),
        Relation(ID + "o/hu", "receivedAward", ID + "w/hc"),
        Relation(ID + "o/tu", "locatedIn", ID + "l/hd"),
        Relation(ID + "p/a", "attended", ID + "e/dh"),
        Relation(ID + "p/b", "attended", ID + "e/dh"),
    ]
    return KnowledgeBase(entities=tuple(entities), relations=tuple(relations))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ViewSummary]:
    kb = sample_kb()
    path = tmp_path_factory.mktemp("view") / "graph.html"
    return path, render_html(kb, analyze(kb), path)


# ------------------------------------------------------------------ tests


def test_page_loads_offline_without_errors(
    chrome: DevTools, sample: tuple[Path, ViewSummary]
) -> None:
    path, summary = sample
    open_page(chrome, path)
    assert problems(chrome) == []
    assert chrome.eval("typeof window.kgNetwork.getPositions") == "function"
    assert chrome.eval("window.kgCounts") == {"nodes": summary.nodes, "edges": summary.edges}
    assert summary.nodes == 9 and summary.edges == 9
    assert chrome.eval("Object.keys(window.kgNetwork.getPositions()).length") == 9
    assert chrome.eval("window.kgEdges.length") == 9
    assert chrome.eval("document.querySelectorAll('canvas').length") == 1
    assert chrome.eval("document.querySelectorAll('script').length") == PAGE_SCRIPTS
    # Physics is switched off once the layout has stabilised.
    assert chrome.eval("window.kgNetwork.physics.options.enabled") is False
    assert chrome.eval("document.characterSet") == "UTF-8"
    assert chrome.eval("document.title") == "Đồ thị tri thức"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = chrome.call("Page.captureScreenshot", format="png")
    (ARTIFACTS / "graph.png").write_bytes(base64.b64decode(shot["data"]))
    assert (ARTIFACTS / "graph.png").stat().st_size > 5000


def test_search_focuses_a_node(chrome: DevTools, sample: tuple[Path, ViewSummary]) -> None:
    path, _ = sample
    open_page(chrome, path)
    # Through the form, as a user would: type, then press the button.
    chrome.eval(
        "document.getElementById('kg-search').value = 'tỉnh ủy hải dương';"
        "document.querySelector('#kg-search-form button').click(); 0"
    )
    assert chrome.eval("window.kgFocused") == ID + "o/tu"
    assert chrome.eval("window.kgNetwork.getSelectedNodes()") == [ID + "o/tu"]
    assert chrome.eval("document.querySelector('#kg-details h2').textContent") == (
        "Tỉnh ủy Hải Dương"
    )
    # By alias, and a miss.
    assert chrome.eval("window.kgSearch('Bí thư Nguyễn Văn A')") == ID + "p/a"
    assert "Bí thư — Tỉnh ủy Hải Dương" in chrome.eval(
        "document.getElementById('kg-details').textContent")
    assert chrome.eval("window.kgSearch('không có ai')") is None
    assert chrome.eval("document.getElementById('kg-status').textContent") == "Không tìm thấy"
    assert problems(chrome) == []


def test_type_filter_hides_nodes(chrome: DevTools, sample: tuple[Path, ViewSummary]) -> None:
    path, _ = sample
    open_page(chrome, path)
    visible_people = (
        "window.kgNodes.get({filter: function (n) {"
        " return n.kgType === 'Person' && !window.kgNetwork.body.nodes[n.id].options.hidden;"
        " }}).length"
    )
    assert chrome.eval(visible_people) == 2
    chrome.eval("document.querySelector('input[data-kg-type=\"Person\"]').click(); 0")
    assert chrome.eval(visible_people) == 0
    assert chrome.eval(
        "window.kgNodes.get({filter: function (n) { return !n.hidden; }}).length") == 7
    # A hidden node cannot be found.
    assert chrome.eval("window.kgSearch('Trần Thị B')") is None
    chrome.eval("document.querySelector('input[data-kg-type=\"Person\"]').click(); 0")
    assert chrome.eval(visible_people) == 2
    assert problems(chrome) == []


def test_hostile_labels_stay_text(chrome: DevTools, hostile_kb: KnowledgeBase, tmp_path: Path) -> None:
    kb = hostile_kb
    path = tmp_path / "hostile.html"
    summary = render_html(kb, analyze(kb), path, lang="en")
    open_page(chrome, path)
    # Hover and click every node: the tooltip and the side panel show its text as text.
    for entity in kb.entities:
        x, y = node_point(chrome, entity.iri)
        chrome.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        shows_label = partial(_tooltip_starts_with, chrome, entity.label + "\n")
        chrome.wait(shows_label, timeout=5, what=f"the tooltip of {entity.label!r}")
        for kind in ("mousePressed", "mouseReleased"):
            chrome.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                        clickCount=1)
        assert chrome.eval("document.querySelector('#kg-details h2').textContent") == (
            entity.label)
        assert entity.label + " 2" in chrome.eval(
            "document.getElementById('kg-details').textContent")
    for entity in kb.entities:
        assert chrome.eval(f"window.kgSearch({json.dumps(entity.label)})") == entity.iri
    assert chrome.eval("window.kgCounts") == {"nodes": summary.nodes, "edges": summary.edges}
    assert chrome.eval("document.querySelectorAll('script').length") == PAGE_SCRIPTS
    assert chrome.eval("document.querySelectorAll('img').length") == 0
    assert chrome.eval("document.querySelectorAll('[onerror], [onmouseover]').length") == 0
    assert chrome.eval("typeof window.x") == "undefined"
    assert chrome.named("Page.javascriptDialogOpening") == []
    assert problems(chrome) == []
