"""The hexagon tessellation of tests/support/tessellation.cpp for the benchmark scripts: flat-topped
hexagons of side 100 m in floor(sqrt(cells))^2 columns x rows, odd columns shifted by half a cell,
vertices on an integer lattice so that neighbours share them bit for bit (exact contiguity)."""
import math

from osgeo import ogr

SIDE = 100.0
HEXAGON = [(2, 0), (1, 1), (-1, 1), (-2, 0), (-1, -1), (1, -1)]


def side_for(cells):
    """Columns (= rows) of the square tessellation with at most `cells` cells."""
    return int(math.sqrt(cells))


def hexagons(cells):
    """Yields (row, column, polygon) in row-major order, the cell index being row * side + column."""
    unit_x, unit_y = SIDE / 2, SIDE * math.sqrt(3.0) / 2
    n = side_for(cells)
    for r in range(n):
        for c in range(n):
            cx, cy = 3 * c + 2, 2 * r + 1 + c % 2
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for k in range(7):
                dx, dy = HEXAGON[k % 6]
                ring.AddPoint_2D((cx + dx) * unit_x, (cy + dy) * unit_y)
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            yield r, c, polygon
