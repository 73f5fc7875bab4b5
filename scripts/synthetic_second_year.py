#!/usr/bin/python3
"""Writes testdata/nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv: a SYNTHETIC second year for the
demo of the monitor over time, derived from the real CBS key figures 2015.

No second year of CBS key figures ships with the project's data sources (/work/shared/data), so
the demo's later year is made up, by fixed and documented rules, to have something that changes
in a known way. It is NOT data about any municipality: never publish maps made from it.

Rules (applied to every municipality; values at or below -99995, CBS no-data codes, are kept):
- Zuidoost-Brabant (testdata/brabant_regions_2015.csv): social assistance recipients x 1.25 and
  unemployment benefit recipients x 1.20: a constructed deterioration the change and
  emerging-hot-spot tools should find.
- West-Brabant: social assistance recipients x 0.90: a constructed improvement.
- Every other municipality: both counts x (1 + e), e a fixed pseudo-random share in [-0.05, 0.05]
  from the municipality code ((number * 7919) mod 101 - 50) / 1000.
- Inhabitants x 1.02 (rounded); the share aged 65+ plus 1.5 percentage points.
- Every other column is the 2015 value.
Run: /usr/bin/python3 scripts/synthetic_second_year.py  (deterministic: the same file every time)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "..", "testdata")
SOURCE = os.path.join(TESTDATA, "nl_gemeenten_2015_kerncijfers.csv")
REGIONS = os.path.join(TESTDATA, "brabant_regions_2015.csv")
TARGET = os.path.join(TESTDATA, "nl_gemeenten_2019_SYNTHETIC_kerncijfers.csv")

BIJSTAND = "aantal_personen_met_een_algemene_bijstandsuitkering_totaal"
WW = "aantal_personen_met_een_ww_uitkering_totaal"
INWONERS = "aantal_inwoners"
OLD = "percentage_personen_65_jaar_en_ouder"


def is_sentinel(text):
    try:
        return float(text) <= -99995
    except ValueError:
        return True  # empty or text: keep as it is


def scaled(text, factor):
    return text if is_sentinel(text) else str(round(float(text) * factor))


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        region = {row["gemeentecode"]: row["regio"] for row in csv.DictReader(f)}
    with open(SOURCE, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    for row in rows:
        code = row["gemeentecode"]
        noise = 1 + ((int(code[2:]) * 7919) % 101 - 50) / 1000
        r = region.get(code)
        bijstand, ww = (1.25, 1.20) if r == "Zuidoost-Brabant" else \
            (0.90, noise) if r == "West-Brabant" else (noise, noise)
        row[BIJSTAND] = scaled(row[BIJSTAND], bijstand)
        row[WW] = scaled(row[WW], ww)
        row[INWONERS] = scaled(row[INWONERS], 1.02)
        if not is_sentinel(row[OLD]):
            row[OLD] = f"{float(row[OLD]) + 1.5:g}"
    with open(TARGET, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print("wrote", os.path.relpath(TARGET))


if __name__ == "__main__":
    main()
