// region/registry — China's administrative division codes (GB/T 2260), 1981
// to today, with their history: which code meant which county in which year,
// under which prefecture, and where an abolished code's area went.
//
// The data is data/regions/areacodes.csv (the CC0 dataset `areacodes`,
// compiled from the Ministry of Civil Affairs' yearly lists), embedded in the
// binary at build time and parsed then too, by this parser
// (registry_table.h): the binary's registry is made from the result, and
// only another table (a test's) is parsed at run time. A code can have
// several records over time (419001 was 义马市 1987–1990 and is 济源市
// since 1996), so every lookup that decides something takes the year it
// concerns. The hierarchy is the registry's, not the code's digits: a
// county's parent is its prefecture of the time, or its province when it is
// 直辖 (a municipality's districts, a 省直辖县级 unit such as 济源市).
//
// Codes whose 5th digit is 7, 8 or 9 are the National Bureau of Statistics'
// statistical units (开发区, 园区), outside GB/T 2260: never in the registry.
#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace scip::region {

enum class Level { province, prefecture, county };

struct Successor {
  std::string_view code;  // a view of the registry's table
  int year = 0;  // the year part of the area moved there; 0: the whole area, when the code ended
};

// The codes above a region, nearest first: its prefecture, its province,
// "000000". Never more than four, so held in place: each of the 6,800
// records has one, and a vector of strings was a third of the registry's
// memory (its fresh pages, not the work, are what parsing it costs).
class CodeChain {
 public:
  // Adds the next code up. A code not of six characters, or a fifth, is a
  // table that cannot be: std::runtime_error.
  void push_back(std::string_view code);
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view operator[](size_t i) const { return {codes_[i].data(), codes_[i].size()}; }
  bool contains(std::string_view code) const;
  // As strings, nearest first, or outermost ("000000") first.
  std::vector<std::string> nearest_first() const;
  std::vector<std::string> outermost_first() const;

 private:
  std::array<std::array<char, 6>, 4> codes_{};
  uint8_t size_ = 0;
};

// A record's strings are views of the table it was parsed from, which the
// registry keeps (the embedded one is the binary's own): 6,800 records hold
// no string of their own, and parsing them faults in no page for one.
struct Record {
  std::string_view code, name;
  Level level = Level::county;
  bool abolished = false;   // the code is no longer in use at all
  int from = 0, until = 0;  // in use from `from` (inclusive) to `until` (exclusive); until 0: still
  std::span<const Successor> successors;  // held by the registry
  std::string_view parent;  // the code of the prefecture or province above, at `from`; "000000" for a province
  CodeChain chain;          // parent, its parent… up to "000000", as at `from`
  bool valid_in(int year) const { return from <= year && (until == 0 || year < until); }
};

class Registry {
 public:
  // Parses the summary table (the columns of data/regions/README.md), of
  // which it keeps a copy: its records' strings are views of it.
  explicit Registry(std::string_view csv);
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;
  // The embedded table, as the build parsed it (region/registry_table.h),
  // made once on first use (thread-safe).
  static const Registry& builtin();

  // Every record of a code, oldest first; empty if the code never existed.
  std::span<const Record> records(std::string_view code) const;
  // The record of `code` in force during `year`, or null.
  const Record* at(std::string_view code, int year) const;
  // The most recent record of `code`, or null.
  const Record* latest(std::string_view code) const;

  // The codes above `code` in `year` (its prefecture, its province, then
  // "000000"), nearest first; empty when the code is not in force then.
  std::vector<std::string> ancestors(std::string_view code, int year) const;
  bool under(std::string_view code, std::string_view ancestor, int year) const;
  // Whether `code` lies under `ancestor` by the chain of its latest record
  // (its most recent place in the hierarchy); nullopt when the registry does
  // not hold `code`.
  std::optional<bool> under_latest(std::string_view code, std::string_view ancestor) const;
  // The records in force at some time in [from, to] that lie under `ancestor`.
  std::vector<const Record*> below(std::string_view ancestor, int from, int to) const;
  // Records whose name (or short name) is `name`, any year.
  std::vector<const Record*> named(std::string_view name) const;
  // The region a person means by a code or a name, as its latest record: by
  // name, the one region of that name in force today (a county renumbered
  // keeps its name under old codes), else the one region ever of that name;
  // null when there is none or there are several.
  const Record* find(std::string_view code_or_name) const;

  size_t size() const { return records_.size(); }
  size_t bytes() const { return table_.size(); }  // of the table it was parsed from

 private:
  // Where the table places a record (its province's name, and a county's
  // prefecture's name, "直辖" or empty: views of the table, needed only to
  // find the parents), and where its successors begin in successors_ (until
  // every row is read and their spans can be made).
  struct Place {
    std::string_view province, prefecture;
    uint32_t successors_from = 0;
  };
  // The embedded table's registry from what the build computed
  // (registry_builtin.cpp): no parsing, sorting or linking at run time.
  struct Prebuilt {};
  explicit Registry(Prebuilt);
  friend struct TableWriter;  // writes that at build time (cmake/region_table.cpp)
  // One row of the table: the record, and where the table places it (its
  // successors appended to successors_); `fields` is the caller's vector
  // for the row's fields, reused.
  std::pair<Record, Place> parse_row(std::string_view line, std::vector<std::string_view>& fields);
  // The steps of the constructor, in order.
  std::vector<Place> parse();
  void sort_by_code(std::vector<Place>& places);
  void link_parents(const std::vector<Place>& places);
  void index_below();
  void index_prefixes();     // by_prefix_, from keys_ (the built registry's is the build's)
  void index_names() const;  // by_name_, once, from named()
  // The parents above `r` as of `year`, nearest first.
  CodeChain chain_of(const Record* r, int year) const;

  std::string copy_;        // the table parsed (the embedded one is the binary's own)
  std::string_view table_;  // the table the records' strings are views of
  std::vector<Record> records_;  // sorted by code, then from
  std::vector<Successor> successors_;  // every record's, in the table's order
  // Each record's code as a number, and where the codes of each four-digit
  // prefix begin among them (10,001 entries, the last the end): a code's
  // records are found by bisection of its prefix's few, about two cache
  // lines, as fast as a hash table and built in one pass.
  static constexpr uint32_t kPrefixes = 10000;  // of a six-digit code's first four digits
  std::span<const uint32_t> keys_;
  std::span<const uint32_t> by_prefix_;
  // (code in the chain, record): for each code, the records under it, in
  // order; found by bisection.
  std::span<const std::pair<uint32_t, uint32_t>> below_;
  // What keys_, by_prefix_ and below_ view when the registry was parsed
  // here, not built.
  std::vector<uint32_t> parsed_keys_, parsed_by_prefix_;
  std::vector<std::pair<uint32_t, uint32_t>> parsed_below_;
  mutable std::once_flag names_once_;
  mutable std::unordered_map<std::string, std::vector<size_t>> by_name_;
};

// The names people write for a region besides its full name: without the
// suffix (中卫市 → 中卫, 沙坡头区 → 沙坡头, 海北藏族自治州 → 海北, 海北州),
// when at least two characters are left. Never the full name itself.
std::vector<std::string> short_names(std::string_view name);

// Whether `s` has the shape of a region code: six ASCII digits.
bool is_code(std::string_view s);
// Whether a code has the shape of the NBS's statistical units (6 digits, the
// 5th of them 7, 8 or 9).
bool statistical_code(std::string_view code);

std::string_view level_name(Level l);  // "province", "prefecture", "county" (the plan format's words)

// More people than a region of a level holds, by the plan format's level
// word ("county", …, "national"); 0 for another word. Rounded up generously
// from the Seventh National Census (2020): the most populous county-level
// region (浦东新区) had 5.7 million people, prefecture (成都市) 20.9 million,
// province (广东省) 126 million, the nation 1.41 billion. A count of people
// above it is a unit typed wrong (12000 with 万人), not a target.
double population_ceiling(std::string_view level);

// The table the binary embeds (data/regions/areacodes.csv), e.g. for cache keys.
std::string_view embedded_areacodes();

}  // namespace scip::region
