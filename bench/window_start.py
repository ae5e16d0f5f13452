#!/usr/bin/env python3
"""Window start-up: process start to the first complete map on screen, as the window itself reports it.

Starts the atlas's window through bin/yq-atlas (the launcher a planner uses, with its class-data archive made by the
warm-up run) on an X display, waits for the line "first map rendered N ms after process start" that the window
prints once every layer image of the first map is on screen, then closes it. With --layer the 200,000-parcel layer is
opened with the window. Uses $DISPLAY, or starts its own Xvfb. Private cache and config folders, so the user's own
project is not touched. Python standard library. Prints JSON.
    python3 bench/window_start.py --jar target/yq-atlas.jar [--layer FILE] [--runs 5] [--warmup 1]
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

FIRST_MAP = re.compile(r"first map rendered (\d+) ms after process start")


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def one_start(command, env, log_path, timeout=120):
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(log_path, encoding="utf-8", errors="replace") as log:
                found = FIRST_MAP.search(log.read())
            if found:
                return int(found.group(1))
            if process.poll() is not None:
                break
            time.sleep(0.05)
        with open(log_path, encoding="utf-8", errors="replace") as log:
            raise SystemExit("the window did not report its first map:\n" + log.read())
    finally:
        # SIGTERM ends the JVM normally, so the first run's class-data archive is written.
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", required=True)
    parser.add_argument("--layer", action="append", default=[])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    launcher = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin", "yq-atlas")
    xvfb = None
    env = dict(os.environ, YQ_ATLAS_JAR=os.path.abspath(args.jar))
    if not env.get("DISPLAY"):
        if not shutil.which("Xvfb"):
            raise SystemExit("no DISPLAY and no Xvfb (apt-get install xvfb)")
        env["DISPLAY"] = ":97"
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    try:
        with tempfile.TemporaryDirectory() as work:
            env["XDG_CACHE_HOME"] = os.path.join(work, "cache")
            env["XDG_CONFIG_HOME"] = os.path.join(work, "config")
            command = [launcher] + [f"--layer={layer}" for layer in args.layer]
            measured = []
            for run in range(args.warmup + args.runs):
                millis = one_start(command, env, os.path.join(work, "window.log"))
                if run >= args.warmup:
                    measured.append(millis)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    print(json.dumps({"layers": args.layer, "runs": args.runs, "warmup": args.warmup,
                      "first_map_ms": summary(measured)}, indent=2))


if __name__ == "__main__":
    main()
