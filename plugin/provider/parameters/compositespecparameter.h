#pragma once
// The indicator table of resilience:compositeindex as QGIS gives it: the INDICATORS matrix (columns
// field, domain, direction, weight, numerator, denominator, per, goal_min, goal_max), a SPEC file
// (CSV or JSON, read by the core) and the DOMAIN_WEIGHTS matrix (domain, weight). Every indicator
// remembers where it was given, so a message can point at the matrix row or the file.
#include "scoring/indicator_spec.h"

#include <QStringList>
#include <QVariantList>

struct IndicatorTable {
  resilience::CompositeSpec spec;
  QStringList origins; // per indicator: "INDICATORS row 2" or "SPEC spec.csv, indicator 'x'"

  // Where a required input field is named, e.g. "INDICATORS row 2 (denominator)".
  QString originOfField(const QString &field) const;
};

// Column headers of the INDICATORS matrix; the first four are required in every row.
QStringList indicatorMatrixHeaders();
QStringList domainWeightMatrixHeaders();

// Rows of a matrix value: a flat list of cells (the dialog, qgis_process "a,b,c,...") read
// columns.size() cells per row, or a list of rows (Python [[...], [...]]) with up to
// columns.size() cells each. Rows whose cells are all empty are dropped; each row keeps its
// 1-based number for messages. Throws QgsProcessingException naming the parameter.
struct MatrixRow {
  int number = 0;
  QVariantList cells; // padded to the column count with empty cells
};
QList<MatrixRow> matrixRows(const QVariantList &value, int columns, const QString &parameter);

// The INDICATORS matrix as a spec with the monitor's default domains. Throws
// QgsProcessingException naming the parameter, row and column of a bad cell. Not validated yet:
// DOMAIN_WEIGHTS may still declare the domains it names (see validateIndicatorTable).
IndicatorTable indicatorTableFromMatrix(const QVariantList &value, const QString &parameter);

// A spec file read by the core (CSV or JSON by extension); origins name the file.
IndicatorTable indicatorTableFromFile(const QString &path, const QString &parameter);

// Applies DOMAIN_WEIGHTS to spec.domains (adding, and so declaring, domains not listed yet).
// Returns the domains given that no indicator uses, for a warning.
QStringList applyDomainWeights(resilience::CompositeSpec &spec, const QVariantList &value,
                               const QString &parameter);

// The core's checks of the finished table (names, known domains, weights, rates, goalposts), with
// the parameter the indicators came from in front. Throws QgsProcessingException.
void validateIndicatorTable(const IndicatorTable &table, const QString &parameter);
