#include "algorithms/weightedinput.h"

#include "algorithms/cancelflag.h"
#include "layers/sharedkeys.h"
#include "layers/uncheckedsource.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>

WeightedInput readWeightedInput(const QgsProcessingAlgorithm &algorithm,
                                const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback, const QStringList &fields,
                                const QStringList &fieldParameters, Rows rows, bool buildWeights) {
  const QString input = QStringLiteral("INPUT");
  WeightedInput read;
  read.source = requireUncheckedSource(algorithm, parameters, input, context);
  feedback->setProgressText(QObject::tr("Reading %1").arg(read.source->sourceName()));
  read.features = readFeatureColumns(*read.source, fields, fieldParameters, feedback,
                                     QgsFeatureRequest(), rows);
  if (read.features.size() == 0)
    throw QgsProcessingException(
        QObject::tr("INPUT: %1 has no features").arg(read.source->sourceName()));
  nullNoDataCodes(read.features, fields, feedback);
  QStringList named;
  for (const QString &field : fields)
    if (!field.isEmpty())
      named << field;
  if (!named.isEmpty())
    warnAboutRepeatedFeatures(*read.source, read.features, named.join(QStringLiteral(", ")),
                              feedback);
  feedback->setProgress(20);
  if (!buildWeights)
    return read;
  feedback->setProgressText(QObject::tr("Building spatial weights"));
  read.weights = WeightsParameters::build(algorithm, parameters, context, *read.source,
                                          read.features, feedback);
  throwIfCanceled(feedback);
  feedback->setProgress(40);
  return read;
}
