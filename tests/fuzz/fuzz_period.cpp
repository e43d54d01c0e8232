// fuzz_period — libFuzzer target: the period parser (2020, 2020-H1, 2020-Q3,
// 2020-07, 2020-07-15, 2020年) and dates. A period that parses must be a real
// calendar range whose canonical form parses back to the same period.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "util/date.h"
#include "util/period.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto p = scip::util::parse_period(text)) {
    if (p->last < p->first) std::abort();
    auto again = scip::util::parse_period(p->str());
    if (!again || *again != *p) std::abort();
  }
  (void)scip::util::parse_date(text);
  return 0;
}
