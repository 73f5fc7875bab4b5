#include "io/wkb_reading.h"

#include "common/input_error.h"

#include <cstdint>
#include <cstring>

namespace resilience {
namespace {

// Bounds-checked WKB cursor (ISO and EWKB dimension flags, either byte order).
class WkbCursor {
public:
  explicit WkbCursor(const std::vector<unsigned char> &wkb) : data_(wkb) {}
  bool ok() const { return ok_; }
  std::uint32_t uint32(bool little) {
    unsigned char b[4];
    if (!take(b, 4))
      return 0;
    return little ? (std::uint32_t{b[0]} | std::uint32_t{b[1]} << 8 | std::uint32_t{b[2]} << 16 |
                     std::uint32_t{b[3]} << 24)
                  : (std::uint32_t{b[3]} | std::uint32_t{b[2]} << 8 | std::uint32_t{b[1]} << 16 |
                     std::uint32_t{b[0]} << 24);
  }
  double float64(bool little) {
    unsigned char b[8];
    if (!take(b, 8))
      return 0.0;
    const bool hostLittle = [] {
      const std::uint16_t one = 1;
      unsigned char first;
      std::memcpy(&first, &one, 1);
      return first == 1;
    }();
    if (little != hostLittle)
      for (int k = 0; k < 4; ++k)
        std::swap(b[k], b[7 - k]);
    double v;
    std::memcpy(&v, b, 8);
    return v;
  }
  // Byte order and type header: returns the base type (3 polygon, 6 multipolygon, ...) and the
  // number of ordinates per point.
  std::uint32_t header(bool &little, int &dims) {
    unsigned char order = 0;
    if (!take(&order, 1) || order > 1) {
      ok_ = false;
      return 0;
    }
    little = order == 1;
    std::uint32_t type = uint32(little);
    dims = 2 + ((type & 0x80000000u) ? 1 : 0) + ((type & 0x40000000u) ? 1 : 0);
    if (type & 0x20000000u)
      uint32(little); // EWKB SRID
    type &= 0x0fffffffu;
    const std::uint32_t iso = type / 1000;
    if (iso == 1 || iso == 2)
      dims = 3;
    else if (iso == 3)
      dims = 4;
    return type % 1000;
  }
  // Guards counts against the bytes left, so a corrupt count cannot allocate gigabytes.
  bool plausible(std::uint32_t count, std::size_t bytesEach) {
    if (count > (data_.size() - pos_) / bytesEach)
      ok_ = false;
    return ok_;
  }

private:
  bool take(unsigned char *out, std::size_t n) {
    if (!ok_ || data_.size() - pos_ < n) {
      ok_ = false;
      return false;
    }
    std::memcpy(out, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  const std::vector<unsigned char> &data_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

using Ring = std::vector<double>; // x, y interleaved

// Reads one WKB polygon body; rings keep only x, y.
bool readPolygon(WkbCursor &in, bool little, int dims, std::vector<Ring> &rings) {
  const std::uint32_t count = in.uint32(little);
  if (!in.plausible(count, 4))
    return false;
  for (std::uint32_t r = 0; r < count; ++r) {
    const std::uint32_t points = in.uint32(little);
    if (!in.plausible(points, 8 * static_cast<std::size_t>(dims)))
      return false;
    Ring ring;
    ring.reserve(2 * std::size_t{points});
    for (std::uint32_t p = 0; p < points; ++p) {
      ring.push_back(in.float64(little));
      ring.push_back(in.float64(little));
      for (int d = 2; d < dims; ++d)
        in.float64(little);
    }
    rings.push_back(std::move(ring));
  }
  return in.ok();
}

// Closes an open ring; false if it has fewer than four points (no area).
bool closeRing(Ring &ring, bool &changed) {
  const std::size_t n = ring.size() / 2;
  const bool closed = n > 0 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1];
  if (!ringNeedsRepair(n, closed))
    return true;
  if (n > 0 && !closed) {
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    changed = true;
  }
  return ring.size() / 2 >= 4;
}

GEOSGeometry *makeRing(GEOSContextHandle_t h, const Ring &ring) {
  GEOSCoordSequence *seq =
      GEOSCoordSeq_copyFromBuffer_r(h, ring.data(), static_cast<unsigned>(ring.size() / 2), 0, 0);
  return GEOSGeom_createLinearRing_r(h, seq);
}

GEOSGeometry *makePolygon(GEOSContextHandle_t h, std::vector<Ring> &rings, bool &changed) {
  if (rings.empty() || !closeRing(rings[0], changed)) {
    changed = changed || !rings.empty();
    return nullptr;
  }
  std::vector<GEOSGeometry *> holes;
  for (std::size_t r = 1; r < rings.size(); ++r) {
    if (closeRing(rings[r], changed))
      holes.push_back(makeRing(h, rings[r]));
    else
      changed = true;
  }
  return GEOSGeom_createPolygon_r(h, makeRing(h, rings[0]), holes.data(),
                                  static_cast<unsigned>(holes.size()));
}

void putUint32(std::vector<unsigned char> &out, std::uint32_t v) {
  for (int k = 0; k < 4; ++k)
    out.push_back(static_cast<unsigned char>(v >> (8 * k)));
}

void putFloat64(std::vector<unsigned char> &out, double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, 8);
  for (int k = 0; k < 8; ++k)
    out.push_back(static_cast<unsigned char>(bits >> (8 * k)));
}

} // namespace

std::vector<unsigned char> withoutDegenerateRings(const std::vector<unsigned char> &wkb,
                                                  std::size_t &dropped) {
  dropped = 0;
  WkbCursor in(wkb);
  bool little = true;
  int dims = 2;
  const std::uint32_t type = in.header(little, dims);
  std::vector<std::vector<Ring>> parts;
  bool ok = in.ok();
  if (ok && type == 3) {
    parts.emplace_back();
    ok = readPolygon(in, little, dims, parts.back());
  } else if (ok && type == 6) {
    const std::uint32_t count = in.uint32(little);
    ok = in.plausible(count, 9);
    for (std::uint32_t k = 0; ok && k < count; ++k) {
      bool partLittle = true;
      int partDims = 2;
      parts.emplace_back();
      ok = in.header(partLittle, partDims) == 3 &&
           readPolygon(in, partLittle, partDims, parts.back());
    }
  } else {
    ok = false;
  }
  if (!ok)
    return {};
  bool changed = false;
  std::vector<std::vector<Ring>> kept;
  for (std::vector<Ring> &rings : parts) {
    if (rings.empty())
      continue;
    if (!closeRing(rings[0], changed)) {
      dropped += rings.size(); // the shell and every hole it held
      continue;
    }
    std::vector<Ring> part{std::move(rings[0])};
    for (std::size_t r = 1; r < rings.size(); ++r) {
      if (closeRing(rings[r], changed))
        part.push_back(std::move(rings[r]));
      else
        ++dropped;
    }
    kept.push_back(std::move(part));
  }
  if (dropped == 0 && !changed)
    return {};
  std::vector<unsigned char> out{1};
  putUint32(out, 6);
  putUint32(out, static_cast<std::uint32_t>(kept.size()));
  for (const std::vector<Ring> &part : kept) {
    out.push_back(1);
    putUint32(out, 3);
    putUint32(out, static_cast<std::uint32_t>(part.size()));
    for (const Ring &ring : part) {
      putUint32(out, static_cast<std::uint32_t>(ring.size() / 2));
      for (double v : ring)
        putFloat64(out, v);
    }
  }
  return out;
}

GeosGeometry readWkbLenient(const GeosThreadContext &ctx, const std::vector<unsigned char> &wkb,
                            bool &rebuilt) {
  rebuilt = false;
  if (GeosGeometry g = ctx.read(wkb))
    return g;
  GEOSContextHandle_t h = ctx.handle();
  WkbCursor in(wkb);
  bool little = true;
  int dims = 2;
  const std::uint32_t type = in.header(little, dims);
  std::vector<GEOSGeometry *> polygons;
  auto add = [&](std::vector<Ring> &rings) {
    if (GEOSGeometry *p = makePolygon(h, rings, rebuilt))
      polygons.push_back(p);
  };
  bool ok = in.ok();
  if (ok && type == 3) {
    std::vector<Ring> rings;
    ok = readPolygon(in, little, dims, rings);
    if (ok)
      add(rings);
  } else if (ok && type == 6) {
    const std::uint32_t parts = in.uint32(little);
    ok = in.plausible(parts, 9);
    for (std::uint32_t k = 0; ok && k < parts; ++k) {
      bool partLittle = true;
      int partDims = 2;
      std::vector<Ring> rings;
      ok = in.header(partLittle, partDims) == 3 && readPolygon(in, partLittle, partDims, rings);
      if (ok)
        add(rings);
    }
  } else {
    ok = false; // other types GEOS could not read are not polygons we can rebuild
  }
  if (!ok) {
    for (auto *p : polygons)
      GEOSGeom_destroy_r(h, p);
    return ctx.own(nullptr);
  }
  rebuilt = true;
  return ctx.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                             static_cast<unsigned>(polygons.size())));
}

ValidGeometry readValidGeometry(const GeosThreadContext &ctx, const std::vector<unsigned char> &wkb,
                                std::size_t feature,
                                const std::function<void(const GEOSGeometry *)> &check) {
  ValidGeometry read;
  read.geometry = readWkbLenient(ctx, wkb, read.repaired);
  if (!read.geometry)
    throw InputError(featureAtPosition(feature) + ": the geometry is not readable WKB");
  if (check)
    check(read.geometry.get());
  GEOSContextHandle_t h = ctx.handle();
  if (GEOSisEmpty_r(h, read.geometry.get()) == 1) {
    read.geometry.reset();
    return read;
  }
  if (GEOSisValid_r(h, read.geometry.get()) != 1) {
    GeosGeometry valid = ctx.own(GEOSMakeValid_r(h, read.geometry.get()));
    if (!valid)
      throw InputError(featureAtPosition(feature) +
                       ": the geometry is invalid and GEOS could not repair it");
    read.geometry = std::move(valid);
    read.repaired = true;
  }
  return read;
}

} // namespace resilience
