#pragma once
// The pipeline over several years (issue 13): the spec's own join is the first year; "years" lists
// later years whose indicator table replaces the first join's TABLE, or, with "year_field", whose
// rows of one long table (every year in one file) do. Each later year is joined, filtered and
// scored on the first year's baseline, and runs the first year's steps up to its hot spots
// ("riskflags", "smooth", "hotspots", those the spec has), so every year has its risk hot spots.
// The scores and hot spots are gathered per neighbourhood as resilience_<year>, gi_z_<year> and
// risk_bin_<year>, and the steps over time run on them: "change" (first year to last),
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

// The layers the steps over time write, in order: change, emerging, lisamarkov. The later years'
// hot spots go to hotspots_<year>, written when "hotspots" is.
QStringList layerNames();
// The layer of a later year's hot spots, and the layer of the pipeline's layers it is kept with
// (itself for the others).
QString yearHotspotsLayer(const QString &label);
QString keptAs(const QString &layer);

// Whether the spec asks for years ("years" with at least one later year).
bool requested(const QVariantMap &spec);
// The steps the later years add to the pipeline's progress.
int stepCount(const QVariantMap &spec);

// The first join's TABLE for the spec's own (first) year: empty (the join's own TABLE) unless
// "year_field" names the column of a long table; then a temporary layer with the rows of "year",
// which the caller drops once the join has read it. Throws naming the field, the table and the
// years it holds when there are no such rows.
QString firstYearTable(const QVariantMap &spec, const QDir &folder, QgsProcessingContext &context,
                       QgsProcessingFeedback *feedback);

struct Runners {
  // Runs a provider algorithm with parameters and returns its results (throws on failure).
  std::function<QVariantMap(const QString &algorithmId, const QVariantMap &parameters)> step;
  // The joined and filtered neighbourhoods of a year whose first indicator table is `table`.
  std::function<QVariant(const QString &table)> joinedYear;
  // The OUTPUT value for a pipeline layer name (a GeoPackage layer or a temporary output).
  std::function<QString(const QString &layer)> destination;
  // The parameters of a spec section, its file names resolved.
  std::function<QVariantMap(const QString &section)> section;
  // Drops a temporary layer once nothing reads it any more.
  std::function<void(const QVariant &layer)> drop;
};

// What the first year's steps made: its scores (the composite index's output) and its hot spots
// (the hotspots step's output; invalid without a "hotspots" section).
struct FirstYear {
  QVariant scores;
  QVariant hotspots;
};

// Scores the later years on `baseline` and runs their steps up to the hot spots, gathers them
// with the first year's and runs the steps over time. Returns the names of the layers made
// (`destination` says which go into the GeoPackage). Throws QgsProcessingException for a malformed
// "years" list or neighbourhoods that differ between years.
QStringList run(const QVariantMap &spec, const QDir &folder, const FirstYear &first,
                const QString &baseline, const Runners &runners, QgsProcessingContext &context,
                QgsProcessingFeedback *feedback);

} // namespace PipelineYears
