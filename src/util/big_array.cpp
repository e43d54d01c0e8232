// util/big_array — see big_array.h.
#include "util/big_array.h"

#include <sys/mman.h>

#include <new>

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

}  // namespace scip::util
