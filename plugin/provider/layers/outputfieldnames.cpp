#include "layers/outputfieldnames.h"

#include "io/field_name_limits.h"
#include "layers/outputdestination.h"

#include <qgsexception.h>
#include <qgsfields.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>

#include <QFileInfo>
#include <QStringList>

void requireFieldNamesFit(const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                          const QString &name, QgsProcessingContext &context,
                          const QgsFields &fields) {
  const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition(name);
  if (!definition || !parameters.value(name).isValid())
    return;
  // "out.shp", "out.shp|layername=out" or an OGR URI: the file's extension decides.
  const QString destination = outputDestination(definition, parameters.value(name), context);
  const QString extension = QFileInfo(destination.section(QLatin1Char('|'), 0, 0)).suffix();
  const std::size_t limit = resilience::fieldNameLimit(extension.toStdString());
  std::vector<std::string> names;
  for (int i = 0; i < fields.count(); ++i)
    names.push_back(fields.at(i).name().toStdString());
  const std::vector<std::string> tooLong = resilience::namesTooLong(names, limit);
  if (tooLong.empty())
    return;
  QStringList listed;
  for (const std::string &n : tooLong)
    listed << QString::fromStdString(n);
  throw QgsProcessingException(
      QObject::tr("%1: a .%2 file keeps field names of at most %3 characters, so '%4' would be "
                  "written as '%5', which the style and later steps do not know (too long: %6). "
                  "Write a GeoPackage (.gpkg) instead")
          .arg(name, extension.toLower())
          .arg(limit)
          .arg(listed.first(), listed.first().left(static_cast<int>(limit)),
               listed.join(QStringLiteral(", "))));
}

QString uniqueFieldName(const QgsFields &taken, const QString &wanted) {
  QString name = wanted;
  for (int suffix = 2; taken.lookupField(name) >= 0; ++suffix)
    name = QStringLiteral("%1_%2").arg(wanted).arg(suffix);
  return name;
}
