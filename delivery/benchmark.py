"""Measurements of the delivery benchmark (`make bench`): wrk against servers on loopback,
SQL queries per page, publish-to-visible, beacons per second. The servers are started by
the command; every number is measured, none estimated."""

import json
import re
import statistics
import subprocess  # noqa: S404 - runs wrk and the app server with fixed arguments
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass
class Load:
    """One wrk run: requests per second, latency percentiles in ms, and errors."""

    rate: float
    p50: float
    p99: float
    errors: int
    requests: int = 0

    def row(self):
        return f"{self.rate:>10,.0f} req/s  p50 {self.p50:6.2f} ms  p99 {self.p99:7.2f} ms  错误 {self.errors}"


def wrk(url, connections=64, seconds=10, method="GET"):
    """Load `url` with wrk (2 threads) and read its report."""
    script = None
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"User-Agent: {BROWSER}"]
    if method != "GET":
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        script.write(f'wrk.method = "{method}"\n')
        script.close()
        command += ["-s", script.name]
    report = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    if script:
        Path(script.name).unlink()
    return _parse(report)


def _parse(report):
    def latency(share):
        value, unit = re.search(rf"^\s+{share}%\s+([\d.]+)(us|ms|s)\s*$", report, re.M).groups()
        return float(value) * UNITS[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))
    errors = sum(
        int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?timeout)\s*:?\s*(\d+)", report)
    )
    requests = int(re.search(r"(\d+) requests in", report).group(1))
    return Load(rate, latency(50), latency(99), errors, requests)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.read().decode()


def wait_until(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return fetch(url)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def start_granian(app, port, workers, threads, env):
    return subprocess.Popen(  # noqa: S603
        [
            ".venv/bin/granian",
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--blocking-threads",
            str(threads),
            "--no-access-log",
            app,
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(process):
    process.terminate()
    process.wait(timeout=30)


def visible_after(publish, urls, needle, seconds=10):
    """For each of `urls`, seconds from the start of `publish()` until it shows `needle`; the
    pages are polled side by side, as readers would ask for them."""
    escaped = json.dumps(needle)[1:-1]  # as the API's JSON writes it
    started = time.perf_counter()
    publish()

    def until_shown(url):
        while needle not in (text := fetch(url)) and escaped not in text:
            if time.perf_counter() - started > seconds:
                raise AssertionError(f"{url} does not show it after {seconds} s")
        return time.perf_counter() - started

    with ThreadPoolExecutor(len(urls)) as pool:
        return list(pool.map(until_shown, urls))


def percentiles(values):
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94]


# wrk script cycling through pages (paced when delay_ms > 0) and counting 5xx.
CYCLE_SCRIPT = """
local paths = {%(paths)s}
local threads, i = {}, 0
function setup(thread) table.insert(threads, thread) end
function init(args) server_errors = 0 end
function delay() return %(delay_ms)d end
function request() i = i + 1; return wrk.format(nil, paths[i %% #paths + 1]) end
function response(status, headers, body) if status >= 500 then server_errors = server_errors + 1 end end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("server_errors") end
  io.write("server errors: " .. total .. "\\n")
end
"""


def cycle(base, paths, connections=16, seconds=10):
    """Load `base` with wrk going through `paths` in turn, each requested once per round."""
    return _cycle(base, paths, connections, seconds, 0, during=None)[0]


def soak(base, paths, rate, seconds, connections, during):
    """Pace wrk at about `rate` requests a second over `paths` for `seconds`; `during()` runs
    at half time (a database restart). Returns (the load measured, 5xx answers)."""
    return _cycle(base, paths, connections, seconds, max(1, int(connections * 1000 / rate)), during)


def _cycle(base, paths, connections, seconds, delay_ms, during):
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
    script.write(CYCLE_SCRIPT % {"paths": ", ".join(f'"{path}"' for path in paths), "delay_ms": delay_ms})
    script.close()
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, base]
    load = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603
    if during is not None:
        time.sleep(seconds / 2)
        during()
    report = load.communicate()[0]
    Path(script.name).unlink()
    return _parse(report), int(re.search(r"server errors: (\d+)", report).group(1))
