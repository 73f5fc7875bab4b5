#include "io/geopackage_rows.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace resilience {
namespace {

void appendLittleEndian(std::vector<unsigned char> &bytes, std::uint64_t value, int size) {
  for (int i = 0; i < size; ++i)
    bytes.push_back(static_cast<unsigned char>(value >> (8 * i)));
}

void appendDouble(std::vector<unsigned char> &bytes, double value) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  appendLittleEndian(bytes, bits, 8);
}

// Appends the GeoPackage geometry blob (GeoPackage 1.3, clause 2.1.3): "GP", version 0, flags
// (little endian; an xy envelope, or none with the empty bit set), the srs_id, the envelope, the
// WKB.
void appendGeometryBlob(std::vector<unsigned char> &blob, std::int32_t srsId,
                        const unsigned char *wkb, std::size_t bytes,
                        const std::optional<Envelope> &box) {
  const unsigned char littleEndian = 0x01, xyEnvelope = 0x02, empty = 0x10;
  blob.insert(blob.end(),
              {'G', 'P', 0, static_cast<unsigned char>(littleEndian | (box ? xyEnvelope : empty))});
  appendLittleEndian(blob, static_cast<std::uint32_t>(srsId), 4);
  if (box)
    for (double value : {box->minX, box->maxX, box->minY, box->maxY})
      appendDouble(blob, value);
  blob.insert(blob.end(), wkb, wkb + bytes);
}

bool finiteBox(const Envelope &box) {
  return std::isfinite(box.minX) && std::isfinite(box.maxX) && std::isfinite(box.minY) &&
         std::isfinite(box.maxY);
}

// Rows handed to the inserting thread at a time, and batches waiting for it at most: enough to
// keep it busy, little enough that a layer is not held in memory twice.
constexpr std::size_t kBatchRows = 4096;
constexpr std::size_t kQueuedBatches = 2;

} // namespace

struct GeoPackageRowWriter::Value {
  enum class Kind : std::uint8_t { Null, Integer, Real, Text };
  Kind kind = Kind::Null;
  std::int64_t integer = 0;
  double real = 0.0;
  std::size_t offset = 0, bytes = 0; // a text's place in Batch::bytes
};

struct GeoPackageRowWriter::Batch {
  struct Row {
    std::size_t blobOffset = 0, blobBytes = 0;
    bool hasBlob = false;
    std::optional<Envelope> box;
  };
  std::vector<Value> values;        // the columns of each row in turn
  std::vector<unsigned char> bytes; // texts and geometry blobs
  std::vector<Row> rows;

  void clear() {
    values.clear();
    bytes.clear();
    rows.clear();
  }
};

// The thread that inserts the batches, in order, through the writer's prepared INSERT.
class GeoPackageRowWriter::Inserter {
public:
  Inserter(SqliteConnection &db, sqlite3_stmt *insert, bool hasGeometry, std::size_t columns)
      : db_(db), insert_(insert), hasGeometry_(hasGeometry), columns_(columns),
        thread_([this] { run(); }) {}
  // Without finish(): stops after the batch being inserted (the writer rolls back).
  ~Inserter() {
    if (!thread_.joinable())
      return;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      abandoned_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

  // Queues `full` (waiting while the queue is full) and returns an empty batch. Throws the
  // thread's error.
  std::unique_ptr<Batch> exchange(std::unique_ptr<Batch> full) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return queued_.size() < kQueuedBatches || !error_.empty(); });
    if (!error_.empty())
      throw std::runtime_error(error_);
    queued_.push_back(std::move(full));
    std::unique_ptr<Batch> empty;
    if (spare_.empty()) {
      empty = std::make_unique<Batch>();
    } else {
      empty = std::move(spare_.back());
      spare_.pop_back();
    }
    lock.unlock();
    changed_.notify_all();
    return empty;
  }

  // Inserts `last` after the queued batches and stops; returns the rows' boxes. Throws the
  // thread's error.
  std::vector<BoxEntry> finish(std::unique_ptr<Batch> last) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      queued_.push_back(std::move(last));
      closing_ = true;
    }
    changed_.notify_all();
    thread_.join();
    if (!error_.empty())
      throw std::runtime_error(error_);
    return std::move(boxes_);
  }

private:
  void run() {
    while (true) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return !queued_.empty() || closing_ || abandoned_; });
        if (abandoned_ || queued_.empty())
          return;
        batch = std::move(queued_.front());
        queued_.pop_front();
      }
      try {
        insert(*batch);
      } catch (const std::exception &error) {
        {
          const std::lock_guard<std::mutex> lock(mutex_);
          error_ = error.what();
        }
        changed_.notify_all();
        return;
      }
      batch->clear();
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        spare_.push_back(std::move(batch));
      }
      changed_.notify_all();
    }
  }

  void insert(const Batch &batch) {
    const int first = hasGeometry_ ? 2 : 1;
    for (std::size_t r = 0; r < batch.rows.size(); ++r) {
      const Batch::Row &row = batch.rows[r];
      for (std::size_t c = 0; c < columns_; ++c) {
        const Value &value = batch.values[r * columns_ + c];
        const int parameter = static_cast<int>(c) + first;
        switch (value.kind) {
        case Value::Kind::Null:
          break;
        case Value::Kind::Integer:
          sqlite3_bind_int64(insert_, parameter, value.integer);
          break;
        case Value::Kind::Real:
          sqlite3_bind_double(insert_, parameter, value.real);
          break;
        case Value::Kind::Text:
          sqlite3_bind_text64(insert_, parameter,
                              reinterpret_cast<const char *>(batch.bytes.data() + value.offset),
                              value.bytes, SQLITE_STATIC, SQLITE_UTF8);
          break;
        }
      }
      if (row.hasBlob)
        sqlite3_bind_blob64(insert_, 1, batch.bytes.data() + row.blobOffset, row.blobBytes,
                            SQLITE_STATIC);
      db_.step(insert_);
      sqlite3_clear_bindings(insert_);
      if (row.box && finiteBox(*row.box))
        boxes_.push_back(
            {db_.lastInsertedRow(), row.box->minX, row.box->maxX, row.box->minY, row.box->maxY});
    }
  }

  SqliteConnection &db_;
  sqlite3_stmt *insert_;
  const bool hasGeometry_;
  const std::size_t columns_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Batch>> queued_;
  std::vector<std::unique_ptr<Batch>> spare_;
  bool closing_ = false, abandoned_ = false;
  std::string error_;
  std::vector<BoxEntry> boxes_; // the thread's until it has stopped
  std::thread thread_;          // last: started once the rest is ready
};

GeoPackageRowWriter::GeoPackageRowWriter(const std::string &file, const std::string &layer,
                                         const std::vector<std::string> &columns, bool synchronous)
    : layer_(layer) {
  db_.emplace(file, "GeoPackage " + file + ", layer " + layer + ": ");
  SqliteConnection &db = *db_;

  std::vector<std::string> existing;
  {
    SqliteStatement info(db.prepare("SELECT name FROM pragma_table_info(?1)"));
    sqlite3_bind_text(info.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(info.get()) == SQLITE_ROW)
      existing.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0)));
  }
  if (existing.empty())
    db.fail("the layer does not exist");
  // SQLite's names are case-insensitive (ASCII).
  const auto sameName = [](const std::string &a, const std::string &b) {
    return sqlite3_stricmp(a.c_str(), b.c_str()) == 0;
  };
  for (const std::string &column : columns)
    if (std::none_of(existing.begin(), existing.end(),
                     [&](const std::string &name) { return sameName(name, column); }))
      db.fail("it has no column " + column);

  std::string geometryColumn;
  {
    SqliteStatement geometry(db.prepare("SELECT column_name, srs_id FROM gpkg_geometry_columns "
                                        "WHERE lower(table_name) = lower(?1)"));
    sqlite3_bind_text(geometry.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(geometry.get()) == SQLITE_ROW) {
      hasGeometry_ = true;
      geometryColumn = reinterpret_cast<const char *>(sqlite3_column_text(geometry.get(), 0));
      srsId_ = sqlite3_column_int(geometry.get(), 1);
    }
  }
  {
    SqliteStatement any(db.prepare("SELECT EXISTS (SELECT 1 FROM " + sqlIdentifier(layer) + ")"));
    if (sqlite3_step(any.get()) != SQLITE_ROW || sqlite3_column_int(any.get(), 0) != 0)
      db.fail("the layer must be empty");
  }
  {
    SqliteStatement triggers(db.prepare("SELECT name, sql FROM sqlite_master WHERE type = "
                                        "'trigger' AND lower(tbl_name) = lower(?1)"));
    sqlite3_bind_text(triggers.get(), 1, layer.c_str(), -1, SQLITE_TRANSIENT);
    const std::string indexInsert = "rtree_" + layer + "_" + geometryColumn + "_insert";
    const std::string countPrefix = "trigger_insert_feature_count_";
    while (sqlite3_step(triggers.get()) == SQLITE_ROW) {
      const std::string name =
          reinterpret_cast<const char *>(sqlite3_column_text(triggers.get(), 0));
      if (hasGeometry_ && name == indexInsert)
        db.fail("its spatial index is filled by trigger (GDAL's SQL functions): create the layer "
                "with SPATIAL_INDEX=NO and pack the index afterwards");
      if (name.compare(0, countPrefix.size(), countPrefix) == 0)
        countTriggers_.emplace_back(
            name, reinterpret_cast<const char *>(sqlite3_column_text(triggers.get(), 1)));
    }
  }

  {
    // GDAL keeps feature counts there unless told not to (ADD_GPKG_OGR_CONTENTS=NO).
    SqliteStatement counts(db.prepare("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = "
                                      "'table' AND name = 'gpkg_ogr_contents')"));
    keepsCount_ = sqlite3_step(counts.get()) == SQLITE_ROW && sqlite3_column_int(counts.get(), 0);
  }

  if (!synchronous)
    db.execute("PRAGMA synchronous = OFF");
  db.execute("BEGIN IMMEDIATE");
  for (const auto &trigger : countTriggers_)
    db.execute("DROP TRIGGER " + sqlIdentifier(trigger.first));

  std::string names, values;
  int parameter = 0;
  const auto add = [&](const std::string &column) {
    const std::string separator = parameter++ ? ", " : "";
    names += separator + sqlIdentifier(column);
    values += separator + "?" + std::to_string(parameter);
  };
  if (hasGeometry_)
    add(geometryColumn);
  for (const std::string &column : columns)
    add(column);
  insert_ =
      db.prepare("INSERT INTO " + sqlIdentifier(layer) +
                 (parameter ? " (" + names + ") VALUES (" + values + ")" : " DEFAULT VALUES"));
  next_.resize(columns.size());
  batch_ = std::make_unique<Batch>();
  inserter_ = std::make_unique<Inserter>(db, insert_.get(), hasGeometry_, columns.size());
}

GeoPackageRowWriter::~GeoPackageRowWriter() {
  inserter_.reset();
  insert_.reset();
  if (!finished_ && db_)
    db_->rollback();
}

void GeoPackageRowWriter::setInteger(std::size_t column, std::int64_t value) {
  Value &at = next_.at(column);
  at.kind = Value::Kind::Integer;
  at.integer = value;
}

void GeoPackageRowWriter::setReal(std::size_t column, double value) {
  Value &at = next_.at(column);
  at.kind = Value::Kind::Real;
  at.real = value;
}

void GeoPackageRowWriter::setText(std::size_t column, const char *utf8, std::size_t bytes) {
  Value &at = next_.at(column);
  at.kind = Value::Kind::Text;
  at.offset = batch_->bytes.size();
  at.bytes = bytes;
  batch_->bytes.insert(batch_->bytes.end(), utf8, utf8 + bytes);
}

void GeoPackageRowWriter::addRow(const unsigned char *wkb, std::size_t bytes,
                                 const std::optional<Envelope> &box) {
  Batch::Row row;
  if (hasGeometry_ && wkb) {
    row.hasBlob = true;
    row.blobOffset = batch_->bytes.size();
    appendGeometryBlob(batch_->bytes, srsId_, wkb, bytes, box);
    row.blobBytes = batch_->bytes.size() - row.blobOffset;
    row.box = box;
    if (box) {
      if (!extent_)
        extent_ = box;
      extent_->minX = std::min(extent_->minX, box->minX);
      extent_->maxX = std::max(extent_->maxX, box->maxX);
      extent_->minY = std::min(extent_->minY, box->minY);
      extent_->maxY = std::max(extent_->maxY, box->maxY);
    }
  }
  batch_->values.insert(batch_->values.end(), next_.begin(), next_.end());
  batch_->rows.push_back(row);
  std::fill(next_.begin(), next_.end(), Value());
  ++rows_;
  if (batch_->rows.size() == kBatchRows)
    batch_ = inserter_->exchange(std::move(batch_));
}

std::vector<BoxEntry> GeoPackageRowWriter::finish() {
  std::vector<BoxEntry> boxes = inserter_->finish(std::move(batch_));
  inserter_.reset();
  SqliteConnection &db = *db_;
  if (keepsCount_) {
    SqliteStatement count(db.prepare("UPDATE gpkg_ogr_contents SET feature_count = ?1 WHERE "
                                     "lower(table_name) = lower(?2)"));
    sqlite3_bind_int64(count.get(), 1, rows_);
    sqlite3_bind_text(count.get(), 2, layer_.c_str(), -1, SQLITE_TRANSIENT);
    db.step(count.get());
  }
  if (extent_) {
    SqliteStatement extent(db.prepare(
        "UPDATE gpkg_contents SET min_x = ?1, max_x = ?2, min_y = ?3, max_y = ?4, last_change = "
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?5)"));
    int parameter = 0;
    for (double value : {extent_->minX, extent_->maxX, extent_->minY, extent_->maxY})
      sqlite3_bind_double(extent.get(), ++parameter, value);
    sqlite3_bind_text(extent.get(), 5, layer_.c_str(), -1, SQLITE_TRANSIENT);
    db.step(extent.get());
  }
  for (const auto &trigger : countTriggers_)
    db.execute(trigger.second);
  insert_.reset();
  db.execute("COMMIT");
  finished_ = true;
  return boxes;
}

} // namespace resilience
