#pragma once
// One value per neighbourhood and period, the input of the algorithms over time (emerging hot
// spots, LISA Markov): FIELDS, one numeric field per period in time order, or a long TABLE with
// TABLE_KEY (matched to INPUT's ID_FIELD), TIME_FIELD and VALUE_FIELD. Declared and read in one
// place so both algorithms take the same parameters.
#include "common/masked_values.h"

#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <vector>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;
struct WeightedInput;

namespace PeriodValues {

// FIELDS, and unless fieldsOnly, TABLE, TABLE_KEY, TIME_FIELD and VALUE_FIELD.
QList<QgsProcessingParameterDefinition *> definitions(const QString &inputParameter,
                                                      bool fieldsOnly = false);
QString helpText(bool fieldsOnly = false);

// What INPUT must provide: the FIELDS to read with the features (empty with a TABLE).
struct Request {
  QStringList fields;
  QStringList fieldParameters;
  bool fromTable = false;
};
// Throws QgsProcessingException when neither or both of FIELDS and TABLE are given, or fewer than
// two FIELDS.
Request request(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                QgsProcessingContext &context);

struct Periods {
  std::vector<resilience::MaskedValues> values; // per period, in INPUT's feature order
  QStringList names;                            // field names, or the TABLE's time values
  QString valueName;                            // for messages: "FIELDS" or the VALUE_FIELD
  // The neighbourhoods' ids for tables: ID_FIELD values (as text, in a field of ID_FIELD's type)
  // or feature ids under "feature_fid".
  std::vector<QVariant> ids;
  QString idFieldName;
  QVariant::Type idType = QVariant::LongLong;
};
// Reads the periods; the TABLE is matched to INPUT's ID_FIELD (required then). Table rows whose
// key is not in INPUT are reported; a key with two rows for one period is an error naming both;
// a neighbourhood without a row for a period has a NULL value there.
Periods read(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
             QgsProcessingContext &context, const WeightedInput &input, const Request &request,
             QgsProcessingFeedback *feedback);

} // namespace PeriodValues
