"""Search engines, one module each; the database in use picks its own."""

from django.db import connection

from .postgres import PostgresBackend
from .sqlite import SQLiteBackend

ENGINES = {"sqlite": SQLiteBackend, "postgresql": PostgresBackend}


def get_backend():
    try:
        return ENGINES[connection.vendor](connection)
    except KeyError:
        raise RuntimeError(f"站内搜索不支持 {connection.vendor} 数据库:请用 SQLite 或 PostgreSQL") from None
