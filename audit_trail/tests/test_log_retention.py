"""Access logs kept at least six months (网络安全法 §21), with rotation: deploy/logrotate/nginx."""

import re
import shutil
import subprocess  # noqa: S404 - runs logrotate's own check on our file
from pathlib import Path

from django.conf import settings

CONFIG = Path(settings.BASE_DIR) / "deploy" / "logrotate" / "nginx"
DAYS = {"daily": 1, "weekly": 7}  # not monthly: a "month" of 28 days would shorten the keep
SIX_MONTHS = 183


def directives():
    lines = [line.split("#")[0].strip() for line in CONFIG.read_text().splitlines()]
    return [line for line in lines if line]


def test_the_logs_are_kept_six_months():
    words = directives()
    [period] = [w for w in words if w in DAYS]
    [count] = [int(w.split()[1]) for w in words if w.startswith("rotate ")]
    assert count * DAYS[period] >= SIX_MONTHS


def test_nginx_logs_are_rotated_compressed_and_reopened():
    words = directives()
    assert words[0] == "/var/log/nginx/*.log {"
    assert {"compress", "missingok", "sharedscripts"} <= set(words)
    postrotate = "\n".join(words[words.index("postrotate") : words.index("endscript")])
    assert re.search(r"kill -USR1 .*/run/nginx\.pid", postrotate)


def test_logrotate_accepts_it(tmp_path):
    assert shutil.which("logrotate"), "`make test` installs Debian's logrotate package"
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [shutil.which("logrotate"), "--debug", "--state", str(tmp_path / "state"), str(CONFIG)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "error:" not in done.stderr, done.stderr
    assert "rotating pattern: /var/log/nginx/*.log" in done.stderr and "190 rotations" in done.stderr
