// GAL and GWT readers take file paths, so each input is written to an anonymous in-memory file
// (memfd) and read back through /proc/self/fd. The layer has ten features with ids "0".."9"; an
// accepted file must give CSR weights with exactly those ten rows and in-range neighbours.
#include "common/input_error.h"
#include "fuzz_input.h"
#include "io/weights_io.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>

using namespace resilience;

namespace {

const std::vector<std::string> &featureIds() {
  static const std::vector<std::string> ids{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  return ids;
}

// A file descriptor holding the bytes, closed when the target returns.
class MemoryFile {
public:
  MemoryFile(const std::uint8_t *data, std::size_t size) : fd_(memfd_create("fuzz", 0)) {
    if (fd_ < 0)
      std::abort();
    for (std::size_t written = 0; written < size;) {
      const ssize_t n = write(fd_, data + written, size - written);
      if (n <= 0)
        std::abort();
      written += static_cast<std::size_t>(n);
    }
  }
  ~MemoryFile() { close(fd_); }
  MemoryFile(const MemoryFile &) = delete;
  MemoryFile &operator=(const MemoryFile &) = delete;
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

private:
  int fd_;
};

template <typename Reader> void readAndCheck(Reader reader, const std::string &path) {
  try {
    const SpatialWeights weights = reader(path, featureIds());
    if (weights.size() != featureIds().size())
      std::abort();
    for (std::uint32_t j : weights.neighbours())
      if (j >= weights.size())
        std::abort();
    weights.report();
  } catch (const InputError &) {
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const MemoryFile file(data, size);
  readAndCheck(readGal, file.path());
  readAndCheck(readGwt, file.path());
  return 0;
}
