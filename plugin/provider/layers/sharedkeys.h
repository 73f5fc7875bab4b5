#pragma once
// The warning every statistic gives when features repeat one another: the same key in a text field
// that identifies features (a CBS code shared by a municipality's land and water parts) and the
// same analysed values. The rule is in the core (io/shared_keys.h); this reads the text fields.
#include "layers/featurecolumns.h"

class QgsFeatureSource;
class QgsProcessingFeedback;

// Reads the text fields of source (the attributes `features` kept, or else one pass over source
// without geometry), finds the first that identifies
// features and has repeats in the analysed `features.numbers`, and warns naming the count, the
// field, an example and the remedy. Nothing when there are no repeats.
void warnAboutRepeatedFeatures(const QgsFeatureSource &source, const FeatureColumns &features,
                               const QString &what, QgsProcessingFeedback *feedback);
