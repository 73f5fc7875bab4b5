#include "cartography/printmap_tablebook.h"

#include "cartography/printmap_texts.h"
#include "layers/resultcolumn.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <map>

using resilience::RegionalAggregation;

namespace {

// "aantal_inwoners" -> "Aantal inwoners"; the score itself by its name in the book's language.
QString readableHeader(const QString &field, const QString &scoreField, const QString &language) {
  if (field == scoreField && field == QLatin1String("resilience"))
    return inLanguage(language, QStringLiteral("Resilience score"),
                      QStringLiteral("Veerkrachtscore"));
  QString header = QString(field).replace(QLatin1Char('_'), QLatin1Char(' ')).trimmed();
  if (!header.isEmpty())
    header[0] = header[0].toUpper();
  return header;
}

QString uniqueHeader(const QgsFields &taken, const QString &wanted) {
  QString name = wanted;
  for (int n = 2; taken.lookupField(name) >= 0; ++n)
    name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
  return name;
}

void writeSheet(QgsVectorLayer &sheet, const QString &path, const QString &driver, bool first,
                const QgsCoordinateTransformContext &transformContext) {
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = driver;
  options.layerName = sheet.name();
  options.actionOnExistingFile = first ? QgsVectorFileWriter::CreateOrOverwriteFile
                                       : QgsVectorFileWriter::CreateOrOverwriteLayer;
  QString error;
  if (QgsVectorFileWriter::writeAsVectorFormatV3(&sheet, path, transformContext, options, &error) !=
      QgsVectorFileWriter::NoError)
    throw QgsProcessingException(QObject::tr("OUTPUT_TABLEBOOK: sheet '%1' could not be written "
                                             "to %2: %3")
                                     .arg(sheet.name(), path, error));
}

// The summary fields of the region and whole-area sheets.
QgsFields summaryFields(const QString &first, const BookFigures &figures, const QString &language) {
  const QStringList items = summaryItemNames(figures, language);
  QgsFields fields;
  fields.append(QgsField(first, QVariant::String));
  fields.append(QgsField(inLanguage(language, QStringLiteral("Areas"), QStringLiteral("Gebieden")),
                         QVariant::Int));
  fields.append(QgsField(items[0], QVariant::Double));
  fields.append(QgsField(items[1], QVariant::Double));
  fields.append(QgsField(
      inLanguage(language, QStringLiteral("Lowest score"), QStringLiteral("Laagste score")),
      QVariant::Double));
  fields.append(QgsField(
      inLanguage(language, QStringLiteral("Highest score"), QStringLiteral("Hoogste score")),
      QVariant::Double));
  fields.append(QgsField(items[2] + QStringLiteral(" (%)"), QVariant::Double));
  fields.append(QgsField(items[3], QVariant::Int));
  return fields;
}

QgsAttributes summaryRow(const QString &name, const RegionalAggregation &a, std::size_t r) {
  return QgsAttributes() << name << static_cast<int>(a.areas[r]) << maskedValue(a.population, r)
                         << maskedValue(a.scoreMean, r) << maskedValue(a.scoreMin, r)
                         << maskedValue(a.scoreMax, r)
                         << maskedValue(a.shareLowestClass, r, QVariant::Double, 100.0)
                         << (a.hotspots.isValid(r)
                                 ? QVariant(static_cast<int>(a.hotspots.values[r]))
                                 : QVariant(QVariant::Int));
}

std::unique_ptr<QgsVectorLayer> sheetLayer(const QString &name) {
  return std::make_unique<QgsVectorLayer>(QStringLiteral("None"), name, QStringLiteral("memory"));
}

} // namespace

void writeTableBook(const QString &path, const QgsVectorLayer &input, const BookFigures &figures,
                    const QString &scoreField, const QString &language,
                    const QgsCoordinateTransformContext &transformContext) {
  const QString driver = path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive)
                             ? QStringLiteral("ODS")
                             : QStringLiteral("XLSX");
  const QString regionHeader =
      inLanguage(language, QStringLiteral("Region"), QStringLiteral("Regio"));

  // Areas: region, INPUT's fields (numbers stay numbers), rank.
  auto areas =
      sheetLayer(inLanguage(language, QStringLiteral("Areas"), QStringLiteral("Gebieden")));
  QgsFields fields;
  fields.append(QgsField(regionHeader, QVariant::String));
  for (const QgsField &field : input.fields()) {
    QgsField copy = field;
    copy.setName(uniqueHeader(fields, readableHeader(field.name(), scoreField, language)));
    copy.setAlias(QString());
    fields.append(copy);
  }
  const QString rankHeader =
      uniqueHeader(fields, inLanguage(language, QStringLiteral("Rank (1 = lowest score)"),
                                      QStringLiteral("Rang (1 = laagste score)")));
  fields.append(QgsField(rankHeader, QVariant::Int));
  areas->dataProvider()->addAttributes(fields.toList());
  areas->updateFields();
  std::map<QgsFeatureId, std::size_t> position;
  for (std::size_t i = 0; i < figures.ids.size(); ++i)
    position[figures.ids[i]] = i;
  QgsFeatureList rows;
  QgsFeature feature;
  QgsFeatureIterator it =
      input.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest::NoGeometry));
  while (it.nextFeature(feature)) {
    const auto at = position.find(feature.id());
    const std::size_t i = at == position.end() ? resilience::kNoRegion : at->second;
    const std::size_t r = i == resilience::kNoRegion ? resilience::kNoRegion : figures.region[i];
    QgsAttributes values;
    values << (r == resilience::kNoRegion
                   ? QVariant(QVariant::String)
                   : QVariant(figures.regionNames.value(static_cast<int>(r))));
    for (const QVariant &value : feature.attributes())
      values << value;
    values << (i != resilience::kNoRegion && figures.summary.rank.isValid(i)
                   ? QVariant(static_cast<int>(figures.summary.rank.values[i]))
                   : QVariant(QVariant::Int));
    QgsFeature row(areas->fields());
    row.setAttributes(values);
    rows << row;
  }
  if (!areas->dataProvider()->addFeatures(rows))
    throw QgsProcessingException(
        QObject::tr("OUTPUT_TABLEBOOK: the areas could not be tabulated: %1")
            .arg(areas->dataProvider()->errors().join(QStringLiteral("; "))));

  auto regions =
      sheetLayer(inLanguage(language, QStringLiteral("Regions"), QStringLiteral("Regio's")));
  regions->dataProvider()->addAttributes(summaryFields(regionHeader, figures, language).toList());
  regions->updateFields();
  rows.clear();
  for (int r = 0; r < figures.regionNames.size(); ++r) {
    QgsFeature row(regions->fields());
    row.setAttributes(
        summaryRow(figures.regionNames[r], figures.summary.regions, static_cast<std::size_t>(r)));
    rows << row;
  }
  regions->dataProvider()->addFeatures(rows);

  const QString wholeName =
      inLanguage(language, QStringLiteral("Whole area"), QStringLiteral("Heel gebied"));
  auto whole = sheetLayer(wholeName);
  whole->dataProvider()->addAttributes(
      summaryFields(inLanguage(language, QStringLiteral("Area"), QStringLiteral("Gebied")), figures,
                    language)
          .toList());
  whole->updateFields();
  QgsFeature total(whole->fields());
  total.setAttributes(summaryRow(wholeName, figures.summary.province, 0));
  whole->dataProvider()->addFeature(total);

  writeSheet(*areas, path, driver, true, transformContext);
  writeSheet(*regions, path, driver, false, transformContext);
  writeSheet(*whole, path, driver, false, transformContext);
}
