// util/big_array — memory for arrays of millions of elements.
//
// A national run keeps a few arrays of hundreds of megabytes: every figure
// submitted (64 bytes each, three million of them), the keys sorted to join
// the files, progress's index of series. Each page of such an array is
// faulted in by the kernel on first touch; with 4 KiB pages that is 50,000
// faults for the figures alone, and on a virtual machine each fault is
// expensive (perf put page faults at a fifth of check's CSV part).
//
// `BigAllocator` gives an array of 2 MiB or more its own anonymous mapping,
// advised as transparent huge pages (madvise(MADV_HUGEPAGE): what the
// kernel's "madvise" mode, this machine's and many distributions', waits
// for): one fault per 2 MiB. Smaller arrays come from operator new as usual.
// Untouched pages of a mapping are not resident, so a vector's unused
// capacity costs address space, not memory. Where huge pages are off (or
// "always", where the advice changes nothing), the result is the same.
#pragma once

#include <cstddef>
#include <vector>

namespace scip::util {

inline constexpr size_t kBigArrayBytes = size_t{2} << 20;  // from here on, a mapping of its own

void* big_allocate(size_t bytes);            // throws std::bad_alloc
void big_deallocate(void* p, size_t bytes);  // the same `bytes` as allocated

template <class T>
struct BigAllocator {
  using value_type = T;
  BigAllocator() = default;
  template <class U>
  BigAllocator(const BigAllocator<U>&) noexcept {}
  T* allocate(size_t n) { return static_cast<T*>(big_allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t n) noexcept { big_deallocate(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const BigAllocator<U>&) const noexcept {
    return true;
  }
};

template <class T>
using BigVector = std::vector<T, BigAllocator<T>>;

// Faults in the pages of [p, p + bytes), memory a caller is about to fill,
// on `threads` threads (0: one per core), each a share of the range
// (madvise(MADV_POPULATE_WRITE), Linux 5.14 and later; elsewhere, or for a
// range below kBigArrayBytes, nothing: the pages fault in on first touch as
// usual). On this project's virtual machines the kernel takes about 1.5 ms
// to fault in a fresh megabyte, zeroing it, and a copy into fresh memory
// waits on that, one core at a time: a share per core halves it. The range
// must lie within one big allocation; its contents are unchanged. True when
// the kernel faulted the pages in.
bool prefault(void* p, size_t bytes, unsigned threads = 0);

}  // namespace scip::util
