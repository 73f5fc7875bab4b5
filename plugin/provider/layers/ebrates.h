#pragma once
// A count FIELD and its POPULATION read by readFeatureColumns turned into the empirical Bayes
// standardised rates of Assuncao & Reis (1999) that Moran's I for rates tests
// (resilience:globalmoran and resilience:localmoran with POPULATION).
#include "layers/featurecolumns.h"

class QgsProcessingFeedback;

// The standardised rates of features.numbers[events] per features.numbers[population]; the prior
// and the features left out (population of 0 or less) go to the log. Throws
// QgsProcessingException naming the field and feature of a negative count.
resilience::MaskedValues ebStandardisedValues(const FeatureColumns &features, std::size_t events,
                                              std::size_t population, const QString &eventsField,
                                              const QString &populationField,
                                              QgsProcessingFeedback *feedback);
