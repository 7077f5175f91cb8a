"""Create the PostgreSQL database named by DATABASE_URL if it does not exist."""

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the configured PostgreSQL database when it is missing."

    def handle(self, *args, **options):
        database = settings.DATABASES["default"]
        if database["ENGINE"] != "django.db.backends.postgresql":
            return
        import psycopg
        from psycopg import sql

        params = {
            "host": database.get("HOST") or None,
            "port": database.get("PORT") or None,
            "user": database.get("USER") or None,
            "password": database.get("PASSWORD") or None,
            "dbname": "postgres",
            "autocommit": True,
        }
        with psycopg.connect(
            **{k: v for k, v in params.items() if v is not None}
        ) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]
            ).fetchone()
            if not exists:
                conn.execute(
                    sql.SQL("CREATE DATABASE {}").format(
                        sql.Identifier(database["NAME"])
                    )
                )
                self.stdout.write(f"Created database {database['NAME']}.")
