"""Writes the inputs of the pipeline scale benchmark (bench/pipeline_scale.sh) into a folder:
  buurten.gpkg      the hexagon tessellation of hexagons.py as neighbourhoods: buurtcode
                    (BU + 8 digits, as CBS), gemeente (a 50 x 50 block of cells), inwoners;
  indicators.csv    a CBS-like key-figure table keyed on buurtcode, with real gaps: 1 % of
                    the cells have an empty income, 0.2 % the CBS secrecy sentinel -99999997;
  indicators_spec.csv  the composite-index spec (two domains, five indicators);
  pipeline.json     the pipeline spec: join, composite index, empirical Bayes smoothing, Gi*,
                    local Moran with 999 permutations, regional aggregation; no print maps;
                    writes the last neighbourhood layer (clusters, which carries every step's
                    fields) and the regions;
  pipeline_all_layers.json  the same, writing every step's layer.
The values are smooth surfaces plus deterministic noise, so there are clusters to find.
Usage: pipeline_scale_data.py CELLS FOLDER"""
import csv
import json
import math
import os
import sys

from osgeo import ogr, osr

from hexagons import hexagons, side_for

BLOCK = 50  # cells per side of a "gemeente"


def noise(i, salt):
    """Deterministic pseudo-random number in [0, 1) for cell i."""
    return ((i * 2654435761 + salt * 40503) % 1000003) / 1000003.0


def write_polygons(cells, path):
    n = side_for(cells)
    blocks = (n + BLOCK - 1) // BLOCK
    rd_new = osr.SpatialReference()
    rd_new.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("buurten", rd_new, ogr.wkbPolygon)
    for name, kind in (("buurtcode", ogr.OFTString), ("gemeente", ogr.OFTString),
                       ("inwoners", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for r, c, polygon in hexagons(cells):
        i = r * n + c
        feature = ogr.Feature(definition)
        feature.SetField("buurtcode", "BU%08d" % i)
        feature.SetField("gemeente", "GM%04d" % ((r // BLOCK) * blocks + c // BLOCK))
        feature.SetField("inwoners", population(i))
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None


def population(i):
    return 200 + int(1800 * noise(i, 1))


def write_indicators(cells, path):
    n = side_for(cells)
    with open(path, "w", newline="") as out:
        table = csv.writer(out)
        table.writerow(["buurtcode", "inkomen", "werkloosheid", "eenpersoons", "ouderen",
                        "groen", "meldingen"])
        for i in range(n * n):
            r, c = divmod(i, n)
            trend = math.sin(r / 40.0) + math.cos(c / 55.0)  # -2..2, smooth over ~100 cells
            income = "%.1f" % (30.0 + 4.0 * trend + 6.0 * noise(i, 2))
            if noise(i, 3) < 0.01:
                income = ""
            elif noise(i, 3) < 0.012:
                income = "-99999997"
            rate = 0.02 + 0.004 * (2.0 - trend) * noise(i, 4)
            table.writerow([
                "BU%08d" % i, income,
                "%.2f" % (5.0 - 1.5 * trend + 2.0 * noise(i, 5)),
                "%.1f" % (35.0 - 5.0 * trend + 10.0 * noise(i, 6)),
                "%.1f" % (18.0 + 3.0 * math.sin(c / 30.0) + 8.0 * noise(i, 7)),
                "%.1f" % (25.0 + 10.0 * trend + 15.0 * noise(i, 8)),
                int(rate * population(i)),
            ])


SPEC = """field,domain,direction,weight,numerator,denominator,per
inkomen,personal,+,1,,,
werkloosheid,personal,-,1,,,
eenpersoons,social,-,1,,,
ouderen,social,-,1,,,
groen,environmental,+,1,,,
"""

PIPELINE = {
    "title": "Scale benchmark: hexagonal neighbourhoods",
    "polygons": "buurten.gpkg|layername=buurten",
    "join": [{"TABLE": "indicators.csv", "INPUT_KEY": "buurtcode", "TABLE_KEY": "buurtcode",
              "KEY_MATCHING": "cbs"}],
    "compositeindex": {"SPEC": "indicators_spec.csv", "NORMALISATION": "zscore",
                       "AGGREGATION": "arithmetic", "MISSING": "reweight"},
    "smooth": {"METHOD": "eb_local", "EVENTS": "meldingen", "POPULATION": "inwoners",
               "WEIGHTS": "queen"},
    "hotspots": {"FIELD": "resilience", "RISK": "low", "WEIGHTS": "queen", "PERMUTATIONS": 0},
    "localmoran": {"FIELD": "resilience", "RISK": "low", "WEIGHTS": "queen", "PERMUTATIONS": 999,
                   "SEED": 1},
    "aggregate": {"REGION_FIELD": "gemeente", "POPULATION": "inwoners"},
}


def main():
    cells, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    write_polygons(cells, os.path.join(folder, "buurten.gpkg"))
    write_indicators(cells, os.path.join(folder, "indicators.csv"))
    with open(os.path.join(folder, "indicators_spec.csv"), "w") as out:
        out.write(SPEC)
    with open(os.path.join(folder, "pipeline_all_layers.json"), "w") as out:
        json.dump(PIPELINE, out, indent=2)
    with open(os.path.join(folder, "pipeline.json"), "w") as out:
        json.dump(dict(PIPELINE, layers=["clusters", "regions"]), out, indent=2)
    print(side_for(cells) ** 2)


if __name__ == "__main__":
    main()
