from dataclasses import dataclass
from io import StringIO

from django.core.management import call_command


@dataclass
class Run:
    out: str
    err: str


def load_demo(*args):
    """A small load_demo run (two articles per channel), its output captured."""
    out, err = StringIO(), StringIO()
    call_command("load_demo", "--articles-per-channel", "2", *args, stdout=out, stderr=err)
    return Run(out.getvalue(), err.getvalue())
