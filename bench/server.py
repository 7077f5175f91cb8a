"""The site as production serves it, for bench/run.py: gunicorn, and a fetch."""

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        return response.status


class Server:
    """gunicorn as `make serve` runs it, until the block ends. Another site
    (bench/peer.py) gives its gunicorn, application, folder, log and the
    address that answers once it has started."""

    def __init__(
        self,
        env,
        gunicorn=Path(PYTHON).parent / "gunicorn",
        app="newsroom.wsgi",
        cwd=ROOT,
        log="server.log",
        ready="/healthz",
    ):
        self.env = env
        self.command = [str(gunicorn), "-c", str(ROOT / "gunicorn.conf.py"), app]
        self.cwd = cwd
        self.log = RESULTS / log
        self.ready = ready

    def __enter__(self):
        port = int(self.env["PORT"])
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                # Another server would answer, and be measured instead.
                raise SystemExit(f"Port {port} is in use: stop what listens there.")
        RESULTS.mkdir(parents=True, exist_ok=True)
        self.log_file = self.log.open("w")
        self.process = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}{self.ready}"
        for _ in range(100):
            time.sleep(0.2)
            try:
                if fetch(url) == 200:
                    return self
            except OSError:
                if self.process.poll() is not None:
                    break
        self.__exit__()
        raise SystemExit(f"The server did not start: see {self.log}")

    def workers(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def memory(self):
        """Resident memory of each worker, in MB."""
        sizes = []
        for pid in self.workers():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(round(int(line.split()[1]) / 1024, 1))
        return sorted(sizes, reverse=True)

    def errors(self):
        """Tracebacks the server logged (a 5xx leaves one)."""
        self.log_file.flush()
        return self.log.read_text().count("Traceback")

    def __exit__(self, *exc):
        if self.process.poll() is not None:
            self.log_file.close()
            return
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
        self.log_file.close()
