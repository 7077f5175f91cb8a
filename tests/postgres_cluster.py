"""A PostgreSQL cluster of a test's own: initdb and pg_ctl into a temporary
folder, on a free port, never the machine's server."""

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from glob import glob
from pathlib import Path

from tests.servers import free_port

PG_BIN = sorted(glob("/usr/lib/postgresql/*/bin/pg_ctl"))


class Cluster:
    """A PostgreSQL cluster in a temporary folder, run by an unprivileged
    user (PostgreSQL refuses to run as root)."""

    def __init__(self):
        self.bin = Path(PG_BIN[-1]).parent
        self.folder = Path(tempfile.mkdtemp(prefix="newsroom-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres" if has_user("postgres") else "nobody")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self.as_user = [
                "setpriv",
                f"--reuid={owner.pw_uid}",
                f"--regid={owner.pw_gid}",
                "--clear-groups",
            ]
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program, *arguments):
        subprocess.run(
            [*self.as_user, self.bin / program, *map(str, arguments)],
            check=True,
            capture_output=True,
            timeout=60,
            cwd=self.folder,
        )

    def start(self):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self.run("pg_ctl", "-D", self.data, "-o", options, "-l", "log", "-w", "start")

    def stop(self, mode="fast"):
        self.run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):  # stopped already
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def has_user(name):
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
