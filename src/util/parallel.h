// util/parallel — a loop whose iterations run on all cores.
//
// The checker reads its files this way (each YAML file, then each CSV, on a
// core of its own), and progress builds each plan's rows this way. The
// iterations take the next index from one counter, so a long one does not
// hold up the short ones after it; each writes only to its own place, and
// the caller puts the results in order afterwards. A job that throws (a bug,
// memory running out, a file that cannot be read) stops the loop from taking
// more, and once every thread has stopped, the exception of the lowest index
// that threw is thrown again on the calling thread: the one a loop on one
// thread would have thrown (every lower index was taken, so it ran).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace scip::util {

// `threads`, or one per core when it is 0.
inline unsigned thread_count(unsigned threads) {
  return threads ? threads : std::max(1u, std::thread::hardware_concurrency());
}

// n items cut into as many stretches as `threads` (0: one per core), each
// of at least `fewest` items where n allows (fewer are not worth a thread);
// stretch k is [begin(k), end(k)), the stretches in the items' order.
struct Stretches {
  Stretches(size_t items, unsigned threads, size_t fewest) : n(items) {
    size_t fit = n / std::max<size_t>(fewest, 1);  // stretches of at least `fewest`
    count = std::min<size_t>(thread_count(threads), std::max<size_t>(fit, n > 0 ? 1 : 0));
  }
  size_t begin(size_t k) const { return n * k / count; }
  size_t end(size_t k) const { return n * (k + 1) / count; }
  size_t n = 0, count = 0;
};

// Runs job(i) for each i in [0, n), on `threads` threads (0: one per core),
// the calling thread among them; returns when every job has returned.
template <class Job>
void parallel_for(size_t n, unsigned threads, Job job) {
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  size_t failed_at = n;  // the lowest index that threw
  std::mutex failure_mutex;
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        job(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (i < failed_at) {
          failed_at = i;
          failure = std::current_exception();
        }
        next = n;  // no more taken
      }
    }
  };
  threads = static_cast<unsigned>(std::min<size_t>(thread_count(threads), std::max<size_t>(n, 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace scip::util
