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
  // The text fields' values: those kept with the features, or else read in one pass into a
  // column per text field (a feature's attributes would hold every field).
  const bool kept = features.attributes.size() == features.size();
  std::vector<std::vector<QVariant>> read(kept ? 0 : static_cast<std::size_t>(textFields.size()));
  if (!kept) {
    QHash<QgsFeatureId, std::size_t> position;
    for (std::size_t i = 0; i < features.ids.size(); ++i)
      position.insert(features.ids[i], i);
    for (std::vector<QVariant> &column : read)
      column.resize(features.size());
    QgsFeature feature;
    QgsFeatureIterator it = source.getFeatures(QgsFeatureRequest()
                                                   .setFlags(QgsFeatureRequest::NoGeometry)
                                                   .setSubsetOfAttributes(textFields));
    while (it.nextFeature(feature)) {
      if (feedback->isCanceled())
        return;
      const auto found = position.constFind(feature.id());
      if (found == position.constEnd())
        continue;
      for (int k = 0; k < textFields.size(); ++k)
        read[static_cast<std::size_t>(k)][found.value()] = feature.attribute(textFields[k]);
    }
  }
  // One field at a time: most text fields are categories (class labels), settled after a fifth of
  // the features, and only a key with repeated values is read again whole.
  for (int k = 0; k < textFields.size(); ++k) {
    const int field = textFields[k];
    const auto keyAt = [&](std::size_t i) -> std::optional<std::string> {
      const QVariant value =
          kept ? features.attributes[i].value(field) : read[static_cast<std::size_t>(k)][i];
      if (value.isNull() || value.toString().trimmed().isEmpty())
        return std::nullopt;
      return value.toString().toStdString();
    };
    if (resilience::classifyKeyColumn(features.size(), keyAt) !=
        resilience::KeyColumn::KeyWithRepeats)
      continue;
    std::vector<std::optional<std::string>> column(features.size());
    for (std::size_t i = 0; i < features.size(); ++i)
      column[i] = keyAt(i);
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
            .arg(fields.at(field).name())
            .arg(what)
            .arg(report.keys)
            .arg(QString::fromStdString(report.example))
            .arg(report.exampleSize));
    return;
  }
}
