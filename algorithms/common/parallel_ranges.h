#pragma once
// Splits [0, n) into contiguous chunks, one per thread. Each chunk gets its own index so callers
// can keep per-thread buffers and concatenate them in chunk order: results never depend on the
// thread count.
#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace resilience {

inline unsigned effectiveThreads(unsigned requested, std::size_t work) {
  unsigned t = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t minPerThread = 4096; // below this, starting threads costs more than it saves
  return static_cast<unsigned>(
      std::max<std::size_t>(1, std::min<std::size_t>(t, work / minPerThread + 1)));
}

// Threads for items that each cost a lot (a feature's permutations, a region's union): as
// requested (0 = all hardware threads), at most one per item, so even a few items are split.
inline unsigned costlyItemThreads(unsigned requested, std::size_t items) {
  const unsigned t = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(t, items)));
}

// fn(chunk, begin, end) for chunk in [0, chunks); exceptions are rethrown in the caller.
template <class Fn> void forEachChunk(std::size_t n, unsigned chunks, Fn &&fn) {
  if (chunks <= 1) {
    fn(0u, std::size_t{0}, n);
    return;
  }
  std::vector<std::thread> threads;
  std::vector<std::exception_ptr> errors(chunks);
  for (unsigned c = 0; c < chunks; ++c)
    threads.emplace_back([&, c] {
      try {
        fn(c, n * c / chunks, n * (c + 1) / chunks);
      } catch (...) {
        errors[c] = std::current_exception();
      }
    });
  for (auto &t : threads)
    t.join();
  for (auto &e : errors)
    if (e)
      std::rethrow_exception(e);
}

} // namespace resilience
