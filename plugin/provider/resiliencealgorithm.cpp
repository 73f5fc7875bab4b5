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
  const auto *definition = dynamic_cast<const NamedEnumParameter *>(parameterDefinition(name));
  if (!definition)
    throw QgsProcessingException(QObject::tr("%1 is not an enum parameter").arg(name));
  const QVariant value = parameters.contains(name) && parameters.value(name).isValid() &&
                                 !parameters.value(name).isNull()
                             ? parameters.value(name)
                             : definition->defaultValue();
  const int index = definition->indexOf(value);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("%1: '%2' is not one of %3")
            .arg(name, value.toString(), definition->optionNames().join(QStringLiteral(", "))));
  return definition->optionNames().at(index);
}

void ResilienceAlgorithm::stopIfCanceled(QgsProcessingFeedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw QgsProcessingException(QObject::tr("Canceled by the user; no output was written"));
}
