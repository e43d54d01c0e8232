// region/registry_table — the embedded registry as the build parsed it.
//
// Every plan command checks region codes, so every one of them used to parse
// data/regions/areacodes.csv on start: 6,800 rows split, sorted, linked to
// their parents and indexed, about 7 ms of a 25 ms check of one plan, most of
// it the faults of fresh pages. The build now runs that same parser once
// (cmake/region_table.cpp, with registry.cpp: one parser, no second reading
// of the table) and writes its result as the arrays below; at run time the
// registry is made from them without parsing (registry_builtin.cpp).
//
// The arrays hold numbers, never pointers: a pointer in a constant array of
// a position-independent binary is a relocation the loader applies, and a
// page it writes, on the start of every command, the many that never look up
// a region included. Strings are offsets into the embedded table, whose size
// is recorded to catch a table and arrays of different builds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace scip::region::table {

// An offset that is not in the table: the nation's code "000000" (a
// province's parent), or no code at all.
inline constexpr uint32_t kNation = 0xFFFFFFFF;
inline constexpr uint32_t kNone = 0xFFFFFFFE;

struct Row {  // one region::Record, in the registry's order (by code, then from)
  uint32_t code, name, parent;  // offsets in the table (a code is six bytes)
  uint32_t successors;          // the first of the record's in kSuccessors
  uint32_t chain[4];            // offsets of the codes above, nearest first
  uint16_t from, until, successor_count;
  uint8_t name_size, level, abolished, chain_size;
};

struct SuccessorRow {
  uint32_t code;  // offset in the table
  uint16_t year;
};

extern const size_t kTableBytes;  // the size of the table the offsets are into
extern const Row kRows[];
extern const size_t kRowCount;
extern const SuccessorRow kSuccessors[];
extern const size_t kSuccessorCount;
extern const uint32_t kKeys[];  // each row's code as a number (kRowCount of them)
extern const uint32_t kByPrefix[];  // where each four-digit prefix's rows begin (the last entry the end)
extern const size_t kByPrefixCount;  // 10,001
extern const std::pair<uint32_t, uint32_t> kBelow[];  // (code in a chain, row), sorted
extern const size_t kBelowCount;

}  // namespace scip::region::table
