#pragma once
// Reading polygon WKB into GEOS, including blobs GEOS's own reader refuses although they are
// well-formed WKB: rings with fewer than four points or not closed (as left by quantised or
// simplified data, e.g. TopoJSON). Such rings cannot carry area: they are dropped (a polygon whose
// shell is dropped goes with it) and unclosed rings are closed, before the usual validity repair.
#include "geos_context.h"

#include <vector>

namespace resilience {

// Null when the blob is not WKB at all. `rebuilt` is set when degenerate rings had to be dropped or
// closed; the caller reports such features as repaired.
GeosGeometry readWkbLenient(const GeosThreadContext &ctx, const std::vector<unsigned char> &wkb,
                            bool &rebuilt);

} // namespace resilience
