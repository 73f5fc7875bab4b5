"""Writes the hexagon tessellation of tests/support/tessellation.cpp (see hexagons.py) with OGR, for
bench/compare_weights.sh.
Usage: compare_weights_write.py CELLS OUTPUT(.shp|.gpkg)"""
import sys

from osgeo import ogr

from hexagons import hexagons, side_for


def main():
    cells, path = int(sys.argv[1]), sys.argv[2]
    n = side_for(cells)
    driver = ogr.GetDriverByName("GPKG" if path.endswith(".gpkg") else "ESRI Shapefile")
    ds = driver.CreateDataSource(path)
    layer = ds.CreateLayer("hexagons", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("cell", ogr.OFTInteger))
    layer.StartTransaction()
    for r, c, polygon in hexagons(cells):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("cell", r * n + c)
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    print(n * n)


if __name__ == "__main__":
    main()
