#pragma once
// The names of the layers QGIS desktop loads after a run: what the layer holds, for which field,
// in the run's LANGUAGE ("Risk hot spots of resilience" / "Risicogebieden van resilience"), instead
// of the output parameter's generic label. One table for every algorithm, beside the toolbox's.
#include <QString>

// The layer name for algorithm `name`'s main output about `subject` (the value field; may be
// empty) in `language` ("en" or "nl"); empty when the algorithm has no entry.
QString outputLayerName(const QString &name, const QString &subject, const QString &language);
