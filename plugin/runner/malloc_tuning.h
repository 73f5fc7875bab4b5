#pragma once
// glibc's allocator tuned for batch runs over hundreds of thousands of features. Each step of a
// run allocates a layer's worth of small objects (QGIS features, their attributes and geometry)
// and frees the previous step's; with glibc's defaults the freed memory goes back to the kernel
// and the next wave faults it in again, 4 KiB at a time. Kept memory (trim_threshold, top_pad,
// mmap_threshold) backed by transparent huge pages (hugetlb=1, glibc 2.35+) took the
// million-neighbourhood pipeline from 79 s to 61 s on the development VM (docs/pipeline.md), for
// 0.2 GB more peak memory.
//
// glibc reads these tunables only when a process starts, so the runner restarts itself once with
// GLIBC_TUNABLES set. A GLIBC_TUNABLES the user set is left alone (and nothing restarts), as is
// RESILIENCE_MALLOC_DEFAULTS=1, which keeps glibc's defaults.

// Returns only if no restart was needed or possible; argv as main() received it.
void restartWithBatchMallocTuning(char *argv[]);
