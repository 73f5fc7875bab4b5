"""Writes the hexagon tessellation of algorithms/tessellation.cpp (flat-topped hexagons, side
100 m, columns x rows = floor(sqrt(cells))^2, odd columns shifted by half a cell, vertices on an
integer lattice so neighbours share them bit for bit) with OGR, for bench/compare_weights.sh.
Usage: compare_weights_write.py CELLS OUTPUT(.shp|.gpkg)"""
import math
import sys

from osgeo import ogr

HEXAGON = [(2, 0), (1, 1), (-1, 1), (-2, 0), (-1, -1), (1, -1)]


def main():
    cells, path = int(sys.argv[1]), sys.argv[2]
    side = 100.0
    unit_x, unit_y = side / 2, side * math.sqrt(3.0) / 2
    n = int(math.sqrt(cells))
    driver = ogr.GetDriverByName("GPKG" if path.endswith(".gpkg") else "ESRI Shapefile")
    ds = driver.CreateDataSource(path)
    layer = ds.CreateLayer("hexagons", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("cell", ogr.OFTInteger))
    layer.StartTransaction()
    for r in range(n):
        for c in range(n):
            cx, cy = 3 * c + 2, 2 * r + 1 + c % 2
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for k in range(7):
                dx, dy = HEXAGON[k % 6]
                ring.AddPoint_2D((cx + dx) * unit_x, (cy + dy) * unit_y)
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("cell", r * n + c)
            feature.SetGeometry(polygon)
            layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    print(n * n)


if __name__ == "__main__":
    main()
