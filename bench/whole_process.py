#!/usr/bin/env python3
"""Whole-process race: what a planner waits for from start to a drawn map written as PNG, for the atlas and QGIS.

Each contender is a command run as a fresh process: start, open the 200,000-parcel layer, draw it at 1920×1080 and
write a PNG, exit. Runs are interleaved (atlas GeoJSON, atlas GeoPackage, QGIS GeoPackage, ... then again), so a
change in the machine's load touches every contender alike. Wall time from outside the process; peak resident memory
from GNU time. Every PNG is checked to exist and be non-trivial. Python standard library. Prints JSON.
    python3 bench/whole_process.py --jar target/yq-atlas.jar --geojson G --gpkg P [--runs 5] [--warmup 1]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def contenders(args, out):
    launcher = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin", "yq-atlas")
    size = ["--size", args.size]
    atlas = lambda layer: [launcher, "render", "--layer", layer, "--out", out, *size]
    qgis = lambda layer: ["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "qgis_whole.py"), layer, out,
                          "--size", args.size]
    return {
        "atlas_geojson": atlas(args.geojson),
        "atlas_gpkg": atlas(args.gpkg),
        "qgis_gpkg": qgis(args.gpkg),
        "qgis_geojson": qgis(args.geojson),
    }


def run_once(command, env, out):
    if os.path.exists(out):
        os.remove(out)
    timed = ["/usr/bin/time", "-f", "%M", *command]
    start = time.perf_counter()
    result = subprocess.run(timed, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0 or not os.path.exists(out) or os.path.getsize(out) < 10_000:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(command)} (exit {result.returncode})")
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", required=True)
    parser.add_argument("--geojson", required=True)
    parser.add_argument("--gpkg", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--skip-qgis", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YQ_ATLAS_JAR=os.path.abspath(args.jar))
    with tempfile.TemporaryDirectory() as work:
        # The launcher's class-data archive lives in the cache; a private one is made by the warm-up runs.
        env["XDG_CACHE_HOME"] = os.path.join(work, "cache")
        env.setdefault("XDG_RUNTIME_DIR", work)
        out = os.path.join(work, "map.png")
        commands = contenders(args, out)
        if args.skip_qgis:
            commands = {k: v for k, v in commands.items() if not k.startswith("qgis")}
        measured = {name: {"seconds": [], "peak_mb": []} for name in commands}
        for run in range(args.warmup + args.runs):
            for name, command in commands.items():
                seconds, peak = run_once(command, env, out)
                if run >= args.warmup:
                    measured[name]["seconds"].append(round(seconds, 3))
                    measured[name]["peak_mb"].append(round(peak, 1))
    report = {"size": args.size, "runs": args.runs, "warmup": args.warmup,
              "commands": {name: " ".join(command) for name, command in commands.items()}}
    for name, values in measured.items():
        report[name] = {"seconds": summary(values["seconds"]), "peak_mb": summary(values["peak_mb"])}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
