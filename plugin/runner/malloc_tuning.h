#pragma once
// glibc's allocator tuned for batch runs over hundreds of thousands of features. Each step of a
// run allocates a layer's worth of small objects (QGIS features, their attributes and geometry)
// and frees the previous step's; with glibc's defaults the freed memory goes back to the kernel
// and the next wave faults it in again, 4 KiB at a time. Kept memory (trim_threshold, top_pad,
// mmap_threshold) backed by transparent huge pages (hugetlb=1, glibc 2.35+) took the
// million-neighbourhood pipeline from 79 s to 61 s on the development VM (docs/pipeline.md), for
// 0.2 GB more peak memory. Kept memory must not become unusable memory, though: blocks of 256 KiB
// and more (a column of a million numbers, an index) are mapped and unmapped on their own rather
// than left as holes between long-lived small objects (mmap_threshold), and freed small chunks
// are merged with their neighbours at once rather than kept per size in fast bins (mxfast=0):
// together 3.2 GB -> 2.1 GB of peak memory for the pipeline at a million, and 27 s -> 24 s.
//
// glibc reads these tunables only when a process starts, so `resilience_process` is a small
// launcher (runner/launcher.cpp, linked to nothing but the C library) that sets GLIBC_TUNABLES
// and starts the runner itself, `resilience_process_qgis`: QGIS and its 190 libraries are loaded
// once, by the process that uses them (the runner used to restart itself, loading them twice:
// 0.3 s of every run). A GLIBC_TUNABLES the user set is left alone, as is
// RESILIENCE_MALLOC_DEFAULTS=1, which keeps glibc's defaults.

// Sets GLIBC_TUNABLES for the process about to be started, unless the user set it or
// RESILIENCE_MALLOC_DEFAULTS.
void setBatchMallocTuning();
