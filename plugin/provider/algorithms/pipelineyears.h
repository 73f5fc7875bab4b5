#pragma once
// The pipeline over several years (issue 13): the spec's own join is the first year; "years" lists
// later years whose indicator table replaces the first join's TABLE. Each later year is joined,
// filtered and scored on the first year's baseline; the scores are gathered per neighbourhood as
// resilience_<year> and the steps over time run on them: "change" (first year to last),
// "emerginghotspots" and "lisamarkov" (every year), each with its own section of parameters.
#include <QDir>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>

class QgsProcessingContext;
class QgsProcessingFeedback;

namespace PipelineYears {

// The layers the steps over time write, in order: change, emerging, lisamarkov.
QStringList layerNames();

// Whether the spec asks for years ("years" with at least one later year).
bool requested(const QVariantMap &spec);

struct Runners {
  // Runs a provider algorithm with parameters and returns its results (throws on failure).
  std::function<QVariantMap(const QString &algorithmId, const QVariantMap &parameters)> step;
  // The joined and filtered neighbourhoods of a year whose first indicator table is `table`.
  std::function<QVariant(const QString &table)> joinedYear;
  // The OUTPUT value for a pipeline layer name (a GeoPackage layer or a temporary output).
  std::function<QString(const QString &layer)> destination;
};

// Scores the later years on `baseline`, gathers them with the first year's scores
// (`firstYearScores`, the composite index's output) and runs the steps over time. Returns the
// layer names written (those `destination` puts into the GeoPackage). Throws
// QgsProcessingException for a malformed "years" list or neighbourhoods that differ between years.
QStringList run(const QVariantMap &spec, const QDir &folder, const QVariant &firstYearScores,
                const QString &baseline, const Runners &runners, QgsProcessingContext &context,
                QgsProcessingFeedback *feedback);

} // namespace PipelineYears
