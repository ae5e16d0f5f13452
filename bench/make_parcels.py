#!/usr/bin/env python3
"""Writes the benchmark parcel layer: a GeoJSON FeatureCollection of land parcels over Yangquan's extent.

Each parcel is a star-shaped polygon of 18 to 24 vertices inside its own cell of a grid over
lon 112.9-114.1, lat 37.6-38.6, so parcels never overlap and cover the whole extent evenly.
One parcel in a thousand has two vertices swapped, a self-intersection as digitised data has,
so the reader's repair path is part of what is measured. A fixed seed makes the file the same
byte for byte on every machine. Python standard library only.

    python3 bench/make_parcels.py bench/data/parcels.geojson [--count 200000] [--seed 2021]
"""
import argparse
import math
import random

WEST, EAST, SOUTH, NORTH = 112.9, 114.1, 37.6, 38.6
METRES_PER_DEGREE_LAT = 111_320.0
LAND_USE = [  # (code, class) from GB/T 21010-2017, weighted towards what Yangquan's farmland holds
    ("0103", "旱地", 40), ("0101", "水田", 2), ("0201", "果园", 10), ("0204", "其他园地", 4),
    ("0301", "乔木林地", 16), ("0305", "灌木林地", 8), ("0404", "其他草地", 8),
    ("1202", "设施农用地", 4), ("0702", "农村宅基地", 6), ("1006", "农村道路", 2),
]


def parcels(count, seed):
    rng = random.Random(seed)
    mid_lat = math.radians((SOUTH + NORTH) / 2)
    metres_per_degree_lon = METRES_PER_DEGREE_LAT * math.cos(mid_lat)
    aspect = (EAST - WEST) * metres_per_degree_lon / ((NORTH - SOUTH) * METRES_PER_DEGREE_LAT)
    rows = math.ceil(math.sqrt(count / aspect))
    columns = math.ceil(count / rows)
    cell_lon = (EAST - WEST) / columns
    cell_lat = (NORTH - SOUTH) / rows
    cell_metres = min(cell_lon * metres_per_degree_lon, cell_lat * METRES_PER_DEGREE_LAT)
    cells = rng.sample(range(rows * columns), count)
    classes = [(code, name) for code, name, weight in LAND_USE for _ in range(weight)]
    for number, cell in enumerate(sorted(cells), start=1):
        row, column = divmod(cell, columns)
        centre_lon = WEST + (column + 0.5) * cell_lon
        centre_lat = SOUTH + (row + 0.5) * cell_lat
        radius = cell_metres * rng.uniform(0.10, 0.45)
        vertices = rng.randint(18, 24)
        start = rng.uniform(0, 2 * math.pi)
        ring = []
        for k in range(vertices):
            angle = start + 2 * math.pi * (k + rng.uniform(-0.3, 0.3)) / vertices
            r = radius * rng.uniform(0.6, 1.0)
            ring.append((centre_lon + r * math.cos(angle) / metres_per_degree_lon,
                         centre_lat + r * math.sin(angle) / METRES_PER_DEGREE_LAT))
        area = shoelace_m2(ring, metres_per_degree_lon)
        if number % 1000 == 0:
            ring[3], ring[7] = ring[7], ring[3]
        ring.append(ring[0])
        code, name = rng.choice(classes)
        yield number, code, name, area, ring


def shoelace_m2(ring, metres_per_degree_lon):
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2 * metres_per_degree_lon * METRES_PER_DEGREE_LAT


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write('{"type":"FeatureCollection","name":"parcels","features":[\n')
        for number, code, name, area, ring in parcels(args.count, args.seed):
            positions = ",".join(f"[{x:.7f},{y:.7f}]" for x, y in ring)
            separator = ",\n" if number > 1 else ""
            out.write(f'{separator}{{"type":"Feature","id":{number},"properties":{{"id":{number},'
                      f'"dlbm":"{code}","landuse":"{name}","area":{area:.1f},"village":"1403{number % 997:08d}"}},'
                      f'"geometry":{{"type":"Polygon","coordinates":[[{positions}]]}}}}')
        out.write("\n]}\n")


if __name__ == "__main__":
    main()
