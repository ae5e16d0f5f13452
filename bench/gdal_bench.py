#!/usr/bin/env python3
"""GDAL peer for the atlas benchmark: times `ogrinfo -ro -so -al FILE` (open, scan every feature, summarise).

Runs --warmup times unmeasured, then --runs times, and prints JSON with seconds and MB/s. Python standard library.
    python3 bench/gdal_bench.py bench/data/parcels.geojson [--runs 5] [--warmup 1]
"""
import argparse
import json
import os
import statistics
import subprocess
import time


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    megabytes = os.path.getsize(args.file) / 1e6
    command = ["ogrinfo", "-ro", "-so", "-al", args.file]
    seconds = []
    for run in range(args.warmup + args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        if run >= args.warmup:
            seconds.append(time.perf_counter() - start)
    version = subprocess.run(["ogrinfo", "--version"], check=True, capture_output=True, text=True).stdout.strip()
    print(json.dumps({"version": version, "command": " ".join(command), "file_mb": megabytes,
                      "seconds": summary(seconds), "mb_per_s": summary([megabytes / s for s in seconds])}, indent=2))


if __name__ == "__main__":
    main()
