#!/usr/bin/python3
"""QGIS peer for the whole-process benchmark: one run is what a planner's double-click costs in QGIS.

Starts, opens the layer, draws its full extent at the given size with the atlas's parcel style (fill #e3d28c, one-pixel
outline #8a6d3b, antialiased, the layer's own CRS) and writes a PNG, then exits. bench/whole_process.py times the whole
process from outside, as it times the atlas's `render`.

Run with Debian's python3-qgis (QGIS 3.22):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_whole.py bench/data/parcels.gpkg /tmp/qgis.png
"""
import argparse
import os
import sys

from qgis.core import (QgsApplication, QgsFillSymbol, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

FILL = "#e3d28c"     # BenchCommand.PARCEL_STYLE, as in bench/qgis_bench.py
OUTLINE = "#8a6d3b"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layer")
    parser.add_argument("png")
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(args.layer, "parcels", "ogr")
    if not layer.isValid():
        raise SystemExit("QGIS cannot open " + args.layer)
    symbol = QgsFillSymbol.createSimple({"color": FILL, "outline_color": OUTLINE, "outline_style": "solid"})
    symbol.symbolLayer(0).setStrokeWidth(1.0)
    symbol.symbolLayer(0).setStrokeWidthUnit(QgsUnitTypes.RenderPixels)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(args.png, "PNG"):
        raise SystemExit("QGIS could not write " + args.png)
    print(f"wrote {args.png} ({width}x{height}, {layer.featureCount()} features)")
    # Leaving without exitQgis(): the process ends here, as QGIS's own window does when closed, and tearing the
    # registries down would only add to QGIS's time. Flushed first, as os._exit does not.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
