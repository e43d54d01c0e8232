// fuzz_number — libFuzzer target: the value parser (1.3万, 1,228, ９０％,
// 超4万, 890余, 173万元, 是/否) and unit scales. Besides not crashing, a value
// that parses must be finite, and one that fails must say why.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "util/number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  scip::util::NumberResult r = scip::util::parse_number(text);
  if (r.number && !std::isfinite(r.number->value)) std::abort();
  (void)scip::util::parse_yes_no(text);
  size_t half = size / 2;
  (void)scip::util::unit_scale(text.substr(0, half), text.substr(half));
  return 0;
}
