#pragma once
// Asks Linux for transparent huge pages on a large buffer before it is first written. The weights
// builders stream through a few hundred MB of fresh memory for a million polygons; with 4 KiB
// pages the page faults cost as much as the computation itself (measured 2x on the benchmark VM).
// Only a hint: without THP (or off Linux) nothing changes.
#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace resilience {

inline void adviseHugePages(const void *data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  if (data == nullptr || bytes < 2 * huge)
    return;
  const auto address = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t begin = (address + huge - 1) & ~(huge - 1);
  const std::uintptr_t end = (address + bytes) & ~(huge - 1);
  if (end > begin)
    madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

} // namespace resilience
