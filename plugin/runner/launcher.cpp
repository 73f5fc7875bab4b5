// resilience_process: sets glibc's allocator tuning for batch runs (malloc_tuning.h) and starts
// the runner, resilience_process_qgis, in its place (same process id, arguments, standard streams
// and signals). Plain C library only, so that starting it costs next to nothing.
#include "malloc_tuning.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// The runner beside this program (the build folder, or an installation into one folder), else
// where `cmake --install` puts it.
std::string runnerPath() {
  char self[PATH_MAX];
  const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
  if (length > 0) {
    const std::string path(self, static_cast<std::size_t>(length));
    const std::string beside = path.substr(0, path.rfind('/') + 1) + "resilience_process_qgis";
    if (access(beside.c_str(), X_OK) == 0)
      return beside;
  }
  return RESILIENCE_RUNNER_INSTALLED;
}

} // namespace

int main(int, char *argv[]) {
  setBatchMallocTuning();
  const std::string runner = runnerPath();
  execv(runner.c_str(), argv);
  std::fprintf(stderr, "resilience_process: cannot start %s: %s\n", runner.c_str(),
               std::strerror(errno));
  return 1;
}
