#include "cartography/drawablelayer.h"

#include "layers/degeneraterings.h"
#include "layers/featurecolumns.h"

#include <qgsfeatureiterator.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <map>
#include <vector>

std::unique_ptr<QgsVectorLayer> withoutDegenerateRings(const QgsVectorLayer &input,
                                                       QgsProcessingFeedback *feedback) {
  // First pass: which features have rings to drop, and their repaired geometries.
  std::map<QgsFeatureId, QgsGeometry> repaired;
  std::size_t rings = 0;
  QgsFeature feature;
  QgsFeatureIterator it = input.getFeatures(QgsFeatureRequest().setNoAttributes());
  while (it.nextFeature(feature)) {
    if (feedback && feedback->isCanceled())
      return nullptr;
    if (!feature.hasGeometry())
      continue;
    QgsGeometry geometry = feature.geometry();
    std::size_t dropped = 0;
    if (!dropDegenerateRings(geometry, dropped))
      continue;
    repaired.emplace(feature.id(), geometry);
    rings += dropped;
  }
  if (repaired.empty())
    return nullptr;

  auto copy = std::make_unique<QgsVectorLayer>(QStringLiteral("MultiPolygon"), input.name(),
                                               QStringLiteral("memory"));
  copy->setCrs(input.crs());
  copy->dataProvider()->addAttributes(input.fields().toList());
  copy->updateFields();
  QgsFeatureList features;
  it = input.getFeatures();
  while (it.nextFeature(feature)) {
    QgsFeature out(copy->fields());
    out.setAttributes(feature.attributes());
    const auto found = repaired.find(feature.id());
    if (found != repaired.end())
      out.setGeometry(found->second);
    else if (feature.hasGeometry()) {
      QgsGeometry geometry = feature.geometry();
      geometry.convertToMultiType();
      out.setGeometry(geometry);
    }
    features << out;
  }
  copy->dataProvider()->addFeatures(features);
  copy->updateExtents();

  if (feedback) {
    std::vector<QgsFeatureId> ids;
    for (const auto &entry : repaired)
      ids.push_back(entry.first);
    feedback->pushWarning(QObject::tr("%1 ring(s) of fewer than four points (no area) in %2 "
                                      "feature(s) of %3 are not drawn (feature ids %4)")
                              .arg(rings)
                              .arg(repaired.size())
                              .arg(input.name(), shortList(ids.size(), 20, [&](std::size_t k) {
                                     return QString::number(ids[k]);
                                   })));
  }
  return copy;
}
