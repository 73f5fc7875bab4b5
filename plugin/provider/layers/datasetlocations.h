#pragma once
// Where a run reads and writes, as files and layers, so that one check can refuse an output that
// is one of the run's inputs or another of its outputs (issue 17, item 2: aggregate with OUTPUT
// equal to INPUT replaced the neighbourhoods by the regions; compositeindex writing to the XLSX it
// read lost every sheet), and the output staging (outputstaging.h) knows which files to write.
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class QgsProcessingAlgorithm;
class QgsProcessingContext;

struct DatasetLocation {
  QString parameter; // the parameter (or spec entry) that names it, for messages
  QString file;      // absolute, symbolic links resolved
  QString layer;     // a layer inside a GeoPackage; empty: the whole file
  // A PostgreSQL table: `file` names the database ("postgres: host=... port=... dbname=..."),
  // `layer` the table ("schema"."name"), `connection` the URI to connect with.
  bool table = false;
  QString connection;
  // "file", "file|layername=layer" or "postgres: dbname=... table "schema"."name"".
  QString text() const;
};

// True when writing one touches the other: the same file, and a layer of one is the whole file
// or the same layer (GeoPackage table names ignore case; PostgreSQL's quoted names do not).
bool overlaps(const DatasetLocation &a, const DatasetLocation &b);

// A file path, "file|layername=x", "ogr:dbname='file.gpkg' table=\"x\" (geom)", a PostgreSQL
// table or the id of a layer in the context's project or store, as a location; nullopt for memory
// layers, other databases and anything that is not a file. An input GeoPackage named without a
// layer is the layer QGIS opens for it, its first.
std::optional<DatasetLocation> inputLocation(const QString &parameter, const QString &source,
                                             QgsProcessingContext &context);
// An output destination as a location: "ogr:dbname=... table=..." for a GeoPackage is that layer,
// a file path is the whole file (QGIS replaces the file), "postgis:dbname=... table=..." that
// table (schema public when none is named, as QGIS writes it); nullopt for temporary outputs,
// memory layers and other databases.
std::optional<DatasetLocation> outputLocation(const QString &parameter, const QString &destination);

// The text(s) a parameter value stands for: a string, each string of a list, a feature source
// definition's source, an output definition's sink.
QStringList parameterTexts(const QVariant &value, QgsProcessingContext &context);

// The locations an algorithm's parameters name: inputs from every parameter that is not a
// destination (files and layers that exist), outputs from every destination.
void parameterLocations(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                        QgsProcessingContext &context, QList<DatasetLocation> &inputs,
                        QList<DatasetLocation> &outputs);

// Throws QgsProcessingException when an output overlaps an input or another output, naming both
// parameters and the file (and layer).
void refuseOverlaps(const QList<DatasetLocation> &inputs, const QList<DatasetLocation> &outputs);
