#!/usr/bin/env python3
"""`rakor share` on loopback: keystroke round trip and bytes a joiner receives at rest.

    scripts/share-bench.py [--keys 1000] [--settle 5] [--measure 30] [--rakor PATH]

1. Round trip: `rakor share` on 127.0.0.1 whose joiner command is a stand-in that echoes every byte
   (`stty raw -echo; exec cat` on the joiner's pseudo-terminal). The real OpenSSH client (with
   sshpass typing the code) runs on a pseudo-terminal of this script; one byte is written, and the
   time until it comes back out of ssh is taken, --keys times, one at a time. That is the
   gateway's whole path both ways (ssh encryption, NIO, the PTY, the child) without any view's
   drawing time.
2. At rest: the joiner command runs `rakor run --log TMP --new` (a countdown once `>` and `n` are
   sent through ssh). After --settle seconds, the bytes ssh writes to its terminal are counted for
   --measure seconds. The same `rakor run` on a local pseudo-terminal of the same size gives the
   local figure it should match.

Needs ssh, sshpass; builds nothing: pass --rakor or build .build/release/rakor first.
"""
import argparse
import os
import pty
import re
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import termios
import fcntl
import struct
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def spawn_on_pty(argv, env, cols=100, rows=30):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_for(fd, seconds):
    """Bytes read from fd during `seconds`."""
    end = time.monotonic() + seconds
    n = 0
    while True:
        left = end - time.monotonic()
        if left <= 0:
            return n
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                n += len(os.read(fd, 65536))
            except OSError:
                return n


def wait_for(fd, pattern, timeout=20):
    buf = b""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                buf += os.read(fd, 65536)
            except OSError:
                break
            if pattern in buf:
                return buf
    raise SystemExit(f"share-bench: timed out waiting for {pattern!r}; got {buf[-400:]!r}")


class Share:
    def __init__(self, rakor, work, log, join_command):
        self.port = free_port()
        self.env = dict(os.environ, XDG_DATA_HOME=work + "/data", XDG_CONFIG_HOME=work + "/config",
                        LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.proc = subprocess.Popen([rakor, "share", log, "--bind", "127.0.0.1", "--port", str(self.port),
                                      "--join-command", join_command],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=self.env)
        out = b""
        while b"Join code (the password): " not in out or not re.search(rb"password\): (\d{6})", out):
            chunk = self.proc.stdout.read1(4096)
            if not chunk:
                raise SystemExit("share-bench: rakor share ended: " + out.decode(errors="replace"))
            out += chunk
        self.code = re.search(rb"password\): (\d{6})", out).group(1).decode()
        self.work = work

    def join(self, role="notulis", cols=100, rows=30):
        argv = ["sshpass", "-p", self.code, "ssh", "-tt", "-F", "/dev/null", "-p", str(self.port),
                "-o", "UserKnownHostsFile=" + self.work + "/known_hosts", "-o", "StrictHostKeyChecking=accept-new",
                "-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no",
                f"{role}@127.0.0.1"]
        return spawn_on_pty(argv, dict(os.environ, TERM="xterm-256color"), cols, rows)

    def stop(self):
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def round_trip(rakor, work, log, keys):
    echo = work + "/echo.sh"
    with open(echo, "w") as f:
        f.write("#!/bin/sh\nstty raw -echo\necho READY\nexec cat\n")
    os.chmod(echo, 0o755)
    share = Share(rakor, work, log, echo)
    try:
        pid, fd = share.join()
        wait_for(fd, b"READY")
        time.sleep(0.3)
        read_for(fd, 0.2)
        times = []
        for i in range(keys):
            b = bytes([0x61 + i % 26])
            t0 = time.perf_counter()
            os.write(fd, b)
            got = b""
            while b not in got:
                r, _, _ = select.select([fd], [], [], 5)
                if not r:
                    raise SystemExit(f"share-bench: key {i} did not come back")
                got += os.read(fd, 4096)
            times.append((time.perf_counter() - t0) * 1000)
        os.kill(pid, signal.SIGTERM)
        times.sort()
        q = statistics.quantiles(times, n=100, method="inclusive")
        return {"n": len(times), "p50": q[49], "p90": q[89], "p99": q[98], "max": times[-1]}
    finally:
        share.stop()


def at_rest(rakor, work, log, settle, measure):
    runner = work + "/run.sh"
    with open(runner, "w") as f:
        f.write(f"#!/bin/sh\nexec {rakor} run --log {work}/joined-$$.jsonl --new\n")
    os.chmod(runner, 0o755)
    share = Share(rakor, work, log, runner)
    results = {}
    try:
        pid, fd = share.join()
        start_countdown(fd)
        read_for(fd, settle)
        results["via ssh"] = read_for(fd, measure) / measure
        os.kill(pid, signal.SIGTERM)
    finally:
        share.stop()
    env = dict(share.env, TERM="xterm-256color")
    pid, fd = spawn_on_pty([rakor, "run", "--log", work + "/local.jsonl", "--new"], env)
    start_countdown(fd)
    read_for(fd, settle)
    results["local pty"] = read_for(fd, measure) / measure
    os.kill(pid, signal.SIGKILL)
    return results


def start_countdown(fd):
    read_for(fd, 3)
    for key in (b">", b"n"):
        os.write(fd, key)
        read_for(fd, 0.7)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=1000)
    ap.add_argument("--settle", type=float, default=5)
    ap.add_argument("--measure", type=float, default=30)
    ap.add_argument("--rakor", default=ROOT + "/.build/release/rakor")
    a = ap.parse_args()
    for tool in ("ssh", "sshpass"):
        if not shutil.which(tool):
            raise SystemExit(f"share-bench: {tool} is needed")
    work = tempfile.mkdtemp(prefix="rakor-share-bench-")
    log = work + "/rapat.jsonl"
    shutil.copy(ROOT + "/sample-events/demo.jsonl", log)
    try:
        rt = round_trip(a.rakor, work, log, a.keys)
        print("## Keystroke round trip through rakor share (loopback, real ssh, echoing child)\n")
        print("| keys | p50 ms | p90 ms | p99 ms | max ms |")
        print("|---|---|---|---|---|")
        print(f"| {rt['n']} | {rt['p50']:.2f} | {rt['p90']:.2f} | {rt['p99']:.2f} | {rt['max']:.2f} |\n")
        rest = at_rest(a.rakor, work, log, a.settle, a.measure)
        print(f"## At rest: bytes a second a joiner receives, countdown running (100x30, {a.measure:.0f} s)\n")
        print("| where | B/s |")
        print("|---|---|")
        for k, v in rest.items():
            print(f"| {k} | {v:.1f} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
