#!/usr/bin/python3
"""QGIS peer for the atlas benchmark: loads the parcel layer and renders it as the atlas's bench command does.

Load: open the layer and build a spatial index over all its features (file to indexed layer in memory).
Render: the layer's full extent at the given size, with the atlas's parcel fill and a one-pixel outline,
antialiased, in the layer's own CRS (no reprojection per frame, as the atlas projects once at load).
Each step runs --warmup times unmeasured, then --runs times. Prints JSON.

Run with Debian's python3-qgis (QGIS 3.22):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_bench.py bench/data/parcels.geojson bench/data/parcels.gpkg
"""
import argparse
import json
import statistics
import time

from qgis.core import (QgsApplication, QgsFillSymbol, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsSingleSymbolRenderer, QgsSpatialIndex, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

FILL = "#e3d28c"     # BenchCommand.PARCEL_STYLE
OUTLINE = "#8a6d3b"
OUTLINE_PIXELS = 1.0


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "values": values}


def repeat(step, runs, warmup):
    measured = []
    for run in range(warmup + runs):
        start = time.perf_counter()
        step()
        if run >= warmup:
            measured.append(time.perf_counter() - start)
    return summary(measured)


def load(path):
    layer = QgsVectorLayer(path, "parcels", "ogr")
    if not layer.isValid():
        raise SystemExit("QGIS cannot open " + path)
    index = QgsSpatialIndex(layer.getFeatures())
    count = layer.featureCount()
    del index
    del layer
    return count


def styled(path):
    layer = QgsVectorLayer(path, "parcels", "ogr")
    symbol = QgsFillSymbol.createSimple({"color": FILL, "outline_color": OUTLINE, "outline_style": "solid"})
    symbol.symbolLayer(0).setStrokeWidth(OUTLINE_PIXELS)
    symbol.symbolLayer(0).setStrokeWidthUnit(QgsUnitTypes.RenderPixels)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def render(layer, width, height):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    del job
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geojson")
    parser.add_argument("gpkg")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--png", help="also save one rendered frame here")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))

    app = QgsApplication([], False)
    app.initQgis()
    report = {"qgis_version": app.version() if hasattr(app, "version") else ""}
    try:
        from qgis.core import Qgis
        report["qgis_version"] = Qgis.QGIS_VERSION
        report["features"] = load(args.gpkg)
        report["load_geojson_s"] = repeat(lambda: load(args.geojson), args.runs, args.warmup)
        report["load_gpkg_s"] = repeat(lambda: load(args.gpkg), args.runs, args.warmup)
        for name, path in (("geojson", args.geojson), ("gpkg", args.gpkg)):
            layer = styled(path)
            report[f"render_full_{name}_s"] = repeat(lambda: render(layer, width, height), args.runs, args.warmup)
            if args.png and name == "gpkg":
                render(layer, width, height).save(args.png)
            del layer
    finally:
        # The layers and render jobs are gone by now: exitQgis() with them alive crashes at exit.
        app.exitQgis()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
