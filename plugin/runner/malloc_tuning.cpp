#include "malloc_tuning.h"

#include <cstdlib>

void setBatchMallocTuning() {
#if defined(__GLIBC__)
  if (std::getenv("GLIBC_TUNABLES") || std::getenv("RESILIENCE_MALLOC_DEFAULTS"))
    return;
  setenv("GLIBC_TUNABLES",
         "glibc.malloc.trim_threshold=4294967296:glibc.malloc.top_pad=268435456:"
         "glibc.malloc.mmap_threshold=262144:glibc.malloc.mxfast=0:glibc.malloc.hugetlb=1",
         1);
#endif
}
