#!/usr/bin/python3
"""scip's HTML reports rendered in a real browser (CTest html-report).

usage: html_report.py SCIP REPO_DIR OUT_DIR

For each report below, scip writes the page; headless Chromium (Debian's
chromium) opens it with the network switched off and is driven over the
DevTools protocol on a pipe (--remote-debugging-pipe: no port, no extra
library). The test fails when
  - any request leaves the file (anything but the file itself and data: URLs),
  - the console logs an error, or a script throws,
  - the DOM does not hold every row of the same report as scip's JSON output,
    each with its status (progress), every change of the JSON (diff), every item
    of the coverage (cover), every open finding (findings) or every region
    ranked (score), and
    nothing else,
  - on a phone (390 px wide) the page is wider than the screen,
  - printing on A4 gives no page.
It writes OUT_DIR/NAME.png (a screenshot; the README's come from here) and
OUT_DIR/NAME.pdf. Exit 77 (skipped) when chromium is not installed.
"""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """Chromium over --remote-debugging-pipe: JSON messages ended by NUL on fds 3 (in) and 4 (out)."""

    def __init__(self):
        to_r, to_w = os.pipe()      # we write, Chromium reads (its fd 3)
        from_r, from_w = os.pipe()  # Chromium writes (its fd 4), we read
        # Above 10, so that the dup2 calls in the child cannot clobber them.
        hi = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_r, from_w)]
        for fd in (to_r, from_w):
            os.close(fd)

        def child():
            os.dup2(hi[0], 3)
            os.dup2(hi[1], 4)

        self.profile = tempfile.mkdtemp(prefix="scip-chromium-")
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--disable-sync", "--disable-component-update",
             f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child, pass_fds=(3, 4))
        for fd in hi:
            os.close(fd)
        self.out, self.inp = to_w, from_r
        self.buf = b""
        self.next_id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.time()
            if left <= 0 or not select.select([self.inp], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.inp, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.out, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, timeout=60):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def render(browser, path, name, out_dir):
    """Opens the page; returns (problems, rows seen in the DOM)."""
    problems = []
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    s = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session=s)
    browser.send("Network.emulateNetworkConditions",
                 {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}, session=s)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1200, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=s)
    url = "file://" + os.path.abspath(path)
    browser.events.clear()
    browser.send("Page.navigate", {"url": url}, session=s)
    browser.wait_event("Page.loadEventFired")

    def evaluate(expr):
        r = browser.send("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session=s)
        return r["result"].get("value")

    rows = json.loads(evaluate(
        "JSON.stringify([...document.querySelectorAll('[data-key]')].map(e => [e.dataset.key, e.dataset.status || '']))"))
    height = evaluate("document.documentElement.scrollHeight")
    shot = browser.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": 1200, "height": min(height, 1800), "scale": 1}}, session=s)
    with open(os.path.join(out_dir, name + ".png"), "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    pdf = browser.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}, session=s)
    data = base64.b64decode(pdf["data"])
    with open(os.path.join(out_dir, name + ".pdf"), "wb") as f:
        f.write(data)
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    if pages < 1:
        problems.append("printing gave no page")
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}, session=s)
    wide = evaluate("document.documentElement.scrollWidth")
    if wide > 391:
        problems.append(f"on a phone the page is {wide}px wide, wider than the 390px screen")
    for e in browser.events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Network.requestWillBeSent":
            u = p["request"]["url"]
            if u != url and not u.startswith("data:"):
                problems.append(f"a request left the file: {u}")
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            problems.append("console error: " + " ".join(str(a.get("value", "")) for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            problems.append("script error: " + p["exceptionDetails"].get("text", ""))
        elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
            problems.append("browser error: " + p["entry"].get("text", ""))
    browser.send("Target.closeTarget", {"targetId": target})
    return problems, rows


def run(args):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r.stdout


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    scip, repo, out_dir = sys.argv[1:]
    if not CHROMIUM:
        print("chromium is not installed: skipped", file=sys.stderr)
        return 77
    os.makedirs(out_dir, exist_ok=True)
    ex = os.path.join(repo, "examples")
    plans = os.path.join(repo, "plans")
    zhongwei = [os.path.join(ex, "zhongwei-midterm"), plans, "--as-of", "2023-12-31"]
    qinghai = [os.path.join(ex, "qinghai-2020"), "--as-of", "2020-12-31"]
    diff_pair = [os.path.join(plans, "hebei", "qinhuangdao-2016-2020.yaml"),
                 os.path.join(plans, "ningxia", "zhongwei-2021-2025.yaml")]

    def progress_rows(doc):
        return {(r["key"], r["status"]) for r in doc["rows"]}

    def diff_changes(doc):
        return {("|".join([c["kind"], c["old_path"], c["new_path"], c["old"], c["new"]]), "") for c in doc["changes"]}

    def cover_rows(doc):
        last = lambda p: p.rsplit("/", 1)[-1] if p else ""
        rows = set()
        for section in ("actions", "tasks", "targets"):
            for it in doc[section]:
                child = last(it["by"]["path"]) if it["by"] else ""
                rows.add((f"{section}|{last(it['path'])}|{child}", "covered" if it["covered"] else "missing"))
        rows |= {(f"extra||{last(e['path'])}", "extra") for e in doc["extra"]}
        return rows

    def findings_rows(doc):
        # the page lists the open findings (the JSON has all): those not closed as of the day
        return {(f"{f['file']}|{f['id']}", f["status"]) for f in doc["findings"] if f["status"] in ("未整改", "整改中")}

    def score_rows(doc):
        return {(r["region"], str(r["rank"])) for r in doc["regions"]}

    qinghai_scores = [os.path.join(ex, "qinghai-2020"), "--scores", os.path.join(ex, "qinghai-2020", "scores-2020.csv"),
                      "--as-of", "2020-12-31"]

    cover_pair = [os.path.join(plans, "ningxia", "zhongwei-2021-2025.yaml"),
                  os.path.join(plans, "national", "national-2021-2035.yaml")]

    reports = [
        ("progress-zhongwei-zh", ["--lang", "zh", "progress", *zhongwei, "--by", "department"], progress_rows),
        ("progress-qinghai-en", ["--lang", "en", "progress", *qinghai], progress_rows),
        ("diff-13-to-14-zh", ["--lang", "zh", "diff", *diff_pair], diff_changes),
        ("diff-13-to-14-en", ["--lang", "en", "diff", *diff_pair], diff_changes),
        ("cover-zhongwei-national-zh", ["--lang", "zh", "cover", *cover_pair], cover_rows),
        ("findings-qinghai-zh", ["--lang", "zh", "findings", os.path.join(ex, "qinghai-2020"), "--as-of", "2020-07-31"],
         findings_rows),
        ("score-qinghai-zh", ["--lang", "zh", "score", *qinghai_scores], score_rows),
    ]
    failed = False
    browser = Browser()
    try:
        for name, args, expect in reports:
            page = os.path.join(out_dir, name + ".html")
            run([scip, "-o", page, *args, "--format", "html"])
            expected = json.loads(run([scip, *args, "--format", "json"]))
            want = expect(expected)
            problems, rows = render(browser, page, name, out_dir)
            seen = set(map(tuple, rows))
            for key, status in sorted(want - seen):
                problems.append(f"the page does not show {key} {status}")
            for key, status in sorted(seen - want):
                problems.append(f"the page shows {key} {status}, which the JSON does not")
            with open(page, encoding="utf-8") as f:
                html = f.read()
            for fetch in ("http://", "https://", "<link", "<script src", "@import", "url("):
                if fetch in html:
                    problems.append(f"the page holds {fetch!r}: it must fetch nothing")
            status = "ok" if not problems else "FAILED"
            print(f"{status}: {name}: {len(seen)} rows in the DOM, screenshot {name}.png")
            for p in problems:
                print("  " + p)
            failed |= bool(problems)
    finally:
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
