// submission/figure — see figure.h.
#include "submission/figure.h"

#include "util/date.h"

namespace scip::submission {

uint64_t figure_key(const Figure& f) {
  auto day = static_cast<uint64_t>(util::days_since_epoch(f.period.first) + 25567);  // 1900-01-01 = 0
  return (static_cast<uint64_t>(f.region) << 44) | (static_cast<uint64_t>(f.indicator) << 28) |
         (static_cast<uint64_t>(f.period.kind) << 25) | (day & 0x1FFFFFF);
}

bool corrects(const Figure& again, const Figure& first) {
  return again.reported_on != Figure::kNoDate && first.reported_on != Figure::kNoDate &&
         again.reported_on > first.reported_on && again.value != first.value;
}

}  // namespace scip::submission
