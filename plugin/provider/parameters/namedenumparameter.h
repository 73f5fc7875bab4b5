#pragma once
#include <qgsprocessingparameters.h>

// An enum parameter whose options have stable names ("cbs", "queen", "zscore") besides their
// display labels. Scripts and qgis_process may pass either the name or the index; models and the
// dialog keep storing indexes as for any QGIS enum.
class NamedEnumParameter : public QgsProcessingParameterEnum {
public:
  struct Option {
    QString name;
    QString label;
  };

  NamedEnumParameter(const QString &name, const QString &description, const QList<Option> &options,
                     const QString &defaultOption, bool optional = false);

  QgsProcessingParameterDefinition *clone() const override;
  bool checkValueIsAcceptable(const QVariant &input,
                              QgsProcessingContext *context = nullptr) const override;

  const QStringList &optionNames() const { return mOptionNames; }
  // The option index of a value given by name (case-insensitive) or index, or -1.
  int indexOf(const QVariant &value) const;

private:
  QStringList mOptionNames;
};

class QgsProcessingAlgorithm;

// The option name ("cbs", "queen") chosen for a NamedEnumParameter of algorithm; the default when
// the parameter is absent. Throws QgsProcessingException naming the parameter when invalid.
QString namedEnumValue(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                       const QString &name);
