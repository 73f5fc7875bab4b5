#include "layers/ebrates.h"

#include "statistics/empirical_bayes.h"

#include <qgsprocessingfeedback.h>

resilience::MaskedValues ebStandardisedValues(const FeatureColumns &features, std::size_t events,
                                              std::size_t population, const QString &eventsField,
                                              const QString &populationField,
                                              QgsProcessingFeedback *feedback) {
  requireNonNegative(features.numbers.at(events), features, QStringLiteral("FIELD"), eventsField);
  const resilience::EbStandardisedRates rates = resilience::empiricalBayesStandardised(
      features.numbers.at(events), features.numbers.at(population),
      {eventsField.toStdString(), populationField.toStdString()});
  feedback->pushInfo(QObject::tr("Empirical Bayes standardised rates of %1 per %2 (Assuncao & "
                                 "Reis 1999): prior mean b = %3, prior variance a = %4")
                         .arg(eventsField, populationField)
                         .arg(rates.b, 0, 'g', 10)
                         .arg(rates.a, 0, 'g', 10));
  if (rates.summary.nonPositivePopulation)
    feedback->pushWarning(QObject::tr("%1 feature(s) with %2 of 0 or less have no rate and are "
                                      "left out")
                              .arg(rates.summary.nonPositivePopulation)
                              .arg(populationField));
  return resilience::MaskedValues::fromDoubles(rates.z);
}
