#pragma once
// One GEOS context (reentrant C API) per thread, with a WKB reader and owning geometry pointers.
#include <geos_c.h>

#include <functional>
#include <memory>
#include <vector>

namespace resilience {

using GeosGeometry = std::unique_ptr<GEOSGeometry, std::function<void(GEOSGeometry *)>>;

class GeosThreadContext {
public:
  GeosThreadContext() : handle_(GEOS_init_r()), reader_(GEOSWKBReader_create_r(handle_)) {}
  ~GeosThreadContext() {
    GEOSWKBReader_destroy_r(handle_, reader_);
    GEOS_finish_r(handle_);
  }
  GeosThreadContext(const GeosThreadContext &) = delete;
  GeosThreadContext &operator=(const GeosThreadContext &) = delete;

  GEOSContextHandle_t handle() const { return handle_; }
  // Null if the blob is not readable WKB.
  GeosGeometry read(const std::vector<unsigned char> &wkb) const {
    return own(GEOSWKBReader_read_r(handle_, reader_, wkb.data(), wkb.size()));
  }
  GeosGeometry own(GEOSGeometry *g) const {
    GEOSContextHandle_t h = handle_;
    return GeosGeometry(g, [h](GEOSGeometry *p) { GEOSGeom_destroy_r(h, p); });
  }

private:
  GEOSContextHandle_t handle_;
  GEOSWKBReader *reader_;
};

} // namespace resilience
