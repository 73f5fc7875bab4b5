#include "parameters/parametertypes.h"

#include "parameters/indicatorsparameter.h"
#include "parameters/valuefieldparameter.h"
#include "parameters/weightsmethodparameter.h"

#include <qgsapplication.h>
#include <qgsprocessingparametertype.h>
#include <qgsprocessingregistry.h>

#include <functional>

namespace {

// One registry entry: id, name and what create() makes; everything else is QGIS's default.
class ParameterType : public QgsProcessingParameterType {
public:
  using Factory = std::function<QgsProcessingParameterDefinition *(const QString &)>;
  ParameterType(QString id, QString name, QString description, Factory factory)
      : mId(std::move(id)), mName(std::move(name)), mDescription(std::move(description)),
        mFactory(std::move(factory)) {}

  QgsProcessingParameterDefinition *create(const QString &name) const override {
    return mFactory(name);
  }
  QString description() const override { return mDescription; }
  QString name() const override { return mName; }
  QString id() const override { return mId; }

private:
  QString mId, mName, mDescription;
  Factory mFactory;
};

QList<QgsProcessingParameterType *> &registeredHere() {
  static QList<QgsProcessingParameterType *> types;
  return types;
}

} // namespace

void registerResilienceParameterTypes() {
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if (!registry)
    return;
  const QList<QgsProcessingParameterType *> types = {
      new ParameterType(IndicatorsParameter::typeName(), QObject::tr("Resilience indicators"),
                        QObject::tr("The indicators of a composite index: field, domain, "
                                    "direction, weight, rate and goalposts per row"),
                        [](const QString &name) { return new IndicatorsParameter(name); }),
      new ParameterType(ValueFieldParameter::typeName(), QObject::tr("Resilience value field"),
                        QObject::tr("A numeric field, by default the resilience score"),
                        [](const QString &name) { return new ValueFieldParameter(name); }),
      new ParameterType(
          WeightsMethodParameter::typeName(), QObject::tr("Spatial weights method"),
          QObject::tr("How neighbours are found: queen, rook, knn, distance or kernel"),
          [](const QString &name) {
            return new WeightsMethodParameter(name, QString(), weightsMethodOptions(),
                                              QStringLiteral("queen"));
          })};
  for (QgsProcessingParameterType *type : types) {
    if (registry->parameterType(type->id())) {
      delete type;
      continue;
    }
    if (registry->addParameterType(type))
      registeredHere() << type;
  }
}

void unregisterResilienceParameterTypes() {
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  for (QgsProcessingParameterType *type : registeredHere())
    if (registry)
      registry->removeParameterType(type);
  registeredHere().clear();
}
