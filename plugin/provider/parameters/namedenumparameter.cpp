#include "parameters/namedenumparameter.h"

#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>

namespace {

QStringList labelsOf(const QList<NamedEnumParameter::Option> &options) {
  QStringList labels;
  for (const auto &option : options)
    labels << QStringLiteral("%1 (%2)").arg(option.label, option.name);
  return labels;
}

int defaultIndex(const QList<NamedEnumParameter::Option> &options, const QString &name) {
  for (int i = 0; i < options.size(); ++i)
    if (options[i].name == name)
      return i;
  return 0;
}

} // namespace

NamedEnumParameter::NamedEnumParameter(const QString &name, const QString &description,
                                       const QList<Option> &options, const QString &defaultOption,
                                       bool optional)
    : QgsProcessingParameterEnum(name, description, labelsOf(options), false,
                                 defaultIndex(options, defaultOption), optional) {
  for (const auto &option : options)
    mOptionNames << option.name;
}

QgsProcessingParameterDefinition *NamedEnumParameter::clone() const {
  return new NamedEnumParameter(*this);
}

int NamedEnumParameter::indexOf(const QVariant &value) const {
  if (!value.isValid() || value.isNull())
    return -1;
  const QString text = value.toString().trimmed();
  for (int i = 0; i < mOptionNames.size(); ++i)
    if (mOptionNames[i].compare(text, Qt::CaseInsensitive) == 0)
      return i;
  bool isNumber = false;
  const int index = text.toInt(&isNumber);
  return isNumber && index >= 0 && index < mOptionNames.size() ? index : -1;
}

bool NamedEnumParameter::checkValueIsAcceptable(const QVariant &input,
                                                QgsProcessingContext *context) const {
  if (input.type() == QVariant::String && indexOf(input) >= 0)
    return true;
  return QgsProcessingParameterEnum::checkValueIsAcceptable(input, context);
}

QString namedEnumValue(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                       const QString &name) {
  const auto *definition =
      dynamic_cast<const NamedEnumParameter *>(algorithm.parameterDefinition(name));
  if (!definition)
    throw QgsProcessingException(QObject::tr("%1 is not an enum parameter").arg(name));
  const QVariant given = parameters.value(name);
  const QVariant value = given.isValid() && !given.isNull() ? given : definition->defaultValue();
  const int index = definition->indexOf(value);
  if (index < 0)
    throw QgsProcessingException(
        QObject::tr("%1: '%2' is not one of %3")
            .arg(name, value.toString(), definition->optionNames().join(QStringLiteral(", "))));
  return definition->optionNames().at(index);
}
