#include "cartography/printmap_tablebook.h"

#include "cartography/printmap_texts.h"
#include "layers/outputstaging.h"
#include "layers/resultcolumn.h"

#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <gdal.h>

#include <algorithm>
#include <map>
#include <vector>

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
  options.fileEncoding = QStringLiteral("UTF-8");
  // A CSV file is a sheet of its own; its .csvt tells GDAL and QGIS which columns are numbers.
  if (driver == QLatin1String("CSV"))
    options.layerOptions << QStringLiteral("CREATE_CSVT=YES");
  options.actionOnExistingFile = first || driver == QLatin1String("CSV")
                                     ? QgsVectorFileWriter::CreateOrOverwriteFile
                                     : QgsVectorFileWriter::CreateOrOverwriteLayer;
  QString error;
  if (QgsVectorFileWriter::writeAsVectorFormatV3(&sheet, path, transformContext, options, &error) !=
      QgsVectorFileWriter::NoError)
    throw QgsProcessingException(QObject::tr("OUTPUT_TABLEBOOK: sheet '%1' could not be written "
                                             "to %2: %3")
                                     .arg(sheet.name(), OutputStaging::finalPath(path), error));
}

QStringList sheetNames(const QString &language) {
  return {inLanguage(language, QStringLiteral("Areas"), QStringLiteral("Gebieden")),
          inLanguage(language, QStringLiteral("Regions"), QStringLiteral("Regio's")),
          inLanguage(language, QStringLiteral("Whole area"), QStringLiteral("Heel gebied"))};
}

bool canWrite(const char *driver) {
  GDALDriverH handle = GDALGetDriverByName(driver);
  return handle && GDALGetMetadataItem(handle, GDAL_DCAP_CREATE, nullptr);
}

// The same values in every row (NULL equal to NULL), of the same type.
bool sameColumn(const std::vector<QgsAttributes> &rows, int a, int b) {
  return std::all_of(rows.begin(), rows.end(), [&](const QgsAttributes &row) {
    const QVariant &x = row.at(a);
    const QVariant &y = row.at(b);
    return x.isNull() ? y.isNull() : !y.isNull() && x.type() == y.type() && x == y;
  });
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

TableBookFiles tableBookFiles(const QString &path, const QString &language) {
  const QFileInfo info(path);
  const QString suffix = info.suffix().toLower();
  TableBookFiles book;
  if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods")) {
    book.driver = suffix == QLatin1String("ods") ? QStringLiteral("ODS") : QStringLiteral("XLSX");
    if (canWrite(book.driver.toLatin1().constData())) {
      book.files << path;
      return book;
    }
    book.unwritable = book.driver;
  } else if (!suffix.isEmpty() && suffix != QLatin1String("csv") && !info.isDir()) {
    throw QgsProcessingException(
        QObject::tr("OUTPUT_TABLEBOOK: %1 must end in .xlsx, .ods or .csv, or be a folder")
            .arg(path));
  }
  book.driver = QStringLiteral("CSV");
  const bool folder = info.isDir() || path.endsWith(QLatin1Char('/')) || suffix.isEmpty();
  const QDir where(folder ? path : info.absolutePath());
  for (QString sheet : sheetNames(language)) {
    sheet = sheet.toLower().remove(QLatin1Char('\'')).replace(QLatin1Char(' '), QLatin1Char('_'));
    book.files << where.filePath(
        (folder ? sheet : info.completeBaseName() + QLatin1Char('_') + sheet) +
        QStringLiteral(".csv"));
  }
  return book;
}

void writeTableBook(const TableBookFiles &book, const QgsVectorLayer &input,
                    const BookFigures &figures, const QString &scoreField, const QString &language,
                    const QgsCoordinateTransformContext &transformContext) {
  const QStringList sheets = sheetNames(language);
  const QString regionHeader =
      inLanguage(language, QStringLiteral("Region"), QStringLiteral("Regio"));

  // Areas: region, INPUT's fields (numbers stay numbers), rank. Rows first: a field joined
  // twice is told by its values.
  std::map<QgsFeatureId, std::size_t> position;
  for (std::size_t i = 0; i < figures.ids.size(); ++i)
    position[figures.ids[i]] = i;
  std::vector<QgsAttributes> rows;
  std::vector<QVariant> ranks;
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
    values.append(feature.attributes());
    rows.push_back(values);
    ranks.push_back(i != resilience::kNoRegion && figures.summary.rank.isValid(i)
                        ? QVariant(static_cast<int>(figures.summary.rank.values[i]))
                        : QVariant(QVariant::Int));
  }
  // The fid is the GeoPackage's row number, not a figure. A field is left out as a duplicate when
  // its name is an earlier column's (ignoring case and a "_2"-style suffix a join adds) and it
  // holds the same values: the regions' field beside the region, a field joined twice.
  QgsFields fields;
  fields.append(QgsField(regionHeader, QVariant::String));
  std::vector<int> kept = {0};
  const QRegularExpression joinSuffix(QStringLiteral("_\\d+$"));
  for (int f = 0; f < input.fields().count(); ++f) {
    const QgsField &field = input.fields().at(f);
    if (field.name().compare(QLatin1String("fid"), Qt::CaseInsensitive) == 0)
      continue;
    const QString header =
        readableHeader(QString(field.name()).remove(joinSuffix), scoreField, language);
    const int same = fields.lookupField(header);
    if (same >= 0 && sameColumn(rows, kept[static_cast<std::size_t>(same)], f + 1))
      continue;
    QgsField copy = field;
    copy.setName(uniqueHeader(fields, readableHeader(field.name(), scoreField, language)));
    copy.setAlias(QString());
    fields.append(copy);
    kept.push_back(f + 1);
  }
  const QString rankHeader =
      uniqueHeader(fields, inLanguage(language, QStringLiteral("Rank (1 = lowest score)"),
                                      QStringLiteral("Rang (1 = laagste score)")));
  fields.append(QgsField(rankHeader, QVariant::Int));
  auto areas = sheetLayer(sheets[0]);
  areas->dataProvider()->addAttributes(fields.toList());
  areas->updateFields();
  QgsFeatureList features;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    QgsAttributes values;
    for (const int column : kept)
      values << rows[k].at(column);
    values << ranks[k];
    QgsFeature row(areas->fields());
    row.setAttributes(values);
    features << row;
  }
  if (!areas->dataProvider()->addFeatures(features))
    throw QgsProcessingException(
        QObject::tr("OUTPUT_TABLEBOOK: the areas could not be tabulated: %1")
            .arg(areas->dataProvider()->errors().join(QStringLiteral("; "))));

  auto regions = sheetLayer(sheets[1]);
  regions->dataProvider()->addAttributes(summaryFields(regionHeader, figures, language).toList());
  regions->updateFields();
  features.clear();
  for (int r = 0; r < figures.regionNames.size(); ++r) {
    QgsFeature row(regions->fields());
    row.setAttributes(
        summaryRow(figures.regionNames[r], figures.summary.regions, static_cast<std::size_t>(r)));
    features << row;
  }
  regions->dataProvider()->addFeatures(features);

  const QString wholeName = sheets[2];
  auto whole = sheetLayer(wholeName);
  whole->dataProvider()->addAttributes(
      summaryFields(inLanguage(language, QStringLiteral("Area"), QStringLiteral("Gebied")), figures,
                    language)
          .toList());
  whole->updateFields();
  QgsFeature total(whole->fields());
  total.setAttributes(summaryRow(wholeName, figures.summary.province, 0));
  whole->dataProvider()->addFeature(total);

  QgsVectorLayer *written[] = {areas.get(), regions.get(), whole.get()};
  for (int k = 0; k < 3; ++k)
    writeSheet(*written[k], OutputStaging::writtenAt(book.files.value(k, book.files.first())),
               book.driver, k == 0, transformContext);
}
