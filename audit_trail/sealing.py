"""Append-only in the database itself: triggers refuse to change or remove an entry, whoever
asks (the app, a shell, a SQL console). Whoever may drop a trigger may still tamper; the hash
chain is what shows it afterwards."""

from contextlib import contextmanager

TABLE = "audit_trail_auditentry"
REFUSAL = "审计日志只能追加,不能修改或删除"

SEAL = {
    "sqlite": [
        f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
        f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    ],
    "postgresql": [
        f"""CREATE FUNCTION {TABLE}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{REFUSAL} (%)', TG_OP; END $$""",
        f"""CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE}
            FOR EACH ROW EXECUTE FUNCTION {TABLE}_refuse()""",
        # TRUNCATE skips row triggers; it has its own.
        f"""CREATE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE}
            FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_refuse()""",
    ],
}
UNSEAL = {
    "sqlite": [f"DROP TRIGGER IF EXISTS {TABLE}_no_update", f"DROP TRIGGER IF EXISTS {TABLE}_no_delete"],
    "postgresql": [f"DROP FUNCTION IF EXISTS {TABLE}_refuse() CASCADE"],
}


def _run(connection, statements):
    with connection.cursor() as cursor:
        for statement in statements[connection.vendor]:
            cursor.execute(statement)


def seal(connection):
    _run(connection, SEAL)


def unseal(connection):
    _run(connection, UNSEAL)


@contextmanager
def unsealed(connection):
    """The triggers lifted for a moment: only for emptying a whole database (`flush`)."""
    if TABLE not in connection.introspection.table_names():
        yield
        return
    unseal(connection)
    try:
        yield
    finally:
        seal(connection)
