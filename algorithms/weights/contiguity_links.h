#pragma once
// Shared machinery of the contiguity builders: links between features, a Morton (Z-order) spatial
// key, grouping of entries with equal keys by a two-pass counting sort, and the CSR build.
// Internal to algorithms/contiguity*.cpp.
#include "common/huge_pages.h"
#include "common/parallel_ranges.h"
#include "io/polygon_input.h"
#include "weights/spatial_weights.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace resilience::contiguity_detail {

// Undirected links {i, j} with i < j, packed as (i << 32) | j; mirrored when the CSR is built.
using Pairs = std::vector<std::uint64_t>;

inline void addLink(Pairs &out, std::uint32_t a, std::uint32_t b) {
  if (a > b)
    std::swap(a, b);
  out.push_back((std::uint64_t{a} << 32) | b);
}

inline std::uint64_t spreadBits(std::uint32_t v) { // bit k moves to bit 2k
  std::uint64_t x = v;
  x = (x | (x << 16)) & 0x0000FFFF0000FFFFULL;
  x = (x | (x << 8)) & 0x00FF00FF00FF00FFULL;
  x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FULL;
  x = (x | (x << 2)) & 0x3333333333333333ULL;
  return (x | (x << 1)) & 0x5555555555555555ULL;
}

inline std::uint64_t morton(std::uint32_t ix, std::uint32_t iy) {
  return spreadBits(ix) | (spreadBits(iy) << 1);
}

// Spatial sort key: the Morton (Z-order) code of a point on a 2^32 x 2^32 grid over the layer
// extent. Equal points get equal keys and nearby points mostly nearby keys, so for spatially
// coherent input the buckets below are written and read almost in order (cache friendly), which
// a hash would not give.
class MortonKey {
public:
  explicit MortonKey(const PolygonRings &rings) {
    double maxX = -std::numeric_limits<double>::infinity(), maxY = maxX;
    for (std::size_t k = 0; k + 1 < rings.xy.size(); k += 2) {
      minX_ = std::min(minX_, rings.xy[k]);
      maxX = std::max(maxX, rings.xy[k]);
      minY_ = std::min(minY_, rings.xy[k + 1]);
      maxY = std::max(maxY, rings.xy[k + 1]);
    }
    const double span = std::max(maxX - minX_, maxY - minY_);
    scale_ = span > 0 ? 4294967295.0 / span : 0.0;
  }
  std::uint64_t operator()(double x, double y) const {
    return morton(quantise((x - minX_) * scale_), quantise((y - minY_) * scale_));
  }

private:
  static std::uint32_t quantise(double q) {
    return q >= 0 ? static_cast<std::uint32_t>(std::min(q, 4294967295.0)) : 0u;
  }
  double minX_ = std::numeric_limits<double>::infinity(), minY_ = minX_, scale_ = 0.0;
};

// Groups entries with equal keys without materialising them twice: produce(begin, end, emit)
// emits (key, entry) for sources [begin, end) and runs twice, once to count per bucket (top bits
// of the key, about 32 entries per bucket) and once to scatter into place. Then
// fn(chunk, first, last, out) sees each bucket. Every pass is split over threads; each thread
// appends links to its own list.
template <class Entry, class Produce, class Fn>
std::vector<Pairs> groupByKey(std::size_t sources, std::size_t expectedEntries, unsigned threads,
                              Produce produce, Fn fn) {
  int bits = 1;
  while ((std::size_t{1} << bits) < expectedEntries / 32 + 1 && bits < 30)
    ++bits;
  const int shift = 64 - bits;
  const std::size_t buckets = std::size_t{1} << bits;
  const unsigned chunks = effectiveThreads(threads, expectedEntries);
  std::vector<std::vector<std::size_t>> next(chunks, std::vector<std::size_t>(buckets, 0));
  forEachChunk(sources, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    auto &count = next[c];
    produce(b, e, [&](std::uint64_t key, const Entry &) { ++count[key >> shift]; });
  });
  std::vector<std::size_t> start(buckets + 1, 0);
  std::size_t total = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    start[b] = total;
    for (unsigned c = 0; c < chunks; ++c) {
      const std::size_t count = next[c][b];
      next[c][b] = total; // where chunk c writes its first entry of bucket b
      total += count;
    }
  }
  start[buckets] = total;
  std::unique_ptr<Entry[]> sorted(new Entry[total]); // not zero-filled: every slot is written
  adviseHugePages(sorted.get(), total * sizeof(Entry));
  forEachChunk(sources, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    auto &at = next[c];
    produce(b, e,
            [&](std::uint64_t key, const Entry &entry) { sorted[at[key >> shift]++] = entry; });
  });
  std::vector<std::vector<std::size_t>>().swap(next);
  std::vector<Pairs> links(chunks);
  forEachChunk(buckets, chunks, [&](unsigned c, std::size_t b, std::size_t e) {
    links[c].reserve(total / chunks); // address space only; untouched pages cost nothing
    adviseHugePages(links[c].data(), links[c].capacity() * sizeof(std::uint64_t));
    for (std::size_t bucket = b; bucket < e; ++bucket)
      if (start[bucket + 1] - start[bucket] > 1) {
        const std::size_t before = links[c].size();
        fn(c, sorted.get() + start[bucket], sorted.get() + start[bucket + 1], links[c]);
        // A bucket often finds the same pair several times (near-by vertices and segments).
        const auto first = links[c].begin() + static_cast<std::ptrdiff_t>(before);
        std::sort(first, links[c].end());
        links[c].erase(std::unique(first, links[c].end()), links[c].end());
      }
  });
  return links;
}

// Feature of every ring, so that passes can split the rings over threads.
std::vector<std::uint32_t> ringFeatures(const PolygonRings &rings);

// CSR from undirected links (both directions, duplicates removed, rows sorted).
SpatialWeights weightsFromLinks(std::size_t n, const std::vector<Pairs> &links, unsigned threads,
                                std::string provenance);

} // namespace resilience::contiguity_detail
