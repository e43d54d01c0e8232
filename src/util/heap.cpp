// util/heap — see heap.h.
#include "util/heap.h"

#include <malloc.h>
#include <unistd.h>

#include <cstdlib>

namespace scip::util {

namespace {

constexpr int kDefaultTopPad = 128 * 1024;  // glibc's, as mallopt(3) documents it

}  // namespace

std::optional<std::string> huge_page_tunables(const char* current) {
  if (!kGlibcHeap || current) return std::nullopt;
  return std::string(kHugePageTunables);
}

void rerun_with_huge_page_heap(char** argv) {
  std::optional<std::string> tunables = huge_page_tunables(std::getenv("GLIBC_TUNABLES"));
  if (!tunables || !argv || !argv[0]) return;
  if (setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // the exec failed: go on as before, leaving nothing behind
}

void give_back_free_heap() {
  if (kGlibcHeap) malloc_trim(0);
}

LargeHeapSteps::LargeHeapSteps(size_t bytes) {
  if (kGlibcHeap) mallopt(M_TOP_PAD, static_cast<int>(bytes));
}

LargeHeapSteps::~LargeHeapSteps() {
  if (kGlibcHeap) mallopt(M_TOP_PAD, kDefaultTopPad);
}

}  // namespace scip::util
