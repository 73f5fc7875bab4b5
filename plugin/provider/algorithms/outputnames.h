#pragma once
// The names of the layers QGIS desktop loads after a run: what the layer holds, for which field,
// in the run's LANGUAGE ("Risk hot spots of resilience" / "Risicogebieden van resilience"), instead
// of the output parameter's generic label. One table for every algorithm's every layer output and
// for the pipeline's layers, beside the toolbox's.
#include <QString>

// The layer name for output `output` (OUTPUT, UNMATCHED...) of algorithm `name` ("hotspots"; the
// bivariate local Moran is "bivariate") about `subject` (the value field) in `language` ("en" or
// "nl"). Empty when the table has no entry, or when the name needs a subject and none is given.
QString outputLayerName(const QString &name, const QString &output, const QString &subject,
                        const QString &language);
