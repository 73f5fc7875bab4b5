#include "layers/sharedkeys.h"

#include "io/shared_keys.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingfeedback.h>

#include <QHash>

#include <optional>
#include <string>
#include <vector>

void warnAboutRepeatedFeatures(const QgsFeatureSource &source, const FeatureColumns &features,
                               const QString &what, QgsProcessingFeedback *feedback) {
  // The columns read (a field not asked for is an empty column).
  std::vector<resilience::MaskedValues> analysed;
  for (const resilience::MaskedValues &column : features.numbers)
    if (column.size() == features.size())
      analysed.push_back(column);
  if (!feedback || analysed.empty() || features.size() < 2)
    return;
  const QgsFields fields = source.fields();
  QgsAttributeList textFields;
  for (int i = 0; i < fields.count(); ++i)
    if (fields.at(i).type() == QVariant::String)
      textFields << i;
  if (textFields.isEmpty())
    return;
  std::vector<std::vector<std::optional<std::string>>> keys(
      static_cast<std::size_t>(textFields.size()),
      std::vector<std::optional<std::string>>(features.size()));
  const auto keep = [&](std::size_t position, const QgsAttributes &attributes) {
    for (int k = 0; k < textFields.size(); ++k) {
      const QVariant value = attributes.value(textFields[k]);
      if (!value.isNull() && !value.toString().trimmed().isEmpty())
        keys[static_cast<std::size_t>(k)][position] = value.toString().toStdString();
    }
  };
  if (features.attributes.size() == features.size()) {
    for (std::size_t i = 0; i < features.size(); ++i)
      keep(i, features.attributes[i]);
  } else {
    QHash<QgsFeatureId, std::size_t> position;
    for (std::size_t i = 0; i < features.ids.size(); ++i)
      position.insert(features.ids[i], i);
    QgsFeature feature;
    QgsFeatureIterator it = source.getFeatures(QgsFeatureRequest()
                                                   .setFlags(QgsFeatureRequest::NoGeometry)
                                                   .setSubsetOfAttributes(textFields));
    while (it.nextFeature(feature)) {
      if (feedback->isCanceled())
        return;
      const auto found = position.constFind(feature.id());
      if (found != position.constEnd())
        keep(found.value(), feature.attributes());
    }
  }
  for (int k = 0; k < textFields.size(); ++k) {
    const auto &column = keys[static_cast<std::size_t>(k)];
    if (!resilience::looksLikeKey(column))
      continue;
    const resilience::SharedKeyReport report = resilience::repeatedKeyValues(column, analysed);
    if (report.features == 0)
      continue;
    feedback->pushWarning(
        QObject::tr("%1 features share their %2 with another feature and hold the same %3 (%4 "
                    "key(s), e.g. '%5' on %6 features): the statistic counts them more than once, "
                    "as a municipality's land and water parts. Filter the layer (e.g. \"water\" = "
                    "'NEE') or dissolve the parts by key (resilience:jointable "
                    "DISSOLVE_SHARED_KEYS=true)")
            .arg(report.features)
            .arg(fields.at(textFields[k]).name())
            .arg(what)
            .arg(report.keys)
            .arg(QString::fromStdString(report.example))
            .arg(report.exampleSize));
    return;
  }
}
