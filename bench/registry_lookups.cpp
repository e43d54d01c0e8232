// bench/registry_lookups — how fast the embedded region registry is: the
// time to parse it (once per process, on first use) and lookups per second
// of the three questions the checker asks (the record of a code in a year,
// whether a code lies under another, the records named so). Prints one JSON
// line. Built with `cmake --build BUILD --target bench`; not a test.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "region/registry.h"

int main() {
  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  const auto& reg = scip::region::Registry::builtin();
  double parse_ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
  std::vector<std::string> codes;
  for (const auto* r : reg.below("000000", 1981, 2100)) codes.emplace_back(r->code);
  const int rounds = 200;
  size_t hits = 0;
  auto t1 = clock::now();
  for (int k = 0; k < rounds; ++k)
    for (const auto& c : codes) {
      hits += reg.at(c, 2021) != nullptr;
      hits += reg.under(c, "640500", 2021);
    }
  double secs = std::chrono::duration<double>(clock::now() - t1).count();
  double per_sec = 2.0 * rounds * static_cast<double>(codes.size()) / secs;
  std::printf("{\"registry_bytes\":%zu,\"records\":%zu,\"parse_ms\":%.1f,\"lookups_per_sec\":%.0f,\"hits\":%zu}\n",
              reg.bytes(), reg.size(), parse_ms, per_sec, hits);
}
