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


def table(atlas, gdal, qgis, whole, window, window_parcels):
    loads = atlas.get("loads", [atlas])
    geojson_load = loads[0]
    gpkg_load = next((load for load in loads[1:] if load["load_file"].endswith(".gpkg")), None)
    load_rate = geojson_load["load_mb_per_s"]["median"]
    gdal_rate = gdal["mb_per_s"]["median"]
    qgis_gpkg = qgis["render_full_gpkg_s"]["median"] * 1000
    render_full = atlas["render_full_ms"]["median"]
    heap_ratio = geojson_load["heap_per_coordinate_byte"]["median"]
    identify = atlas["identify_ms"]["median"]
    start = atlas["start_to_city_map_ms"]
    start_median = start["median"] if isinstance(start, dict) else None

    def faster(peer, ours):
        ratio = peer / ours
        return f"{ratio:.1f}× faster" if ratio >= 1 else f"{1 / ratio:.1f}× slower"

    def met(condition):
        return "yes" if condition else "**no**"

    qgis_whole = whole["qgis_gpkg"]["seconds"]
    lines = [
        row("metric", "atlas median [min–max]", "peer median [min–max]", "atlas vs peer", "goal", "met?"),
        row(*["---"] * 6),
    ]
    for name, label in (("atlas_geojson", "GeoJSON"), ("atlas_gpkg", "GeoPackage")):
        ours = whole[name]["seconds"]
        lines.append(row(f"whole process from {label}: start, open, draw 1920×1080, write PNG (`bin/yq-atlas render`), s",
                         span(ours, digits=2), f"QGIS from GeoPackage, same steps: {span(qgis_whole, digits=2)}",
                         faster(qgis_whole["median"], ours["median"]), "≥ 3× QGIS (stretch 5×)",
                         met(qgis_whole["median"] >= 3 * ours["median"])))
    lines.append(row("whole process, peak memory, MB", f"GeoJSON {span(whole['atlas_geojson']['peak_mb'], digits=0)}; "
                     f"GeoPackage {span(whole['atlas_gpkg']['peak_mb'], digits=0)}",
                     f"QGIS from GeoPackage: {span(whole['qgis_gpkg']['peak_mb'], digits=0)}", "—", "—", "—"))
    lines.append(row("whole process, QGIS from GeoJSON (for scale), s", "—",
                     span(whole["qgis_geojson"]["seconds"], digits=2), "—", "—", "—"))
    lines.append(row(f"load {geojson_load['load_file_mb']:.0f} MB GeoJSON to an indexed layer, MB/s",
                     span(geojson_load["load_mb_per_s"]), f"GDAL ogrinfo -ro -so -al: {span(gdal['mb_per_s'])}",
                     f"{load_rate / gdal_rate:.1f}× the throughput", "≥ 5× GDAL", met(load_rate >= 5 * gdal_rate)))
    if "index_ms" in geojson_load:
        lines.append(row("spatial index, built by the first township-sized query after the load, ms",
                         span(geojson_load["index_ms"]), "—", "—", "—", "—"))
    if gpkg_load is not None:
        lines.append(row(f"load the same data from a {gpkg_load['load_file_mb']:.0f} MB GeoPackage, s",
                         span(gpkg_load["load_s"], digits=2), f"atlas from GeoJSON: {span(geojson_load['load_s'], digits=2)}",
                         faster(geojson_load["load_s"]["median"], gpkg_load["load_s"]["median"]),
                         "faster than GeoJSON", met(gpkg_load["load_s"]["median"] < geojson_load["load_s"]["median"])))
        lines.append(row("load from GeoPackage, s (peer: QGIS + spatial index)", span(gpkg_load["load_s"], digits=2),
                         f"QGIS: {span(qgis['load_gpkg_s'], digits=2)}",
                         faster(qgis["load_gpkg_s"]["median"], gpkg_load["load_s"]["median"]), "—", "—"))
    for load in ([geojson_load] + ([gpkg_load] if gpkg_load else [])):
        kind = "GeoPackage" if load["load_file"].endswith(".gpkg") else "GeoJSON"
        ratio = load["heap_per_coordinate_byte"]["median"]
        lines.append(row(f"heap held by the layer read from {kind}, MB (coordinates: {load['coordinate_mb']:.1f} MB at 16 B a vertex)",
                         span(load["heap_mb"]), "—", f"{ratio:.2f}× the coordinate bytes", "≤ 2.5×", met(ratio <= 2.5)))
    lines += [
        row("full-extent render 1920×1080 on the window's path (`MapRenderer.renderLayer`), ms", span(atlas["render_full_ms"]),
            f"QGIS from GeoPackage: {span(qgis['render_full_gpkg_s'], 1000, 0)}",
            faster(qgis_gpkg, render_full), "≥ 20× QGIS", met(qgis_gpkg >= 20 * render_full)),
        row("township zoom (10 km wide) render on the same path, ms", span(atlas["render_township_ms"]), "—", "—",
            "redraw after a gesture ≤ 100 ms", met(atlas["render_township_ms"]["median"] <= 100)),
        row("city map with every plan layer over the parcels, ms", span(atlas["render_city_map_ms"]), "—", "—", "—", "—"),
        row("identify at a point (1000 random points, mean per click), ms", span(atlas["identify_ms"], digits=3),
            "—", "—", "< 5 ms", met(identify < 5)),
        row("window: process start to the first complete map (`bin/yq-atlas`, Xvfb), ms",
            span(window["first_map_ms"], digits=0), "—", "—", "≤ 1500 ms", met(window["first_map_ms"]["median"] <= 1500)),
        row("window with the parcels (`bin/yq-atlas --layer parcels.gpkg`): start to the first complete map, ms",
            span(window_parcels["first_map_ms"], digits=0), "—", "—", "—", "—"),
        row("headless city map without the parcels (`java -jar yq-atlas.jar render`, no archive), ms",
            span(start) if start_median is not None else str(start), "—", "—", "—", "—"),
    ]
    return "\n".join(lines)


def section(data):
    def load(name):
        with open(os.path.join(data, name), encoding="utf-8") as file:
            return json.load(file)

    atlas, gdal, qgis = load("atlas.json"), load("gdal.json"), load("qgis.json")
    whole, window, window_parcels = load("whole.json"), load("window.json"), load("window-parcels.json")

    def uptime(name):
        path = os.path.join(data, name)
        return open(path, encoding="ascii").read().strip() if os.path.exists(path) else "not recorded"

    host = machine()
    java = "\n".join("    " + line for line in host["java"])
    return f"""{BEGIN}
## Latest run

Written by `bench/report.py` from `bench/run.sh` (runs: atlas in one JVM {atlas['runs']} after {atlas['warmup']}
warm-up; whole processes and window {whole['runs']} after {whole['warmup']}, interleaved; GDAL and QGIS in-process
{len(gdal['seconds']['values'])} after 1 warm-up).

- CPU: {host['cpu']}
- Memory: {host['memory']}; JVM maximum heap {atlas['max_heap_mb']:.0f} MB (the default, a quarter of the memory)
- OS: {host['os']}
- Load before: `{uptime('load-before.txt')}`; after: `{uptime('load-after.txt')}`
- Java (`java -version`):

{java}

- GDAL: {gdal['version']}; QGIS: {qgis['qgis_version']}
- Data: `{atlas['file']}`, {atlas['file_mb']:.1f} MB, {atlas['features']} features, {atlas['vertices']} vertices,
  {atlas['repaired']} repaired on load

{table(atlas, gdal, qgis, whole, window, window_parcels)}
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
