from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from audit_trail.models import AuditEntry
from audit_trail.verification import verify


class Command(BaseCommand):
    help = (
        "校验审计日志的哈希链:逐条核对序号、前一条哈希和本条哈希,发现被修改、删除或插入的记录时"
        "指出第一条并以非零状态退出。只读,可随时重复运行。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--head",
            metavar="序号:哈希",
            help="上次校验时记下的最后一条;链尾被整段删除时,只有它能发现",
        )

    def handle(self, *args, head=None, **options):
        entries = AuditEntry.objects.order_by("sequence")
        with tqdm(total=entries.count(), unit="条", desc="校验审计日志", disable=options["verbosity"] == 0) as bar:
            verdict = verify(entries.iterator(chunk_size=2000), progress=bar.update)
        if not verdict.intact:
            raise CommandError(
                f"审计日志第 {verdict.broken_at} 条起不可信:{verdict.reason}。已核对无误 {verdict.checked} 条。"
            )
        if head:
            self._check_head(head)
        self.stdout.write(
            f"审计日志完好:共 {verdict.checked} 条。最后一条 {verdict.last_sequence}:{verdict.last_hash}"
            "(请另处记下,下次以 --head 核对链尾)"
        )

    def _check_head(self, head):
        sequence, _, digest = head.partition(":")
        if not sequence.isdigit():
            raise CommandError("--head 的格式是 序号:哈希,如 1024:9f86d0…")
        if not AuditEntry.objects.filter(sequence=int(sequence), hash=digest).exists():
            raise CommandError(f"审计日志第 {sequence} 条已不是记下的那一条(链尾被删除或替换)。")
