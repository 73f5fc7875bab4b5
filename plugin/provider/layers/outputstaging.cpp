#include "layers/outputstaging.h"

#include "io/sqlite_copy.h"

#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsmaplayer.h>
#include <qgsmaplayerstore.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsproperty.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/file.h>
#include <unistd.h>

struct OutputStaging::Target {
  QString parameter;
  QString file;          // the target, canonical
  QString folder;        // its folder
  QString targetBase;    // its name without the extension ("out" of out.gpkg)
  QString temporaryBase; // "out-partial-<pid>-<n>"
  QString temporary;     // folder/temporaryBase.ext, where the run writes
  QString lockFile;
  int lockDescriptor = -1;
  bool locked = false; // this run holds lockFile's lock
  bool isGeoPackage = false;
};

struct OutputStaging::TableTarget {
  QString parameter;
  QString key;          // the target's location text (database and table)
  QString stagingKey;   // the staging table's
  QgsDataSourceUri uri; // the target as the destination names it
  QString schema;       // "public" when the destination names none
  QString table;        // the target's name
  QString staging;      // "<name>_partial_<pid>_<n>", where the run writes
  bool registered = false;
  bool committed = false;
};

namespace {

QMutex &registryMutex() {
  static QMutex mutex;
  return mutex;
}
// Targets of the unfinished runs of this process: the temporary file each is written to, and the
// thread of the run that stages it.
struct Holder {
  QString temporary;
  Qt::HANDLE thread = nullptr;
};
QHash<QString, Holder> &targetsInUse() {
  static QHash<QString, Holder> targets;
  return targets;
}
// Temporary file -> target.
QHash<QString, QString> &stagingFiles() {
  static QHash<QString, QString> files;
  return files;
}

QString withoutExtension(const QFileInfo &file) {
  return file.suffix().isEmpty() ? file.fileName() : file.completeBaseName();
}

// The files of a staged output: the temporary file itself and its siblings with the same base
// (a shapefile's .shx, .dbf, .prj, .cpg; sidecar styles .qml and .sld; an extension QGIS added).
QStringList stagedFiles(const OutputStaging::Target &target) {
  QStringList files;
  const QDir folder(target.folder);
  for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
    if (name == target.temporaryBase || name.startsWith(target.temporaryBase + QLatin1Char('.')))
      files << name;
  }
  return files;
}

void syncFile(const QString &path) {
  const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
  if (fd < 0)
    return;
  ::fsync(fd);
  ::close(fd);
}

// Whatever replaced the text of a temporary file's path by its target's, in a result.
QString retargeted(QString text, const OutputStaging::Target &target) {
  const QString from = QDir(target.folder).filePath(target.temporaryBase);
  const QString to = QDir(target.folder).filePath(target.targetBase);
  return text.replace(from, to);
}

QString redirected(const QString &destination, const OutputStaging::Target &target) {
  if (destination.startsWith(QLatin1String("ogr:"))) {
    QgsDataSourceUri uri(destination.mid(4));
    uri.setDatabase(target.temporary);
    return QStringLiteral("ogr:") + uri.uri(false);
  }
  const int bar = destination.indexOf(QLatin1Char('|'));
  return bar < 0 ? target.temporary : target.temporary + destination.mid(bar);
}

QString quotedIdentifier(const QString &name) {
  QString quoted = name;
  return QLatin1Char('"') + quoted.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
         QLatin1Char('"');
}

QString quotedLiteral(const QString &text) {
  QString quoted = text;
  return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("''")) +
         QLatin1Char('\'');
}

// PostgreSQL keeps the first 63 bytes of a name (NAMEDATALEN - 1).
constexpr int kMaxNameBytes = 63;

QgsDataSourceUri withTable(QgsDataSourceUri uri, const QString &schema, const QString &table) {
  uri.setDataSource(schema, table, uri.geometryColumn(), uri.sql(), uri.keyColumn());
  return uri;
}

// An SQL session on the target's database. Throws QgsProviderConnectionException.
std::unique_ptr<QgsAbstractDatabaseProviderConnection>
databaseConnection(const QgsDataSourceUri &uri) {
  QgsProviderMetadata *postgres =
      QgsProviderRegistry::instance()->providerMetadata(QStringLiteral("postgres"));
  if (!postgres)
    throw QgsProviderConnectionException(
        QObject::tr("QGIS's PostgreSQL provider is not available"));
  std::unique_ptr<QgsAbstractProviderConnection> connection(postgres->createConnection(
      QgsDataSourceUri(uri.connectionInfo(false)).uri(false), QVariantMap()));
  auto *database = dynamic_cast<QgsAbstractDatabaseProviderConnection *>(connection.get());
  if (!database)
    throw QgsProviderConnectionException(
        QObject::tr("cannot connect to %1").arg(uri.connectionInfo(false)));
  connection.release();
  return std::unique_ptr<QgsAbstractDatabaseProviderConnection>(database);
}

} // namespace

OutputStaging::OutputStaging(const QList<DatasetLocation> &outputs) {
  try {
    stage(outputs);
  } catch (...) {
    release(); // a constructor that throws gets no destructor
    throw;
  }
}

void OutputStaging::stage(const QList<DatasetLocation> &outputs) {
  static QAtomicInt counter;
  for (const DatasetLocation &output : outputs) {
    if (output.table) {
      stageTable(output);
      continue;
    }
    if (isStagingFile(output.file))
      continue; // a step of a run that stages this file already: written in place
    bool known = false;
    for (const auto &target : mTargets)
      known = known || target->file == output.file;
    if (known)
      continue; // several layers of one GeoPackage: one copy holds them all
    {
      // A run on this thread stages it: the run this one is a step of (the pipeline's printmaps
      // step writing the table book's CSV files); written into its temporary file (writtenAt).
      const QMutexLocker lock(&registryMutex());
      const auto held = targetsInUse().constFind(output.file);
      if (held != targetsInUse().constEnd() && held->thread == QThread::currentThreadId())
        continue;
    }
    auto target = std::make_unique<Target>();
    const QFileInfo info(output.file);
    target->parameter = output.parameter;
    target->file = output.file;
    target->folder = info.absolutePath();
    target->isGeoPackage = info.suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
    if (!QFileInfo(target->folder).isDir())
      throw QgsProcessingException(
          QObject::tr("%1: the folder %2 does not exist; create it or choose another")
              .arg(output.parameter, target->folder));
    if (info.isDir())
      throw QgsProcessingException(
          QObject::tr("%1: %2 is a folder, not a file").arg(output.parameter, output.file));
    target->targetBase = withoutExtension(info);
    // No dot in what is added: QGIS takes a GeoPackage destination's driver from everything after
    // the first dot of its name ("out.partial.gpkg" has no driver).
    target->temporaryBase = QStringLiteral("%1-partial-%2-%3")
                                .arg(target->targetBase)
                                .arg(QCoreApplication::applicationPid())
                                .arg(counter.fetchAndAddRelaxed(1) + 1);
    target->temporary =
        QDir(target->folder)
            .filePath(info.suffix().isEmpty()
                          ? target->temporaryBase
                          : target->temporaryBase + QLatin1Char('.') + info.suffix());

    // The lock: in this process a set of targets, between processes flock(2) on a hidden file
    // beside the target (it outlives a rename of the target, which a lock on the file would not).
    {
      const QMutexLocker lock(&registryMutex());
      if (targetsInUse().contains(target->file))
        throw QgsProcessingException(
            QObject::tr("%1: another run is writing %2; wait until it has finished or choose "
                        "another file")
                .arg(output.parameter, target->file));
      targetsInUse().insert(target->file, Holder{target->temporary, QThread::currentThreadId()});
    }
    target->lockFile =
        QDir(target->folder).filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
    target->lockDescriptor =
        ::open(QFile::encodeName(target->lockFile).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    Target *raw = target.get();
    mTargets.push_back(std::move(target));
    if (raw->lockDescriptor < 0)
      throw QgsProcessingException(
          QObject::tr("%1: cannot write in the folder %2: %3")
              .arg(output.parameter, raw->folder, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(raw->lockDescriptor, LOCK_EX | LOCK_NB) != 0)
      throw QgsProcessingException(
          QObject::tr("%1: another run is writing %2; wait until it has finished or choose "
                      "another file")
              .arg(output.parameter, raw->file));
    raw->locked = true;
    {
      const QMutexLocker lock(&registryMutex());
      stagingFiles().insert(raw->temporary, raw->file);
    }
    if (raw->isGeoPackage && !output.layer.isEmpty() && info.exists()) {
      try {
        resilience::copySqliteDatabase(QFile::encodeName(raw->file).toStdString(),
                                       QFile::encodeName(raw->temporary).toStdString());
      } catch (const std::runtime_error &e) {
        throw QgsProcessingException(
            QObject::tr("%1: cannot add layers to %2: %3")
                .arg(output.parameter, raw->file, QString::fromLocal8Bit(e.what())));
      }
    }
  }
}

QString OutputStaging::stageFile(const QString &parameter, const QString &file) {
  const std::optional<DatasetLocation> location = outputLocation(parameter, file);
  if (!location)
    throw QgsProcessingException(QObject::tr("%1: %2 is not a file").arg(parameter, file));
  stage({*location});
  for (const auto &target : mTargets)
    if (target->file == location->file)
      return target->temporary;
  return location->file; // a temporary file of the run this one is a step of: written in place
}

void OutputStaging::stageTable(const DatasetLocation &output) {
  static QAtomicInt counter;
  const QString key = output.text();
  if (isStagingFile(key))
    return; // a step of a run that stages this table already: written in place
  auto target = std::make_unique<TableTarget>();
  target->parameter = output.parameter;
  target->key = key;
  target->uri = QgsDataSourceUri(output.connection);
  target->schema = target->uri.schema().isEmpty() ? QStringLiteral("public") : target->uri.schema();
  target->table = target->uri.table();
  {
    const QMutexLocker lock(&registryMutex());
    if (targetsInUse().contains(key))
      throw QgsProcessingException(
          QObject::tr("%1: another run is writing the table %2; wait until it has finished or "
                      "choose another table")
              .arg(output.parameter, output.layer));
    targetsInUse().insert(key, Holder{QString(), QThread::currentThreadId()});
  }
  TableTarget *raw = target.get();
  mTables.push_back(std::move(target));
  try {
    const auto database = databaseConnection(raw->uri);
    // A name no table has: the only table this run may drop when it fails.
    do {
      const QString suffix = QStringLiteral("_partial_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1) + 1);
      QString base = raw->table;
      while (!base.isEmpty() && (base + suffix).toUtf8().size() > kMaxNameBytes)
        base.chop(1);
      raw->staging = base + suffix;
    } while (database->tableExists(raw->schema, raw->staging));
  } catch (const QgsProviderConnectionException &e) {
    throw QgsProcessingException(QObject::tr("%1: cannot write the table %2: %3")
                                     .arg(output.parameter, output.layer, e.what()));
  }
  const std::optional<DatasetLocation> staging = outputLocation(
      output.parameter,
      QStringLiteral("postgis:") + withTable(raw->uri, raw->schema, raw->staging).uri(false));
  raw->stagingKey = staging ? staging->text() : QString();
  const QMutexLocker lock(&registryMutex());
  stagingFiles().insert(raw->stagingKey, key);
  raw->registered = true;
}

void OutputStaging::commitTables(QVariantMap &results, QgsProcessingContext &context) {
  for (const auto &target : mTables) {
    const QString from =
        quotedIdentifier(target->schema) + QLatin1Char('.') + quotedIdentifier(target->staging);
    const QString to =
        quotedIdentifier(target->schema) + QLatin1Char('.') + quotedIdentifier(target->table);
    try {
      const auto database = databaseConnection(target->uri);
      if (!database->tableExists(target->schema, target->staging))
        continue; // nothing written (an optional output the algorithm left out)
      // One statement string is one transaction: the target is replaced entirely or not at all.
      database->executeSql(QStringLiteral("DROP TABLE IF EXISTS %1; ALTER TABLE %2 RENAME TO %3")
                               .arg(to, from, quotedIdentifier(target->table)));
      target->committed = true;
      // The primary key's index and sequence and the spatial index take the table's name, as
      // they have when QGIS writes a table directly (best effort: a name another relation has is
      // left as it is; the table is in place either way).
      const QList<QList<QVariant>> relations = database->executeSql(
          QStringLiteral("SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON "
                         "n.oid = c.relnamespace WHERE n.nspname = %1 AND c.relkind IN ('i', "
                         "'S') AND position(%2 in c.relname) > 0")
              .arg(quotedLiteral(target->schema), quotedLiteral(target->staging)));
      for (const QList<QVariant> &relation : relations) {
        if (relation.size() < 2)
          continue;
        QString name = relation.at(0).toString();
        const QString renamed = name.replace(target->staging, target->table);
        if (renamed.toUtf8().size() > kMaxNameBytes)
          continue;
        try {
          database->executeSql(
              QStringLiteral("ALTER %1 %2.%3 RENAME TO %4")
                  .arg(relation.at(1).toString() == QLatin1String("S") ? QStringLiteral("SEQUENCE")
                                                                       : QStringLiteral("INDEX"),
                       quotedIdentifier(target->schema),
                       quotedIdentifier(relation.at(0).toString()), quotedIdentifier(renamed)));
        } catch (const QgsProviderConnectionException &) {
        }
      }
    } catch (const QgsProviderConnectionException &e) {
      if (!target->committed)
        throw QgsProcessingException(QObject::tr("%1: cannot replace the table %2 by %3: %4")
                                         .arg(target->parameter, to, from, e.what()));
    }

    // This run's layers on the staging table now read the target.
    const QString stagingName = quotedIdentifier(target->staging);
    const QString targetName = quotedIdentifier(target->table);
    const QMap<QString, QgsMapLayer *> layers = context.temporaryLayerStore()->mapLayers();
    for (QgsMapLayer *layer : layers) {
      if (layer->providerType() != QLatin1String("postgres"))
        continue;
      const QgsDataSourceUri source(layer->source());
      if (source.table() != target->staging || source.database() != target->uri.database())
        continue;
      QString name = layer->name();
      layer->setDataSource(withTable(source, target->schema, target->table).uri(false),
                           name.replace(stagingName, targetName), layer->providerType(),
                           QgsDataProvider::ProviderOptions());
    }
    for (auto it = results.begin(); it != results.end(); ++it)
      if (it.value().type() == QVariant::String)
        it.value() = it.value().toString().replace(stagingName, targetName);
  }
}

OutputStaging::~OutputStaging() {
  release();
}

void OutputStaging::release() {
  for (const auto &target : mTargets) {
    if (!mCommitted) {
      for (const QString &name : stagedFiles(*target))
        QFile::remove(QDir(target->folder).filePath(name));
    }
    const QMutexLocker lock(&registryMutex());
    stagingFiles().remove(target->temporary);
    // Removed while still held, and only by its holder: a run that opened the old lock file
    // fails its flock, and a later run creates a new one.
    if (target->locked)
      QFile::remove(target->lockFile);
    if (target->lockDescriptor >= 0)
      ::close(target->lockDescriptor);
    targetsInUse().remove(target->file);
  }
  mTargets.clear();
  for (const auto &target : mTables) {
    if (!target->committed && !target->staging.isEmpty()) {
      try {
        databaseConnection(target->uri)
            ->executeSql(
                QStringLiteral("DROP TABLE IF EXISTS %1.%2")
                    .arg(quotedIdentifier(target->schema), quotedIdentifier(target->staging)));
      } catch (const QgsProviderConnectionException &) {
        // the server is gone: the staging table stays, under its "_partial_" name
      }
    }
    const QMutexLocker lock(&registryMutex());
    if (target->registered)
      stagingFiles().remove(target->stagingKey);
    targetsInUse().remove(target->key);
  }
  mTables.clear();
}

bool OutputStaging::isStagingFile(const QString &file) {
  const QMutexLocker lock(&registryMutex());
  return stagingFiles().contains(file);
}

QString OutputStaging::writtenAt(const QString &path) {
  const std::optional<DatasetLocation> location = outputLocation(QString(), path);
  if (!location)
    return path;
  const QMutexLocker lock(&registryMutex());
  const auto held = targetsInUse().constFind(location->file);
  return held != targetsInUse().constEnd() && held->thread == QThread::currentThreadId()
             ? held->temporary
             : path;
}

QString OutputStaging::finalPath(const QString &path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  const QMutexLocker lock(&registryMutex());
  const auto it = stagingFiles().constFind(absolute);
  return it == stagingFiles().constEnd() ? path : it.value();
}

QVariantMap OutputStaging::redirect(const QgsProcessingAlgorithm &algorithm,
                                    const QVariantMap &parameters,
                                    QgsProcessingContext &context) const {
  QVariantMap result = parameters;
  for (const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions()) {
    if (!definition->isDestination())
      continue;
    const QVariant value = parameters.value(definition->name());
    const QStringList texts = parameterTexts(value, context);
    if (texts.size() != 1)
      continue;
    const std::optional<DatasetLocation> location = outputLocation(definition->name(), texts[0]);
    if (!location)
      continue;
    QString destination;
    for (const auto &target : mTables)
      if (location->table && target->key == location->text())
        destination = QStringLiteral("postgis:") +
                      withTable(QgsDataSourceUri(texts[0].mid(8)), target->schema, target->staging)
                          .uri(false);
    for (const auto &target : mTargets)
      if (!location->table && target->file == location->file)
        destination = redirected(texts[0], *target);
    if (destination.isEmpty())
      continue;
    if (value.canConvert<QgsProcessingOutputLayerDefinition>()) {
      auto output = value.value<QgsProcessingOutputLayerDefinition>();
      output.sink = QgsProperty::fromValue(destination);
      result.insert(definition->name(), QVariant::fromValue(output));
    } else {
      result.insert(definition->name(), destination);
    }
  }
  return result;
}

void OutputStaging::commit(QVariantMap &results, QgsProcessingContext &context) {
  // This run's layers on the temporary files and targets close first: QGIS returns a GeoPackage
  // from WAL to its normal journal when the last layer on it closes, which must happen before the
  // file moves.
  QStringList open;
  const QMap<QString, QgsMapLayer *> layers = context.temporaryLayerStore()->mapLayers();
  for (auto it = layers.constBegin(); it != layers.constEnd(); ++it)
    for (const auto &target : mTargets)
      if (it.value()->source().contains(QDir(target->folder).filePath(target->temporaryBase)) ||
          it.value()->source().startsWith(target->file))
        open << it.key();
  context.temporaryLayerStore()->removeMapLayers(open);

  commitTables(results, context);
  for (const auto &target : mTargets) {
    const QStringList files = stagedFiles(*target);
    if (files.isEmpty())
      continue; // nothing written (an optional output the algorithm left out)
    if (target->isGeoPackage && QFileInfo::exists(target->file + QStringLiteral("-wal")))
      throw QgsProcessingException(
          QObject::tr("%1: %2 is open for writing in another program (it has a -wal file); "
                      "close it there and run again: it was left unchanged")
              .arg(target->parameter, target->file));
    if (target->isGeoPackage) {
      // Rows that a WAL-mode connection (QGIS storing the style) left in the -wal file go into
      // the file itself, which leaves WAL mode: the -wal file keeps the temporary name and would
      // not move with it.
      try {
        resilience::settleSqliteDatabase(QFile::encodeName(target->temporary).toStdString());
      } catch (const std::runtime_error &e) {
        throw QgsProcessingException(
            QObject::tr("%1: cannot finish %2: %3")
                .arg(target->parameter, target->temporary, QString::fromLocal8Bit(e.what())));
      }
    }
    for (const QString &name : stagedFiles(*target))
      syncFile(QDir(target->folder).filePath(name));
    for (const QString &name : stagedFiles(*target)) {
      if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ||
          name.endsWith(QLatin1String("-journal")))
        continue; // SQLite's, for the temporary name; removed with the other leftovers
      const QString from = QDir(target->folder).filePath(name);
      const QString to = QDir(target->folder)
                             .filePath(target->targetBase + name.mid(target->temporaryBase.size()));
      if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw QgsProcessingException(
            QObject::tr("%1: cannot move %2 to %3: %4")
                .arg(target->parameter, from, to, QString::fromLocal8Bit(std::strerror(errno))));
    }
    syncFile(target->folder);
  }
  mCommitted = true;

  for (auto it = results.begin(); it != results.end(); ++it)
    if (it.value().type() == QVariant::String)
      for (const auto &target : mTargets)
        it.value() = retargeted(it.value().toString(), *target);
  QMap<QString, QgsProcessingContext::LayerDetails> load;
  const auto toLoad = context.layersToLoadOnCompletion();
  for (auto it = toLoad.constBegin(); it != toLoad.constEnd(); ++it) {
    QString key = it.key();
    for (const auto &target : mTargets)
      key = retargeted(key, *target);
    load.insert(key, it.value());
    // The details move to the target's key with their post-processor (owned by the context).
    // setLayersToLoadOnCompletion deletes the post-processor of every key that goes, so the old
    // entry lets go of it first: plain assignment, which (unlike setPostProcessor) deletes
    // nothing.
    if (key != it.key())
      context.layerToLoadOnCompletionDetails(it.key()) = QgsProcessingContext::LayerDetails();
  }
  context.setLayersToLoadOnCompletion(load);
}
