#include "malloc_tuning.h"

#include <cstdlib>
#include <unistd.h>

void restartWithBatchMallocTuning(char *argv[]) {
#if defined(__GLIBC__)
  if (std::getenv("GLIBC_TUNABLES") || std::getenv("RESILIENCE_MALLOC_DEFAULTS"))
    return;
  setenv("GLIBC_TUNABLES",
         "glibc.malloc.trim_threshold=4294967296:glibc.malloc.top_pad=268435456:"
         "glibc.malloc.mmap_threshold=33554432:glibc.malloc.hugetlb=1",
         1);
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES"); // the restart failed: go on with the defaults
#else
  (void)argv;
#endif
}
