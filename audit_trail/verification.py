"""Walking the chain: each entry must follow the one before (no sequence number missing), name
its hash, and hash to what it says. The first entry that does not is where tampering began."""

from dataclasses import dataclass

from .models import GENESIS


@dataclass
class Verdict:
    checked: int = 0
    last_sequence: int = 0
    last_hash: str = GENESIS
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self):
        return self.broken_at is None


def verify(entries, progress=lambda n: None):
    """Entries in sequence order; stops at the first that does not fit."""
    verdict = Verdict()
    for entry in entries:
        expected = verdict.last_sequence + 1
        if entry.sequence != expected:
            return _broken(verdict, expected, f"缺少第 {expected} 条(已被删除),其后为第 {entry.sequence} 条")
        if entry.previous_hash != verdict.last_hash:
            return _broken(verdict, entry.sequence, "记录的前一条哈希与前一条不符(前一条被删除或替换)")
        if entry.compute_hash() != entry.hash:
            return _broken(verdict, entry.sequence, "内容与哈希不符(已被修改)")
        verdict.checked, verdict.last_sequence, verdict.last_hash = verdict.checked + 1, entry.sequence, entry.hash
        progress(1)
    return verdict


def _broken(verdict, sequence, reason):
    verdict.broken_at, verdict.reason = sequence, reason
    return verdict
