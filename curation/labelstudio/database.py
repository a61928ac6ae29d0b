"""Which database the embedded Label Studio uses: its own SQLite file (the default) or a PostgreSQL server.

A PostgreSQL database is given as a URL, `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME`, on the command
line (`curate server start --database URL`) or in CURATE_DATABASE_URL. The password never reaches a file,
argv or a log: Label Studio gets it through its environment (POSTGRE_PASSWORD), and what is recorded in
`.labelstudio/` is the URL without it. Without a password in the URL, libpq's PGPASSWORD or ~/.pgpass apply
(to curate's check and to Label Studio alike).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

from curation.config import CurateError

DATABASE_ENV = "CURATE_DATABASE_URL"
SQLITE = "sqlite"  # `--database sqlite`: back to the embedded SQLite file
SCHEMES = ("postgresql", "postgres")
DEFAULT_PG_PORT = 5432
CONNECT_TIMEOUT = 10  # seconds
URL_FORM = "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME"

# Label Studio's settings read DJANGO_DB and POSTGRE_* (also with a LABEL_STUDIO_ or HEARTEX_ prefix):
# inherited values must never redirect a server, so they are always removed and set by curate.
LABEL_STUDIO_DB_ENV = {
    "DJANGO_DB",
    "DATABASE_NAME",
    "POSTGRE_NAME",
    "POSTGRE_USER",
    "POSTGRE_PASSWORD",
    "POSTGRE_HOST",
    "POSTGRE_PORT",
}


class DatabaseUnreachable(CurateError):
    exit_code = 2  # as for an unreachable Label Studio


@dataclass(frozen=True)
class PostgresDatabase:
    host: str
    port: int
    user: str
    dbname: str
    password: str | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """The URL without the password: safe to record and print."""
        return f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/{quote(self.dbname, safe='')}"

    def label_studio_env(self) -> dict[str, str]:
        # An empty POSTGRE_PASSWORD makes Django leave the password to libpq (PGPASSWORD, ~/.pgpass).
        return {
            "DJANGO_DB": "default",
            "POSTGRE_NAME": self.dbname,
            "POSTGRE_USER": self.user,
            "POSTGRE_PASSWORD": self.password or "",
            "POSTGRE_HOST": self.host,
            "POSTGRE_PORT": str(self.port),
        }


def describe(database: PostgresDatabase | None) -> str:
    return database.url if database is not None else "SQLite (in .labelstudio/data)"


def parse_database_url(url: str) -> PostgresDatabase | None:
    """`sqlite` -> None (the embedded SQLite); a PostgreSQL URL -> its parts. Anything else: CurateError."""
    text = url.strip()
    if text.lower() == SQLITE:
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise CurateError(f"invalid database URL ({exc}): expected {URL_FORM}") from None
    if parts.scheme.lower() not in SCHEMES:
        what = f"unsupported database URL scheme {parts.scheme!r}" if parts.scheme else "not a database URL"
        raise CurateError(f"{what}: expected {URL_FORM} or 'sqlite'")  # never echo the URL: it may hold a password
    dbname = unquote(parts.path.lstrip("/"))
    if not parts.hostname or not dbname or "/" in dbname:
        raise CurateError(f"a database URL needs a host and a database name: expected {URL_FORM}")
    if parts.query or parts.fragment:
        raise CurateError(f"database URL options (?...) are not supported: expected {URL_FORM}")
    return PostgresDatabase(
        host=parts.hostname,
        port=port or DEFAULT_PG_PORT,
        user=unquote(parts.username) if parts.username else getpass.getuser(),
        dbname=dbname,
        password=unquote(parts.password) if parts.password else None,
    )


def check_database(database: PostgresDatabase) -> bool:
    """Connect as Label Studio will; True when Label Studio's tables are already there (migrated before)."""
    import psycopg  # installed with label-studio (the server extra)

    try:
        with psycopg.connect(
            host=database.host,
            port=database.port,
            user=database.user,
            dbname=database.dbname,
            password=database.password,
            connect_timeout=CONNECT_TIMEOUT,
        ) as conn:
            row = conn.execute("SELECT to_regclass('django_migrations') IS NOT NULL").fetchone()
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())[:300]
        hint = "; a password goes in the URL (via CURATE_DATABASE_URL), PGPASSWORD or ~/.pgpass"
        raise DatabaseUnreachable(
            f"cannot use the database {database.url}: {reason}"
            + (hint if "password" in reason.lower() else "")
        ) from None
    return bool(row and row[0])
