#include "resiliencealgorithm.h"

#include "input_error.h"

#include <qgsexception.h>
#include <qgsprocessingfeedback.h>

#include <exception>
#include <new>

QVariantMap ResilienceAlgorithm::processAlgorithm(const QVariantMap &parameters,
                                                  QgsProcessingContext &context,
                                                  QgsProcessingFeedback *feedback) {
  try {
    return execute(parameters, context, feedback);
  } catch (const QgsProcessingException &) {
    throw;
  } catch (const resilience::InputError &e) {
    throw QgsProcessingException(QString::fromStdString(e.what()));
  } catch (const std::bad_alloc &) {
    throw QgsProcessingException(
        QObject::tr("%1 ran out of memory; try a smaller layer or fewer permutations")
            .arg(displayName()));
  } catch (const std::exception &e) {
    throw QgsProcessingException(
        QObject::tr("%1 failed: %2").arg(displayName(), QString::fromStdString(e.what())));
  }
}

void ResilienceAlgorithm::addNamedEnumParameter(const QString &name, const QString &description,
                                                const QList<NamedEnumParameter::Option> &options,
                                                const QString &defaultOption, bool optional) {
  addParameter(new NamedEnumParameter(name, description, options, defaultOption, optional));
}

QString ResilienceAlgorithm::enumName(const QVariantMap &parameters, const QString &name) const {
  return namedEnumValue(*this, parameters, name);
}

void ResilienceAlgorithm::stopIfCanceled(QgsProcessingFeedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw QgsProcessingException(QObject::tr("Canceled by the user; no output was written"));
}
