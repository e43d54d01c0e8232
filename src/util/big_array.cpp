// util/big_array — see big_array.h.
#include "util/big_array.h"

#include <sys/mman.h>

#include <atomic>
#include <cstdint>
#include <new>

#include "util/parallel.h"

namespace scip::util {

namespace {
size_t mapped_size(size_t bytes) { return (bytes + kBigArrayBytes - 1) / kBigArrayBytes * kBigArrayBytes; }
}  // namespace

void* big_allocate(size_t bytes) {
  if (bytes < kBigArrayBytes) return ::operator new(bytes);
  void* p = mmap(nullptr, mapped_size(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, mapped_size(bytes), MADV_HUGEPAGE);  // advice: refused (huge pages off) is fine
#endif
  return p;
}

void big_deallocate(void* p, size_t bytes) {
  if (!p) return;
  if (bytes < kBigArrayBytes) {
    ::operator delete(p);
    return;
  }
  munmap(p, mapped_size(bytes));
}

bool prefault(void* p, size_t bytes, unsigned threads) {
#ifdef MADV_POPULATE_WRITE
  if (!p || bytes < kBigArrayBytes) return false;
  constexpr uintptr_t kPage = 4096;
  const uintptr_t first = reinterpret_cast<uintptr_t>(p) / kPage * kPage;
  const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes + kPage - 1) / kPage * kPage;
  const Stretches shares((end - first) / kPage, threads, 1);  // of pages
  std::atomic<bool> refused{false};
  parallel_for(shares.count, static_cast<unsigned>(shares.count), [&](size_t k) {
    uintptr_t from = first + shares.begin(k) * kPage, to = first + shares.end(k) * kPage;
    if (to > from && madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE) != 0)
      refused = true;  // an older kernel: the pages fault in on first touch
  });
  return !refused;
#else
  (void)p, (void)bytes, (void)threads;
  return false;
#endif
}

}  // namespace scip::util
