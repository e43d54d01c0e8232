// submission/figure — see figure.h.
#include "submission/figure.h"

#include <algorithm>
#include <stdexcept>

#include "util/date.h"
#include "util/hash.h"
#include "util/parallel.h"

namespace scip::submission {

util::Period Figure::period() const {
  return {period_kind, util::date_from_days(first_day), util::date_from_days(last_day())};
}

// (A period's year has four digits (util::parse_period), so its days fit, and
// it is at most a year long, so its length fits in nine bits.)
namespace {

// A period as a first day and the days after it (at most a year's: 9 bits).
template <typename Held>
void hold_period(Held& h, const util::Period& p) {
  h.period_kind = p.kind;
  h.first_day = static_cast<int32_t>(util::days_since_epoch(p.first));
  long after = util::days_since_epoch(p.last) - h.first_day;
  if (after < 0 || after > 365) throw std::logic_error("a period longer than a year: " + p.str());
  h.days_after_first = static_cast<uint16_t>(after);
}

}  // namespace

void Figure::set_period(const util::Period& p) { hold_period(*this, p); }
void RefusedFigure::set_period(const util::Period& p) { hold_period(*this, p); }

util::Period RefusedFigure::period() const {
  return {period_kind, util::date_from_days(first_day), util::date_from_days(last_day())};
}

RefusedFigure::RefusedFigure(const Figure& f)
    : series(series_key(f.region, f.indicator)), first_day(f.first_day), days_after_first(f.days_after_first),
      period_kind(f.period_kind), file(f.file), line(f.line) {}

uint64_t figure_key(const Figure& f) {
  auto day = static_cast<uint64_t>(f.first_day + 25567);  // 1900-01-01 = 0
  return (static_cast<uint64_t>(f.region) << 44) | (static_cast<uint64_t>(f.indicator) << 28) |
         (static_cast<uint64_t>(f.period_kind) << 25) | (static_cast<uint64_t>(f.cumulative) << 24) | (day & 0xFFFFFF);
}

std::vector<uint64_t> repeated_keys(const util::BigVector<Figure>& figures, size_t part, unsigned threads) {
  int bits = 0;
  while (bits < 32 && (figures.size() >> bits) > std::max<size_t>(part, 1)) ++bits;
  auto part_of = [bits](uint64_t key) { return bits == 0 ? uint64_t{0} : util::fibonacci_bits(key, bits); };
  const uint64_t parts = uint64_t{1} << bits;
  const size_t stripes = std::min<uint64_t>(util::thread_count(threads), parts);
  std::vector<std::vector<uint64_t>> repeated(stripes);  // by thread
  util::parallel_for(stripes, static_cast<unsigned>(stripes), [&](size_t t) {
    util::BigVector<uint64_t> keys;
    keys.reserve((figures.size() >> bits) / 8 * 9 + 1024);  // a part's share and some: rarely grown
    for (uint64_t p = t; p < parts; p += stripes) {
      keys.clear();
      for (const Figure& f : figures)
        if (uint64_t k = figure_key(f); part_of(k) == p) keys.push_back(k);
      std::sort(keys.begin(), keys.end());
      for (size_t i = 1; i < keys.size(); ++i)
        if (keys[i] == keys[i - 1] && (repeated[t].empty() || repeated[t].back() != keys[i])) repeated[t].push_back(keys[i]);
    }
  });
  for (size_t t = 1; t < stripes; ++t) repeated[0].insert(repeated[0].end(), repeated[t].begin(), repeated[t].end());
  std::sort(repeated[0].begin(), repeated[0].end());  // (the parts' keys interleave)
  return std::move(repeated[0]);
}

bool corrects(const Figure& again, const Figure& first) {
  return again.reported_on != Figure::kNoDate && first.reported_on != Figure::kNoDate &&
         again.reported_on > first.reported_on && again.value != first.value;
}

void Rejected::add(uint32_t file, uint32_t line) {
  ++rows;
  std::pair<uint32_t, uint32_t> at{file, line};
  first.insert(std::upper_bound(first.begin(), first.end(), at), at);
  if (first.size() > kListed) first.pop_back();
}

void Rejected::add(const RefusedFigure& refused) {
  add(refused.file, refused.line);
  if (keep_figures) figures.push_back(refused);
}

void Rejected::add(const Figure& refused) { add(RefusedFigure(refused)); }

void Rejected::add(const Rejected& more) {
  size_t rows_before = rows;
  for (const auto& [file, line] : more.first) add(file, line);
  rows = rows_before + more.rows;
  if (keep_figures) figures.insert(figures.end(), more.figures.begin(), more.figures.end());
}

std::string FigureSet::where(uint32_t file, uint32_t line) const {
  const std::string& sheet = file < sheets.size() ? sheets[file] : std::string();
  if (sheet.empty()) return line ? files[file] + ":" + std::to_string(line) : files[file];
  return files[file] + ":" + sheet + (line ? "!A" + std::to_string(line) : "");
}

}  // namespace scip::submission
