// fuzz_pack — libFuzzer target: the scan of the check cache's DIR/pack
// (check/result_cache), which must pass over anything a full disk, a crash or
// a stranger's file can leave there. Besides not crashing, every record found
// lies within the bytes, after the one before it, with its entry inside it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check/result_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view pack(reinterpret_cast<const char*>(data), size);
  size_t end = 0;
  for (const auto& r : scip::check::scan_pack(pack)) {
    if (r.offset < end || r.length > size || r.offset > size - r.length) std::abort();
    if (r.entry_offset < r.offset || r.entry_size > r.length || r.entry_offset - r.offset > r.length - r.entry_size)
      std::abort();
    end = r.offset + r.length;
  }
  return 0;
}
