#!/usr/bin/python3
"""Regenerates every QML and SLD style in this folder from one description.

Run with the system Python that has the QGIS bindings:  /usr/bin/python3 styles/generate_styles.py
Each style is written in English (<name>.qml, <name>.sld) and, when it has texts, in Dutch
(<name>.nl.qml, <name>.nl.sld). The C++ provider picks <name>.<lang>.qml and falls back to
<name>.qml; see README.md.

Colours come from published schemes so that maps read the same everywhere:
- ColorBrewer 2.0 (Brewer, colorbrewer2.org), colour-blind-safe schemes RdYlBu, RdBu, YlOrRd.
- GeoDa's LISA cluster colours (Anselin, GeoDa cluster map legend).
"""
import os
import sys

# Qt orders XML attributes by a randomly seeded hash: a fixed seed makes the files reproducible,
# so regenerating changes only what the description changed.
os.environ["QT_HASH_SEED"] = "0"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ["en", "nl"]  # "en" is written as <name>.qml, the others as <name>.<lang>.qml
OUTLINE = "107,107,107,255"  # thin grey boundaries: legible under every fill
NO_DATA = {"en": "No data", "nl": "Geen gegevens"}

# ColorBrewer RdYlBu, 5 classes: red (low, least resilient) to blue (high, most resilient).
RDYLBU5 = ["#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"]
# ColorBrewer RdBu, 7 classes reversed: cold spots blue, not significant neutral, hot spots red.
RDBU7_COLD_TO_HOT = ["#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"]
# ColorBrewer YlOrRd, 5 classes: near (light) to far (dark red).
YLORRD5 = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]


def fill(colour, outline=OUTLINE, width="0.2"):
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": width, "style": "solid"}
    )


def hatched_fill():
    """White with grey diagonal hatching: 'no value' must not look like a class colour."""
    symbol = fill("#ffffff")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.5)
    hatch.setColor(QColor("#969696"))
    hatch.subSymbol().setWidth(0.2)
    hatch.subSymbol().setColor(QColor("#969696"))
    symbol.appendSymbolLayer(hatch)
    return symbol


def graduated(field, bounds, colours, labels):
    ranges = [
        QgsRendererRange(bounds[i], bounds[i + 1], fill(colours[i]), labels[i])
        for i in range(len(colours))
    ]
    return QgsGraduatedSymbolRenderer(field, ranges)


def categorized(field, entries, null_label, null_symbol):
    categories = [QgsRendererCategory(value, fill(colour), label) for value, colour, label in entries]
    categories.append(QgsRendererCategory(None, null_symbol, null_label))
    return QgsCategorizedSymbolRenderer(field, categories)


# --- the styles -------------------------------------------------------------------------------

def neighbourhoods(lang):
    return "Polygon", "", QgsSingleSymbolRenderer(fill("247,244,234,255"))


SCORE_BOUNDS = [0, 20, 40, 60, 80, 100]


def score_labels(lang, low, high):
    ranges = ["0 – 20", "20 – 40", "40 – 60", "60 – 80", "80 – 100"]
    ranges[0] += f" ({low[lang]})"
    ranges[-1] += f" ({high[lang]})"
    return ranges


def resilience_score(lang):
    labels = score_labels(lang, {"en": "least resilient", "nl": "minst veerkrachtig"},
                          {"en": "most resilient", "nl": "meest veerkrachtig"})
    return "Polygon", "resilience:double", graduated("resilience", SCORE_BOUNDS, RDYLBU5, labels)


def resilience_class(lang):
    texts = {
        "en": ["1 – lowest quintile (least resilient)", "2", "3", "4",
               "5 – highest quintile (most resilient)"],
        "nl": ["1 – laagste kwintiel (minst veerkrachtig)", "2", "3", "4",
               "5 – hoogste kwintiel (meest veerkrachtig)"],
    }[lang]
    entries = [(i + 1, RDYLBU5[i], texts[i]) for i in range(5)]
    return "Polygon", "resilience_class:integer", categorized(
        "resilience_class", entries, NO_DATA[lang], hatched_fill())


def domain_score(lang):
    # The field is a template: styleOutput replaces score_domain by the real score_<domain> field.
    labels = score_labels(lang, {"en": "weakest", "nl": "zwakst"}, {"en": "strongest", "nl": "sterkst"})
    return "Polygon", "score_domain:double", graduated("score_domain", SCORE_BOUNDS, RDYLBU5, labels)


def gi_bins(lang):
    # Gi_Bin as in ArcGIS Hot Spot Analysis: +-3, +-2, +-1 = significant at 99, 95, 90 % confidence.
    words = {
        "en": ("Cold spot", "Hot spot", "% confidence", "Not significant"),
        "nl": ("Coldspot", "Hotspot", "% betrouwbaarheid", "Niet significant"),
    }[lang]
    confidence = {3: 99, 2: 95, 1: 90}
    entries = []
    for index, value in enumerate(range(-3, 4)):
        if value == 0:
            label = words[3]
        else:
            label = f"{words[0] if value < 0 else words[1]}, {confidence[abs(value)]}{words[2]}"
        entries.append((value, RDBU7_COLD_TO_HOT[index], label))
    return "Polygon", "gi_bin:integer", categorized("gi_bin", entries, NO_DATA[lang], hatched_fill())


def lisa_clusters(lang):
    # Values written by the local Moran algorithm (algorithms/statistics/local_moran.cpp), colours of GeoDa.
    names = {
        "en": ["High-High", "Low-Low", "Low-High", "High-Low", "Not significant",
               "Undefined (no neighbours or no value)"],
        "nl": ["Hoog-Hoog", "Laag-Laag", "Laag-Hoog", "Hoog-Laag", "Niet significant",
               "Ongedefinieerd (geen buren of geen waarde)"],
    }[lang]
    values = ["High-High", "Low-Low", "Low-High", "High-Low", "Not significant"]
    colours = ["#ff0000", "#0000ff", "#a7adf9", "#f4ada8", "#eeeeee"]
    categories = [QgsRendererCategory(v, fill(c), n) for v, c, n in zip(values, colours, names)]
    categories.append(QgsRendererCategory("Undefined", hatched_fill(), names[5]))
    categories.append(QgsRendererCategory(None, hatched_fill(), NO_DATA[lang]))
    return "Polygon", "lisa_cluster:string", QgsCategorizedSymbolRenderer("lisa_cluster", categories)


# The risk styles (design "Risk first"): whichever end of the field is the risk, the risk is red.
# One style per direction, since the legend says it ("Hot spot of low {field}"); "{field}" is
# replaced by the field's name when the style is applied (StyleOptions::legendSubject).
RISK_ENDS = {
    "high": {"en": ("high", "low"), "nl": ("hoge", "lage")},
    "low": {"en": ("low", "high"), "nl": ("lage", "hoge")},
}


def risk_bins(end):
    def make(lang):
        # risk_bin: +3 = risk hot spot at 99 % confidence (gi_bin, negated when low is the risk).
        risky, favourable = RISK_ENDS[end][lang]
        hot, cold, confidence, not_significant = {
            "en": (f"Hot spot of {risky} {{field}}", f"Cold spot: {favourable} {{field}}",
                   "% confidence", "Not significant"),
            "nl": (f"Risicogebied: {risky} {{field}}", f"Gunstig gebied: {favourable} {{field}}",
                   "% betrouwbaarheid", "Niet significant"),
        }[lang]
        levels = {3: 99, 2: 95, 1: 90}
        entries = []
        for index, value in enumerate(range(-3, 4)):
            if value == 0:
                label = not_significant
            else:
                label = f"{hot if value > 0 else cold}, {levels[abs(value)]}{confidence}"
            entries.append((value, RDBU7_COLD_TO_HOT[index], label))
        return "Polygon", "risk_bin:integer", categorized(
            "risk_bin", entries, NO_DATA[lang], hatched_fill())
    return make


def risk_clusters(end):
    def make(lang):
        # risk_cluster holds stable codes (algorithms/statistics/risk_direction.cpp); GeoDa's
        # colours with the risk in red: red cluster, light red outlier, blue the favourable end.
        risky, favourable = RISK_ENDS[end][lang]
        quadrants = {
            "en": {"high": ("High-High", "Low-Low", "High-Low", "Low-High"),
                   "low": ("Low-Low", "High-High", "Low-High", "High-Low")},
            "nl": {"high": ("Hoog-Hoog", "Laag-Laag", "Hoog-Laag", "Laag-Hoog"),
                   "low": ("Laag-Laag", "Hoog-Hoog", "Laag-Hoog", "Hoog-Laag")},
        }[lang][end]
        names = {
            "en": [f"Risk cluster: {risky} {{field}} ({quadrants[0]})",
                   f"Low-risk cluster: {favourable} {{field}} ({quadrants[1]})",
                   f"Risk outlier: {risky} {{field}} among {favourable} ({quadrants[2]})",
                   f"Low-risk outlier: {favourable} {{field}} among {risky} ({quadrants[3]})",
                   "Not significant", "Undefined (no neighbours or no value)"],
            "nl": [f"Risicocluster: {risky} {{field}} ({quadrants[0]})",
                   f"Gunstig cluster: {favourable} {{field}} ({quadrants[1]})",
                   f"Risico-uitschieter: {risky} {{field}} tussen {favourable} ({quadrants[2]})",
                   f"Gunstige uitschieter: {favourable} {{field}} tussen {risky} ({quadrants[3]})",
                   "Niet significant", "Ongedefinieerd (geen buren of geen waarde)"],
        }[lang]
        values = ["Risk cluster", "Low-risk cluster", "Risk outlier", "Low-risk outlier",
                  "Not significant"]
        colours = ["#ff0000", "#0000ff", "#f4ada8", "#a7adf9", "#eeeeee"]
        categories = [QgsRendererCategory(v, fill(c), n) for v, c, n in zip(values, colours, names)]
        categories.append(QgsRendererCategory("Undefined", hatched_fill(), names[5]))
        categories.append(QgsRendererCategory(None, hatched_fill(), NO_DATA[lang]))
        return "Polygon", "risk_cluster:string", QgsCategorizedSymbolRenderer(
            "risk_cluster", categories)
    return make


def stacking_classes(lang):
    # Values written by resilience:riskflags (algorithms/scoring/risk_flags.cpp): how many risk
    # flags pile up in a neighbourhood; more flags = more risk = darker red (YlOrRd).
    names = {
        "en": ["No flags", "1 flag", "2 flags", "3 or more flags (stacked risks)",
               "Undefined (an indicator is missing)"],
        "nl": ["Geen vlaggen", "1 vlag", "2 vlaggen", "3 of meer vlaggen (stapeling)",
               "Ongedefinieerd (een indicator ontbreekt)"],
    }[lang]
    values = ["No flags", "1 flag", "2 flags", "3 or more flags"]
    colours = ["#ffffb2", "#fecc5c", "#fd8d3c", "#bd0026"]
    categories = [QgsRendererCategory(v, fill(c), n) for v, c, n in zip(values, colours, names)]
    categories.append(QgsRendererCategory("Undefined", hatched_fill(), names[4]))
    categories.append(QgsRendererCategory(None, hatched_fill(), NO_DATA[lang]))
    return "Polygon", "stacking_class:string", QgsCategorizedSymbolRenderer(
        "stacking_class", categories)


def risk_flag(lang):
    # The field is a template: styleOutput replaces flag_indicator by the real flag_<field>.
    texts = {
        "en": ["No flag", "Flag (at or above the threshold percentile: risk)"],
        "nl": ["Geen vlag", "Vlag (op of boven het drempelpercentiel: risico)"],
    }[lang]
    entries = [(0, "#ffffb2", texts[0]), (1, "#bd0026", texts[1])]
    return "Polygon", "flag_indicator:integer", categorized(
        "flag_indicator", entries, NO_DATA[lang], hatched_fill())


def local_geary_clusters(lang):
    # Values written by resilience:localgeary (algorithms/statistics/local_geary.cpp); colours
    # after GeoDa's local Geary cluster map (positive association reds, negative blue).
    names = {
        "en": ["High-High", "Low-Low", "Other positive", "Negative", "Positive association",
               "Negative association", "Not significant", "Undefined (no neighbours or no value)"],
        "nl": ["Hoog-Hoog", "Laag-Laag", "Overig positief", "Negatief", "Positieve samenhang",
               "Negatieve samenhang", "Niet significant",
               "Ongedefinieerd (geen buren of geen waarde)"],
    }[lang]
    values = ["High-High", "Low-Low", "Other positive", "Negative", "Positive association",
              "Negative association", "Not significant"]
    colours = ["#b2182b", "#ef8a62", "#fddbc7", "#67a9cf", "#b2182b", "#67a9cf", "#eeeeee"]
    categories = [QgsRendererCategory(v, fill(c), n) for v, c, n in zip(values, colours, names)]
    categories.append(QgsRendererCategory("Undefined", hatched_fill(), names[7]))
    categories.append(QgsRendererCategory(None, hatched_fill(), NO_DATA[lang]))
    return "Polygon", "lg_cluster:string", QgsCategorizedSymbolRenderer("lg_cluster", categories)


def accessibility(lang):
    labels = {
        "en": ["up to 500 m", "500 m – 1 km", "1 – 2 km", "2 – 5 km", "more than 5 km"],
        "nl": ["tot 500 m", "500 m – 1 km", "1 – 2 km", "2 – 5 km", "meer dan 5 km"],
    }[lang]
    bounds = [0, 500, 1000, 2000, 5000, 1e9]
    return "Polygon", "acc_nearest_m:double", graduated("acc_nearest_m", bounds, YLORRD5, labels)


# ColorBrewer RdBu, 5 classes: worse red, stable neutral, better blue (design: risk in red).
RDBU5_WORSE_TO_BETTER = ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"]


def change_class(lang):
    # Values written by resilience:change (algorithms/scoring/change.cpp, changeClassCode).
    values = ["Clearly worse", "Worse within uncertainty", "Stable", "Better within uncertainty",
              "Clearly better"]
    names = {
        "en": values + ["Undefined (a score is missing)"],
        "nl": ["Duidelijk slechter", "Slechter binnen de onzekerheid", "Stabiel",
               "Beter binnen de onzekerheid", "Duidelijk beter",
               "Onbepaald (een score ontbreekt)"],
    }[lang]
    categories = [QgsRendererCategory(v, fill(c), n)
                  for v, c, n in zip(values, RDBU5_WORSE_TO_BETTER, names)]
    categories.append(QgsRendererCategory("Undefined", hatched_fill(), names[5]))
    categories.append(QgsRendererCategory(None, hatched_fill(), NO_DATA[lang]))
    return "Polygon", "change_class:string", QgsCategorizedSymbolRenderer("change_class", categories)


# Emerging hot spots: ArcGIS draws the eight hot spot patterns in reds and the cold spot ones in
# blues, strongest (intensifying, persistent) darkest; no pattern is left light. ColorBrewer Reds
# and Blues 9 supply the shades.
EHS_PATTERNS = ["New", "Consecutive", "Intensifying", "Persistent", "Diminishing", "Sporadic",
                "Oscillating", "Historical"]
EHS_REDS = ["#fc9272", "#ef3b2c", "#67000d", "#a50f15", "#cb181d", "#fcbba1", "#fb6a4a", "#fee0d2"]
EHS_BLUES = ["#9ecae1", "#4292c6", "#08306b", "#08519c", "#2171b5", "#c6dbef", "#6baed6", "#deebf7"]
EHS_DUTCH = {"New": "Nieuwe", "Consecutive": "Aaneengesloten", "Intensifying": "Versterkende",
             "Persistent": "Aanhoudende", "Diminishing": "Afnemende", "Sporadic": "Sporadische",
             "Oscillating": "Wisselende", "Historical": "Historische"}
EHS_NO_PATTERN = {"en": "No Pattern Detected", "nl": "Geen patroon gevonden"}
EHS_UNDEFINED = {"en": "Undefined (no value in any period)",
                 "nl": "Onbepaald (in geen enkele periode een waarde)"}


def emerging(field, hot_word, cold_word, lang, dutch_hot, dutch_cold):
    # Values written by resilience:emerginghotspots (algorithms/statistics/emerging_hotspots.cpp).
    categories = []
    for word, dutch, colours in ((hot_word, dutch_hot, EHS_REDS), (cold_word, dutch_cold, EHS_BLUES)):
        for pattern, colour in zip(EHS_PATTERNS, colours):
            value = f"{pattern} {word}"
            label = value if lang == "en" else f"{EHS_DUTCH[pattern]} {dutch}"
            categories.append(QgsRendererCategory(value, fill(colour), label))
    categories.append(QgsRendererCategory("No Pattern Detected", fill("#f0f0f0"),
                                          EHS_NO_PATTERN[lang]))
    categories.append(QgsRendererCategory("Undefined", hatched_fill(), EHS_UNDEFINED[lang]))
    categories.append(QgsRendererCategory(None, hatched_fill(), NO_DATA[lang]))
    return "Polygon", f"{field}:string", QgsCategorizedSymbolRenderer(field, categories)


def emerging_hotspots(lang):
    # ehs_category in ArcGIS's terms: hot spots (high values) red.
    return emerging("ehs_category", "Hot Spot", "Cold Spot", lang, "hotspot", "coldspot")


def emerging_risk(lang):
    # ehs_risk_category: the same patterns from the risk end, risk spots red whichever end RISK names.
    return emerging("ehs_risk_category", "Risk Spot", "Low-Risk Spot", lang, "risicoplek",
                    "plek met laag risico")


def facilities(lang):
    marker = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#542788", "outline_color": "#ffffff",
         "outline_width": "0.4", "size": "2.6"})
    return "Point", "", QgsSingleSymbolRenderer(marker)


def chosen_sites(lang):
    marker = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#1a9850", "outline_color": "#000000",
         "outline_width": "0.3", "size": "5"})
    return "Point", "", QgsSingleSymbolRenderer(marker)


def site_demand(lang):
    # Risk first: neighbourhoods out of reach of every chosen or existing site in red.
    texts = {
        "en": ["Out of reach of every site", "Within reach of a chosen or existing site"],
        "nl": ["Buiten bereik van elke locatie", "Binnen bereik van een gekozen of bestaande locatie"],
    }[lang]
    entries = [(0, "#d7191c", texts[0]), (1, "#abd9e9", texts[1])]
    return "Polygon", "covered:integer", categorized("covered", entries, NO_DATA[lang], hatched_fill())


STYLES = {
    "neighbourhoods": (neighbourhoods, False),
    "resilience_score": (resilience_score, True),
    "resilience_class": (resilience_class, True),
    "domain_score": (domain_score, True),
    "gi_bins": (gi_bins, True),
    "lisa_clusters": (lisa_clusters, True),
    "risk_bins_high": (risk_bins("high"), True),
    "risk_bins_low": (risk_bins("low"), True),
    "risk_clusters_high": (risk_clusters("high"), True),
    "risk_clusters_low": (risk_clusters("low"), True),
    "stacking_classes": (stacking_classes, True),
    "risk_flag": (risk_flag, True),
    "local_geary_clusters": (local_geary_clusters, True),
    "accessibility": (accessibility, True),
    "facilities": (facilities, False),
    "change_class": (change_class, True),
    "emerging_hotspots": (emerging_hotspots, True),
    "emerging_risk": (emerging_risk, True),
    "chosen_sites": (chosen_sites, False),
    "site_demand": (site_demand, True),
}


def write(name, lang, make):
    geometry, field, renderer = make(lang)
    uri = f"{geometry}?crs=EPSG:28992" + (f"&field={field}" if field else "")
    layer = QgsVectorLayer(uri, name, "memory")
    layer.setRenderer(renderer)
    suffix = "" if lang == "en" else f".{lang}"
    base = os.path.join(HERE, name + suffix)
    # Symbology and rendering only: the styles must not carry field settings of the memory layer.
    message, ok = layer.saveNamedStyle(
        base + ".qml", QgsMapLayer.Symbology | QgsMapLayer.Rendering)
    if not ok:
        sys.exit(f"{name}: {message}")
    message, ok = layer.saveSldStyle(base + ".sld")
    if not ok:
        sys.exit(f"{name}: {message}")
    return base


def main():
    app = QgsApplication([], False)
    app.initQgis()
    for name, (make, has_texts) in STYLES.items():
        for lang in (LANGUAGES if has_texts else ["en"]):
            print("wrote", os.path.relpath(write(name, lang, make), HERE) + ".qml/.sld")
    app.exitQgis()


if __name__ == "__main__":
    main()
