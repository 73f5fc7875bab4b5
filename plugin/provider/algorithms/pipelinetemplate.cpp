#include "algorithms/pipelinetemplate.h"

#include "layers/outputstaging.h"

#include <qgsexception.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

// Written out as text rather than built as a QJsonObject, which would sort the sections
// alphabetically instead of in the order the pipeline runs them.
QString pipelineTemplate() {
  return QStringLiteral(R"json({
  "_about": [
    "A spec for resilience:pipeline (docs/pipeline.md in the plugin's repository).",
    "Replace everything in <angle brackets>; file names are relative to this file.",
    "Each section holds one algorithm's parameters under their own names, as in its dialog;",
    "delete a section to skip its step. \"filter\" is a QGIS expression (empty: keep all).",
    "hotspots, localmoran: RISK low = low values of FIELD are the risk (a resilience score);",
    "use high for a field whose high values are the risk (a deprivation rate).",
    "riskflags counts risk flags (SVI method): its SPEC says which end of each indicator is the",
    "risk (+ high values, - low values). localgeary: where the FIELDS cluster together.",
    "accessibility runs when FACILITIES names a point layer here or in the dialog; bivariate",
    "(local Moran of FIELD against the neighbours' FIELD_LAG) needs it for acc_nearest_m.",
    "\"layers\" lists the layers written to the GeoPackage; leave it out to write all."
  ],
  "title": "Social resilience <area> <year>",
  "polygons": "<neighbourhoods>.gpkg|layername=<layer>",
  "join": [
    {"TABLE": "<indicators>.csv", "INPUT_KEY": "<key field of the polygons, e.g. buurtcode>",
     "TABLE_KEY": "<key column of the table>", "KEY_MATCHING": "cbs"}
  ],
  "filter": "",
  "compositeindex": {"SPEC": "<indicator spec>.csv", "NORMALISATION": "zscore",
                     "AGGREGATION": "arithmetic", "MISSING": "reweight"},
  "riskflags": {"SPEC": "<risk spec>.csv", "THRESHOLD": 0.9},
  "smooth": {"METHOD": "kernel", "FIELD": "resilience", "WEIGHTS": "kernel", "K": 6},
  "hotspots": {"FIELD": "resilience", "RISK": "low", "WEIGHTS": "queen", "PERMUTATIONS": 999,
               "SEED": 12345},
  "localmoran": {"FIELD": "resilience", "RISK": "low", "WEIGHTS": "queen", "PERMUTATIONS": 999,
                 "SEED": 12345},
  "localgeary": {"FIELDS": ["score_personal", "score_social", "score_environmental"],
                 "WEIGHTS": "queen", "PERMUTATIONS": 999, "SEED": 12345},
  "accessibility": {"FACILITIES": "", "DISTANCE": 5000, "POPULATION": "<population field>"},
  "bivariate": {"FIELD": "resilience", "FIELD_LAG": "acc_nearest_m", "RISK": "low",
                "WEIGHTS": "queen", "PERMUTATIONS": 999, "SEED": 12345},
  "aggregate": {"REGION_FIELD": "<region field, e.g. gemeentecode>",
                "POPULATION": "<population field>"},
  "printmaps": {"SHOW": "score", "REGION_FIELD": "<region field>", "SUBTITLE": "",
                "CREDITS": "Data: <source>"},
  "layers": ["scores", "flags", "smoothed", "hotspots", "clusters", "geary", "accessibility",
             "bivariate", "regions"]
}
)json");
}

void writePipelineTemplate(const QString &path) {
  // `path` is the temporary file the run writes (outputstaging.h); the file that must not be
  // overwritten is its target.
  const QString target = OutputStaging::finalPath(path);
  if (QFileInfo::exists(target))
    throw QgsProcessingException(
        QObject::tr("TEMPLATE: %1 already exists and is left as it is (it may be a spec you "
                    "edited); choose a new file name")
            .arg(target));
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(pipelineTemplate().toUtf8()) < 0 ||
      !file.commit())
    throw QgsProcessingException(
        QObject::tr("TEMPLATE: cannot write %1: %2").arg(path, file.errorString()));
}
