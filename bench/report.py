#!/usr/bin/env python3
"""Writes the measured part of BENCHMARKS.md from the JSON that bench/run.sh collected.

Only the text between the markers below is replaced; the notes around it are kept. Python standard library.
    python3 bench/report.py bench/data BENCHMARKS.md
"""
import argparse
import json
import os
import platform
import re
import subprocess
import sys

BEGIN = "<!-- bench/report.py: begin -->"
END = "<!-- bench/report.py: end -->"


def command_output(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        return (result.stdout + result.stderr).strip()
    except OSError as error:
        return f"({error})"


def machine():
    memory_kb = 0
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                memory_kb = int(line.split()[1])
    model = next((line.split(":", 1)[1].strip() for line in command_output(["lscpu"]).splitlines()
                  if line.startswith("Model name")), platform.processor())
    return {
        "cpu": f"{os.cpu_count()} cores (nproc {command_output(['nproc'])}), {model}",
        "memory": f"{memory_kb / 1024 / 1024:.1f} GiB",
        "os": f"{platform.system()} {platform.release()}",
        "java": command_output(["java", "-version"]).splitlines(),
    }


def span(stats, scale=1.0, digits=1):
    return (f"{stats['median'] * scale:.{digits}f} "
            f"[{stats['min'] * scale:.{digits}f}–{stats['max'] * scale:.{digits}f}]")


def row(*cells):
    return "| " + " | ".join(cells) + " |"


def table(atlas, gdal, qgis):
    file_mb = atlas["file_mb"]
    load_rate = atlas["load_mb_per_s"]["median"]
    gdal_rate = gdal["mb_per_s"]["median"]
    qgis_gpkg = qgis["render_full_gpkg_s"]["median"] * 1000
    qgis_geojson = qgis["render_full_geojson_s"]["median"] * 1000
    render_full = atlas["render_full_ms"]["median"]
    heap_ratio = atlas["heap_per_coordinate_byte"]["median"]
    identify = atlas["identify_ms"]["median"]
    start = atlas["start_to_city_map_ms"]
    start_median = start["median"] if isinstance(start, dict) else None
    qgis_load_geojson = qgis["load_geojson_s"]
    qgis_load_gpkg = qgis["load_gpkg_s"]

    def faster(peer, ours):
        ratio = peer / ours
        return f"{ratio:.1f}× faster" if ratio >= 1 else f"{1 / ratio:.1f}× slower"

    def met(condition):
        return "yes" if condition else "**no**"

    lines = [
        row("metric", "atlas median [min–max]", "peer median [min–max]", "atlas vs peer", "goal", "met?"),
        row(*["---"] * 6),
        row(f"load {file_mb:.0f} MB GeoJSON to an indexed layer, MB/s", span(atlas["load_mb_per_s"]),
            f"GDAL ogrinfo -ro -so -al: {span(gdal['mb_per_s'])}", f"{load_rate / gdal_rate:.1f}× the throughput",
            "≥ 5× GDAL", met(load_rate >= 5 * gdal_rate)),
        row("load, seconds", span(atlas["load_s"], digits=2),
            f"QGIS, GeoJSON + spatial index: {span(qgis_load_geojson, digits=2)}",
            faster(qgis_load_geojson['median'], atlas['load_s']['median']), "—", "—"),
        row("load, seconds (peer from GeoPackage)", span(atlas["load_s"], digits=2),
            f"QGIS, GeoPackage + spatial index: {span(qgis_load_gpkg, digits=2)}",
            faster(qgis_load_gpkg['median'], atlas['load_s']['median']), "—", "—"),
        row(f"heap held by the layer, MB (coordinates: {atlas['coordinate_mb']:.1f} MB at 16 B a vertex)",
            span(atlas["heap_mb"]), "—", f"{heap_ratio:.2f}× the coordinate bytes", "< 2.5×", met(heap_ratio < 2.5)),
        row("full-extent render 1920×1080, ms", span(atlas["render_full_ms"]),
            f"QGIS from GeoPackage: {span(qgis['render_full_gpkg_s'], 1000, 0)}",
            faster(qgis_gpkg, render_full), "≥ 20× QGIS (GeoPackage)", met(qgis_gpkg >= 20 * render_full)),
        row("full-extent render 1920×1080, ms (peer from GeoJSON)", span(atlas["render_full_ms"]),
            f"QGIS from GeoJSON: {span(qgis['render_full_geojson_s'], 1000, 0)}",
            faster(qgis_geojson, render_full), "—", "—"),
        row("township zoom (10 km wide) render, ms", span(atlas["render_township_ms"]), "—", "—", "—", "—"),
        row("city map with every plan layer over the parcels, ms", span(atlas["render_city_map_ms"]), "—", "—", "—", "—"),
        row("identify at a point (1000 random points, mean per click), ms", span(atlas["identify_ms"], digits=3),
            "—", "—", "< 5 ms", met(identify < 5)),
        row("process start to first city map (`java -jar yq-atlas.jar render`), ms",
            span(start) if start_median is not None else str(start), "—", "—", "< 1500 ms",
            met(start_median is not None and start_median < 1500)),
    ]
    return "\n".join(lines)


def section(data):
    def load(name):
        with open(os.path.join(data, name), encoding="utf-8") as file:
            return json.load(file)

    atlas, gdal, qgis = load("atlas.json"), load("gdal.json"), load("qgis.json")

    def uptime(name):
        path = os.path.join(data, name)
        return open(path, encoding="ascii").read().strip() if os.path.exists(path) else "not recorded"

    host = machine()
    java = "\n".join("    " + line for line in host["java"])
    return f"""{BEGIN}
## Latest run

Written by `bench/report.py` from `bench/run.sh` (runs: atlas {atlas['runs']} after {atlas['warmup']} warm-up;
peers {len(gdal['seconds']['values'])} after 1 warm-up).

- CPU: {host['cpu']}
- Memory: {host['memory']}; JVM maximum heap {atlas['max_heap_mb']:.0f} MB (the default, a quarter of the memory)
- OS: {host['os']}
- Load before: `{uptime('load-before.txt')}`; after: `{uptime('load-after.txt')}`
- Java (`java -version`):

{java}

- GDAL: {gdal['version']}; QGIS: {qgis['qgis_version']}
- Data: `{atlas['file']}`, {atlas['file_mb']:.1f} MB, {atlas['features']} features, {atlas['vertices']} vertices,
  {atlas['repaired']} repaired on load

{table(atlas, gdal, qgis)}
{END}"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("markdown")
    args = parser.parse_args()
    text = section(args.data)
    if os.path.exists(args.markdown):
        current = open(args.markdown, encoding="utf-8").read()
        if BEGIN in current and END in current:
            pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
            text = pattern.sub(lambda _: text, current)
        else:
            text = current.rstrip() + "\n\n" + text + "\n"
    else:
        text = "# Benchmarks\n\n" + text + "\n"
    with open(args.markdown, "w", encoding="utf-8") as out:
        out.write(text if text.endswith("\n") else text + "\n")


if __name__ == "__main__":
    sys.exit(main())
