// util/heap — asking glibc's malloc for what a run over a national corpus
// needs: huge pages for the heap, and growth in large steps while thousands
// of models are built.
//
// A cached `scip check` of a national corpus reads 3,000 plan models back
// from its cache: millions of small strings and vectors, 240 MiB of fresh
// heap. Each 4 KiB page of it is faulted in by the kernel on first touch, and
// on a virtual machine a fault is expensive: 60,000 of them were most of a
// 0.85 s run (perf: the paravirtualised fault path at a quarter of the
// samples, glibc's malloc growing its heap by small steps at another
// quarter). glibc can advise its heap as transparent huge pages (its tunable
// glibc.malloc.hugetlb=1), one fault per 2 MiB; grown 64 MiB at a time
// (mallopt's M_TOP_PAD) while the models are built, the same run took
// 0.32-0.45 s with 2,100-2,500 faults, against 0.65-0.68 s and 60,000
// faults with glibc's defaults (Release build, five runs each, the peak
// about 240 MiB either way); progress --cache over every submission went from
// 4.3-4.7 s to 3.4-4.2 s.
//
// glibc reads its tunables from the environment once, when the program
// starts, and has no call to set this one later. So a run that decodes a
// corpus from the cache runs itself again, once, through /proc/self/exe with
// GLIBC_TUNABLES set (rerun_with_huge_page_heap, called by main before
// anything is read or written). It does so only when GLIBC_TUNABLES is not
// in the environment: a user who sets it (even to nothing) keeps glibc's
// defaults or their own choice, and the run started again finds it set and
// goes on. Where the exec fails the run goes on as it is; under the
// sanitizers, which bring their own allocator, it is not done. The same
// arguments, environment, working folder and open files; nothing else changes.
//
// The large steps (LargeHeapSteps) are asked for only while models are built:
// glibc keeps the pad of each arena when memory is freed, and over the rest
// of a run with submissions that held 100 MiB more at the peak.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace scip::util {

// Whether malloc is glibc's in this build (the sanitizers bring their own).
inline constexpr bool kGlibcHeap =
#if defined(__SANITIZE_ADDRESS__)
    false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    false;
#else
    true;
#endif
#else
    true;
#endif

// The tunable asked for: huge pages for the heap.
inline constexpr const char* kHugePageTunables = "glibc.malloc.hugetlb=1";

// The GLIBC_TUNABLES value to run again with, given the current one (null:
// unset); nullopt when the run is to go on as it is.
std::optional<std::string> huge_page_tunables(const char* current);

// Runs this program again, with the same arguments, with kHugePageTunables
// set, when huge_page_tunables says so. Returns only when it does not.
void rerun_with_huge_page_heap(char** argv);

// While one lives, glibc's heap grows (and is trimmed to) `bytes` beyond what
// is asked of it; then glibc's default pad (128 KiB) again.
class LargeHeapSteps {
 public:
  explicit LargeHeapSteps(size_t bytes = size_t{64} << 20);
  ~LargeHeapSteps();
  LargeHeapSteps(const LargeHeapSteps&) = delete;
  LargeHeapSteps& operator=(const LargeHeapSteps&) = delete;
};

// Gives the heap's free pages back to the system (glibc's malloc_trim), in
// every arena: after a step that freed tens of megabytes in small blocks
// (a check's diagnostics, the trees of thousands of files), so that the next
// step's memory comes on top of what is used, not of what was.
void give_back_free_heap();

}  // namespace scip::util
