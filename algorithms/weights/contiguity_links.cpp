#include "weights/contiguity_links.h"

namespace resilience::contiguity_detail {

// CSR from undirected links (both directions, duplicates removed, rows sorted), filled in
// parallel: each chunk of links writes its own slice of every row.
SpatialWeights weightsFromLinks(std::size_t n, const std::vector<Pairs> &links, unsigned threads,
                                std::string provenance) {
  const unsigned chunks = static_cast<unsigned>(links.size());
  std::vector<std::vector<std::size_t>> position(chunks, std::vector<std::size_t>(n, 0));
  forEachChunk(chunks, chunks, [&](unsigned, std::size_t c, std::size_t) {
    for (auto l : links[c]) {
      ++position[c][l >> 32];
      ++position[c][l & 0xffffffffu];
    }
  });
  std::vector<std::size_t> offsets(n + 1, 0);
  for (std::size_t i = 0, at = 0; i < n; ++i) {
    offsets[i] = at;
    for (unsigned c = 0; c < chunks; ++c) {
      const std::size_t count = position[c][i];
      position[c][i] = at;
      at += count;
    }
    offsets[i + 1] = at;
  }
  std::vector<std::uint32_t> all;
  all.reserve(offsets[n]);
  adviseHugePages(all.data(), offsets[n] * sizeof(std::uint32_t));
  all.resize(offsets[n]);
  forEachChunk(chunks, chunks, [&](unsigned, std::size_t c, std::size_t) {
    for (auto l : links[c]) {
      const auto i = static_cast<std::uint32_t>(l >> 32), j = static_cast<std::uint32_t>(l);
      all[position[c][i]++] = j;
      all[position[c][j]++] = i;
    }
  });
  std::vector<std::vector<std::size_t>>().swap(position);
  const unsigned rowChunks = effectiveThreads(threads, n);
  std::vector<std::size_t> unique(n + 1, 0);
  forEachChunk(n, rowChunks, [&](unsigned, std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) {
      std::uint32_t *first = all.data() + offsets[i], *last = all.data() + offsets[i + 1];
      std::sort(first, last);
      unique[i + 1] = static_cast<std::size_t>(std::unique(first, last) - first);
    }
  });
  for (std::size_t i = 0; i < n; ++i)
    unique[i + 1] += unique[i];
  // Compact the rows in place (each moves left or stays), so the array becomes the CSR.
  for (std::size_t i = 0; i < n; ++i)
    std::copy(all.begin() + static_cast<std::ptrdiff_t>(offsets[i]),
              all.begin() + static_cast<std::ptrdiff_t>(offsets[i] + unique[i + 1] - unique[i]),
              all.begin() + static_cast<std::ptrdiff_t>(unique[i]));
  all.resize(unique[n]);
  std::vector<double> weights;
  weights.reserve(unique[n]);
  adviseHugePages(weights.data(), unique[n] * sizeof(double));
  weights.assign(unique[n], 1.0);
  return SpatialWeights(std::move(unique), std::move(all), std::move(weights),
                        std::move(provenance));
}

// Feature of every ring, so that passes can split the rings over threads.
std::vector<std::uint32_t> ringFeatures(const PolygonRings &rings) {
  std::vector<std::uint32_t> feature(rings.ringStart.size() - 1);
  for (std::size_t f = 0; f < rings.features(); ++f)
    for (std::size_t r = rings.featureRingStart[f]; r < rings.featureRingStart[f + 1]; ++r)
      feature[r] = static_cast<std::uint32_t>(f);
  return feature;
}

} // namespace resilience::contiguity_detail
