// Unit tests for util/big_array, util/probe_table and util/key_index: the
// containers of a national run's millions of figures; util/permute: an array
// put in order in place; util/optional_double: a progress row's numbers;
// util/packed_strings: the short lists of a plan's actions and tasks;
// util/heap: when a run asks glibc's heap for huge pages;
// util/flat_string_map: the positions a plan keeps for the rules across
// files; util/string_table: a document's positions while it is checked;
// util/parallel: a loop on all cores; util/compact_string: a plan's prose and rarely set members.
#include <doctest/doctest.h>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "util/big_array.h"
#include "util/compact_string.h"
#include "util/flat_string_map.h"
#include "util/hash.h"
#include "util/heap.h"
#include "util/release.h"
#include "util/string_table.h"
#include "util/interned_string.h"
#include "util/key_index.h"
#include "util/optional_double.h"
#include "util/packed_strings.h"
#include "util/parallel.h"
#include "util/permute.h"
#include "util/probe_table.h"

using namespace scip::util;

namespace {
PackedStrings packed(const std::vector<std::string>& items) {
  PackedStrings l;
  for (const auto& item : items) l.push_back(item);
  return l;
}
std::vector<std::string> unpacked(const PackedStrings& l) { return {l.begin(), l.end()}; }
}  // namespace

TEST_CASE("a BigVector holds its elements across the size where it takes a mapping of its own") {
  BigVector<uint64_t> v;
  const size_t n = kBigArrayBytes / sizeof(uint64_t) * 3 + 7;  // grows through small and mapped storage
  for (size_t i = 0; i < n; ++i) v.push_back(i * 3);
  CHECK(v.capacity() * sizeof(uint64_t) >= kBigArrayBytes);
  bool all = true;
  for (size_t i = 0; i < n; ++i) all = all && v[i] == i * 3;
  CHECK(all);
  v.resize(10);
  v.shrink_to_fit();  // back to operator new's storage
  CHECK(v.size() == 10);
  CHECK(v[9] == 27);
  BigVector<uint64_t> copy = v;
  CHECK(copy == v);
}

TEST_CASE("prefault: the range's pages resident, those after it not yet, and what was written unchanged") {
  const size_t bytes = 16 * kBigArrayBytes, page = 4096;
  auto* p = static_cast<unsigned char*>(big_allocate(bytes));
  auto resident = [&](size_t from, size_t to) {  // pages of [from, to) in memory
    std::vector<unsigned char> in((to - from) / page);
    REQUIRE(mincore(p + from, to - from, in.data()) == 0);
    return static_cast<size_t>(std::count_if(in.begin(), in.end(), [](unsigned char b) { return b & 1; }));
  };
  std::fill(p, p + page, static_cast<unsigned char>(7));  // the first page written before
  const size_t upto = 4 * kBigArrayBytes + 3 * page + 5;  // not a whole number of pages
  if (prefault(p + 100, upto - 100, 3)) {
    CHECK(resident(0, upto / page * page + page) == upto / page + 1);
    CHECK(resident(8 * kBigArrayBytes, bytes) == 0);  // (a huge page may hold the few pages right after)
  } else {
    MESSAGE("this kernel has no MADV_POPULATE_WRITE: prefault left the pages to fault in");
  }
  CHECK(std::all_of(p, p + page, [](unsigned char b) { return b == 7; }));
  CHECK(std::all_of(p + page, p + upto, [](unsigned char b) { return b == 0; }));
  CHECK_FALSE(prefault(p, kBigArrayBytes - 1));  // a small range: left alone
  big_deallocate(p, bytes);
}

TEST_CASE("KeyIndex keeps the first number of each key, as a hash map's try_emplace does") {
  KeyIndex index;
  std::unordered_map<uint64_t, uint32_t> expected;
  std::mt19937_64 random(42);
  for (uint32_t i = 0; i < 200000; ++i) {
    // keys alike in their low bits (as figure keys are) and repeats
    uint64_t key = i % 5 == 0 ? (random() % 1000) << 40 : random() & ~uint64_t{0xFFFF};
    auto [number, fresh] = index.try_emplace(key, i);
    auto [it, expected_fresh] = expected.try_emplace(key, i);
    REQUIRE(fresh == expected_fresh);
    REQUIRE(*number == it->second);
  }
  CHECK(index.size() == expected.size());
  for (const auto& [key, number] : expected) {
    const uint32_t* found = index.find(key);
    REQUIRE(found);
    CHECK(*found == number);
  }
  CHECK(index.find(1) == nullptr);  // (no key above is odd)
  *index.try_emplace(0, 9).first = 77;  // the number may be changed in place
  CHECK(*index.find(0) == 77);
}

TEST_CASE("keys split by mix64 spread over the whole of a table homed by fibonacci_bits") {
  // Figure-like keys (region, indicator, day packed in 64 bits), split in
  // four as check_parts splits its passes: each quarter's homes in a table
  // of 2^16 slots must cover the table evenly, not crowd into a quarter of
  // it, as they do when the split takes the same top bits as the home.
  std::vector<uint64_t> keys;
  for (uint64_t region = 0; region < 200; ++region)
    for (uint64_t indicator = 0; indicator < 20; ++indicator)
      for (uint64_t day = 0; day < 10; ++day) keys.push_back((region << 44) | (indicator << 28) | (18000 + day * 365));
  for (uint64_t pass = 0; pass < 4; ++pass) {
    size_t in_pass = 0, by_quarter[4] = {};
    for (uint64_t k : keys) {
      if ((mix64(k) & 3) != pass) continue;
      ++in_pass;
      ++by_quarter[fibonacci_bits(k, 16) >> 14];  // the quarter of the table its home is in
    }
    CHECK(in_pass > keys.size() / 5);
    CHECK(in_pass < keys.size() * 3 / 10);
    for (size_t q : by_quarter) CHECK(q > in_pass / 5);  // each quarter about a fourth of the pass
  }
  // The trap: split by the home's own top bits, a pass's keys all home in
  // one quarter of the table.
  for (uint64_t k : keys) REQUIRE(fibonacci_bits(k, 2) == fibonacci_bits(k, 16) >> 14);
  CHECK(fibonacci_bits(~uint64_t{0}, 63) < (uint64_t{1} << 63));
  CHECK(mix64(0) == 0);
  CHECK(mix64(1) != mix64(2));
}

TEST_CASE("permute_in_place puts each element where the order says, moving it, never copying it") {
  std::mt19937_64 random(7);
  for (size_t n : {size_t{0}, size_t{1}, size_t{2}, size_t{5}, size_t{1000}}) {
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::shuffle(order.begin(), order.end(), random);
    std::vector<std::unique_ptr<size_t>> items;  // move-only: a copy would not compile
    for (size_t i = 0; i < n; ++i) items.push_back(std::make_unique<size_t>(i * 10));
    std::vector<size_t> expected;
    for (size_t k : order) expected.push_back(k * 10);
    permute_in_place(items, order);
    std::vector<size_t> got;
    for (const auto& p : items) got.push_back(*p);
    CHECK(got == expected);
    for (size_t i = 0; i < n; ++i) CHECK(order[i] == i);  // used up
  }
  std::vector<int> items{1, 2, 3};
  std::vector<size_t> twice{1, 2, 1}, shorter{0, 1};
  CHECK_THROWS_AS(permute_in_place(items, twice), std::logic_error);
  CHECK_THROWS_AS(permute_in_place(items, shorter), std::logic_error);
}

TEST_CASE("OptionalDouble is std::optional<double> in eight bytes: every double a value, NaN too") {
  OptionalDouble none;
  CHECK_FALSE(none.has_value());
  CHECK_FALSE(none);
  CHECK(none == std::nullopt);
  CHECK(none.value_or(7) == 7);
  CHECK_THROWS_AS(none.value(), std::bad_optional_access);
  CHECK(std::optional<double>(none) == std::nullopt);
  for (double v : {0.0, -0.0, 1.5, -2e300, std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::denorm_min()}) {
    OptionalDouble x = v;
    CHECK(x.has_value());
    CHECK(std::bit_cast<uint64_t>(*x) == std::bit_cast<uint64_t>(v));  // -0 stays -0
    CHECK(x == v);
    CHECK(x != none);
    CHECK(std::optional<double>(x) == std::optional<double>(v));
    CHECK(OptionalDouble(std::optional<double>(v)) == x);
    x.reset();
    CHECK(x == none);
  }
  // NaN, from arithmetic or given with any payload (the one that stands for
  // none included), is a value: a NaN, never none.
  double zero = 0;
  OptionalDouble nan = zero / zero;
  CHECK(nan.has_value());
  CHECK(std::isnan(*nan));
  for (uint64_t bits = 0x7FF0'0000'0000'0001ull; bits < 0x7FF8'0000'0000'0000ull; bits += 0x0000'0111'1111'1111ull) {
    OptionalDouble given = std::bit_cast<double>(bits);
    REQUIRE(given.has_value());
    REQUIRE(std::isnan(*given));
  }
  OptionalDouble pattern = std::bit_cast<double>(0x7FF4'5C19'0000'0000ull);
  CHECK(pattern.has_value());
  CHECK(std::isnan(*pattern));
  CHECK(OptionalDouble(std::optional<double>()) == none);
  static_assert(sizeof(OptionalDouble) == 8);
}

TEST_CASE("KeyIndex emptied keeps nothing of its keys, and the key 0 is a key like another") {
  KeyIndex index;
  for (uint32_t i = 0; i < 1000; ++i) index.try_emplace(i, i);
  index.clear();
  CHECK(index.size() == 0);
  CHECK(index.find(5) == nullptr);
  CHECK(index.find(0) == nullptr);
  CHECK(index.try_emplace(0, 3).second);
  CHECK(*index.find(0) == 3);
  CHECK_FALSE(index.try_emplace(0, 4).second);
  KeyIndex empty;
  CHECK(empty.find(0) == nullptr);
}

namespace {
// A slot whose hash is its home (its low bits), so a test can place
// collisions where it wants them.
struct Numbered {
  uint32_t hash = 0;
  int value = 0;
  bool taken = false;
};
struct LowBitsProbe {
  using Slot = Numbered;
  using Hash = uint32_t;
  static bool taken(const Numbered& n) { return n.taken; }
  static uint32_t hash(const Numbered& n) { return n.hash; }
  static size_t home(uint32_t h, int bits) { return h & ((uint32_t{1} << bits) - 1); }
  static constexpr size_t kFullNum = 3;
  static constexpr size_t kFullDen = 4;
};
using LowBitsTable = ProbeTable<LowBitsProbe>;

bool insert(LowBitsTable& table, uint32_t h, int value) {
  return table
      .find_or_insert(
          h, [value](const Numbered& n) { return n.value == value; }, [=] { return Numbered{h, value, true}; })
      .second;
}
int found(LowBitsTable& table, uint32_t h, int value) {
  const Numbered* n = table.find(h, [value](const Numbered& o) { return o.value == value; });
  return n ? n->value : -1;
}
}  // namespace

TEST_CASE("ProbeTable: a removal across the array's end moves back exactly the entries whose home allows it") {
  LowBitsTable table;
  // 16 slots: 15 at 15, 15 again at 0 (past the end), 0 at 1, 1 at 2, 3 at its home 3
  CHECK(insert(table, 15, 1));
  CHECK(insert(table, 15, 2));
  CHECK(insert(table, 0, 3));
  CHECK(insert(table, 1, 4));
  CHECK(insert(table, 3, 5));
  CHECK_FALSE(insert(table, 15, 2));
  table.erase(table.find(15, [](const Numbered& n) { return n.value == 1; }));
  CHECK(table.size() == 4);
  CHECK(found(table, 15, 1) == -1);
  CHECK(found(table, 15, 2) == 2);  // moved back over the end, into 15
  CHECK(found(table, 0, 3) == 3);
  CHECK(found(table, 1, 4) == 4);
  CHECK(found(table, 3, 5) == 5);  // at its home: moving it back would lose it
}

TEST_CASE("ProbeTable: a make() that throws takes no slot") {
  LowBitsTable table;
  CHECK(insert(table, 4, 1));
  auto failing = [] () -> Numbered { throw std::bad_alloc(); };
  CHECK_THROWS_AS(table.find_or_insert(4, [](const Numbered&) { return false; }, failing), std::bad_alloc);
  CHECK(table.size() == 1);
  CHECK(insert(table, 4, 2));
  CHECK(found(table, 4, 1) == 1);
  CHECK(found(table, 4, 2) == 2);
}

TEST_CASE("ProbeTable: after growing and removing a third, the rest are found and the removed are not") {
  LowBitsTable table;
  for (int v = 0; v < 3000; ++v) REQUIRE(insert(table, static_cast<uint32_t>(v % 37) * 977u, v));  // long runs
  for (int v = 0; v < 3000; v += 3)
    table.erase(table.find(static_cast<uint32_t>(v % 37) * 977u, [v](const Numbered& n) { return n.value == v; }));
  CHECK(table.size() == 2000);
  int wrong = 0;
  for (int v = 0; v < 3000; ++v) wrong += found(table, static_cast<uint32_t>(v % 37) * 977u, v) != (v % 3 ? v : -1);
  CHECK(wrong == 0);
  table.clear(0);
  CHECK(table.size() == 0);
  CHECK(found(table, 0, 0) == -1);
  CHECK(insert(table, 0, 0));
}

TEST_CASE("a run asks for huge pages only where GLIBC_TUNABLES is unset, and only from glibc's malloc") {
  if (kGlibcHeap) {
    REQUIRE(huge_page_tunables(nullptr).has_value());
    CHECK(*huge_page_tunables(nullptr) == "glibc.malloc.hugetlb=1");
  } else {
    CHECK_FALSE(huge_page_tunables(nullptr).has_value());
  }
  CHECK_FALSE(huge_page_tunables("").has_value());  // set to nothing: glibc's defaults, as the user asked
  CHECK_FALSE(huge_page_tunables("glibc.malloc.check=3").has_value());  // the user's own
  CHECK_FALSE(huge_page_tunables(kHugePageTunables).has_value());  // the run started again
}

TEST_CASE("PackedStrings gives back its items in order, whatever bytes and lengths they have") {
  std::string long_item(300, 'x');  // a length of two varint bytes
  std::string with_nul("a\0b", 3);
  std::vector<std::string> items{"edu", "", "科协", with_nul, long_item, std::string(127, 'y'), std::string(128, 'z')};
  PackedStrings l = packed(items);
  CHECK(l.size() == items.size());
  CHECK(unpacked(l) == items);
  CHECK(l[3] == with_nul);
  CHECK(l[4] == long_item);
  CHECK(l.front() == "edu");
  CHECK(l.contains(""));
  CHECK(l.contains("科协"));
  CHECK_FALSE(l.contains("ed"));
}

TEST_CASE("PackedStrings: a list encoded whole with append_item is the list pushed item by item") {
  std::vector<std::string> items{"edu", "", "科协", std::string("a\0b", 3), std::string(300, 'x')};
  std::string bytes;
  for (const auto& item : items) PackedStrings::append_item(bytes, item);
  PackedStrings whole;
  CHECK(whole.from_bytes(bytes));
  CHECK(whole == packed(items));
  CHECK(unpacked(whole) == items);
  PackedStrings more{"edu"};  // appended to what a list already holds
  std::string grown(more.bytes());
  PackedStrings::append_item(grown, "cast");
  CHECK(more.from_bytes(grown));
  CHECK(more == PackedStrings{"edu", "cast"});
}

TEST_CASE("PackedStrings is one pointer, and the same list on two tasks is kept once") {
  static_assert(sizeof(PackedStrings) == sizeof(void*));
  size_t before = InternedString::table_size();
  PackedStrings lead{"edu", "cast"};
  CHECK(lead.bytes().size() == 9);  // a length byte before each
  PackedStrings again{"edu", "cast"};
  CHECK(again.bytes().data() == lead.bytes().data());  // one entry, shared
  CHECK(InternedString::table_size() == before + 1);
  CHECK_FALSE(lead.empty());
  CHECK(PackedStrings().empty());
  CHECK(PackedStrings().size() == 0);
  CHECK(PackedStrings{""}.size() == 1);  // an empty id is an item, not nothing
  CHECK_FALSE(PackedStrings{""}.empty());
  CHECK(lead == PackedStrings{"edu", "cast"});
  CHECK_FALSE(lead == PackedStrings{"cast", "edu"});
  CHECK_FALSE(lead == PackedStrings{"edu"});
}

TEST_CASE("PackedStrings read from bytes takes only a whole encoding") {
  PackedStrings l{"edu", std::string(200, 'q')};
  PackedStrings back;
  CHECK(back.from_bytes(l.bytes()));
  CHECK(back == l);
  std::string cut(l.bytes().substr(0, l.bytes().size() - 1));  // the last item one byte short
  CHECK_FALSE(back.from_bytes(cut));
  CHECK(back.empty());
  CHECK_FALSE(back.from_bytes(std::string(1, '\x80')));  // a length whose next byte is missing
  CHECK(back.from_bytes(""));
  CHECK(back.empty());
}

TEST_CASE("PackedStrings from an interned value shares it, and takes only a whole encoding") {
  PackedStrings l{"edu", "cast"};
  InternedString bytes(l.bytes());
  PackedStrings back;
  CHECK(back.from_interned(bytes));
  CHECK(back == l);
  CHECK(back.bytes().data() == bytes.data());  // the same entry, not another copy
  CHECK_FALSE(back.from_interned(InternedString(l.bytes().substr(0, l.bytes().size() - 1))));
  CHECK(back.empty());
}

TEST_CASE("CompactString is one pointer, null when empty, and keeps every byte of what it was given") {
  static_assert(sizeof(CompactString) == sizeof(void*));
  CompactString none;
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(none.view() == "");
  CHECK(std::string_view(none.c_str()) == "");  // an empty one still reads as "", never a null pointer
  CHECK(CompactString("").empty());              // nothing given: nothing allocated
  CHECK(CompactString(std::string()).empty());

  std::string with_nul("a\0b", 3);
  std::string long_text(5000, 'x');
  for (const std::string& s : {std::string("科普"), with_nul, long_text, std::string(1, '\xff')}) {
    CompactString c(s);
    CHECK_FALSE(c.empty());
    CHECK(c.size() == s.size());
    CHECK(c.view() == s);
    CHECK(c.str() == s);
    CHECK(c.c_str()[s.size()] == '\0');  // terminated, for the C APIs
    CHECK(c == s);
    CHECK(c == CompactString(s));
  }
  CHECK(CompactString("a") < CompactString("b"));
  CHECK(CompactString("a") < std::string_view("ab"));
  CHECK_FALSE(CompactString("ab") == "a");
  CHECK(fmt::format("<{:>4}>", CompactString("ab")) == "<  ab>");  // formats as the text, with a spec
  CHECK(std::string("x") + CompactString("y") + "z" == "xyz");
  CHECK(CompactString("ab")[1] == 'b');
}

TEST_CASE("CompactString copies own their bytes; moves and clears leave an empty one behind") {
  CompactString a("全民科学素质");
  CompactString b = a;
  CHECK(b == a);
  CHECK(b.data() != a.data());  // a copy of its own
  b = "改了";
  CHECK(a == "全民科学素质");
  const char* bytes = a.data();
  CompactString c = std::move(a);
  CHECK(c.data() == bytes);  // moved, not copied
  CHECK(a.empty());          // NOLINT(bugprone-use-after-move): what a move leaves is specified here
  const CompactString& same = c;
  c = same;  // assigning to itself keeps the value
  CHECK(c == "全民科学素质");
  c = std::string("新");
  CHECK(c == "新");
  c.clear();
  CHECK(c.empty());
  c = CompactString("x");
  b = std::move(c);
  CHECK(b == "x");
  CHECK(c.empty());  // NOLINT(bugprone-use-after-move)
}

TEST_CASE("FlatStringMap finds each key it was built from, and nothing else") {
  FlatStringMap<int> m;
  CHECK(m.empty());
  CHECK(m.find("") == nullptr);
  std::vector<std::pair<std::string, int>> items{
      {"/actions/1/targets/0", 3}, {"/id", 1}, {"", 0}, {"/actions/10", 4}, {"/actions/1", 2}, {"/id", 99}};
  m.assign(items);
  CHECK(m.size() == 5);  // "/id" twice: the first kept
  REQUIRE(m.find("/id") != nullptr);
  CHECK(*m.find("/id") == 1);
  REQUIRE(m.find("") != nullptr);
  CHECK(*m.find("") == 0);
  CHECK(*m.find("/actions/1") == 2);
  CHECK(*m.find("/actions/10") == 4);
  CHECK(*m.find("/actions/1/targets/0") == 3);
  CHECK(m.find("/actions/1/") == nullptr);
  CHECK(m.find("/actions") == nullptr);
  CHECK(m.find("/ie") == nullptr);
  for (size_t i = 1; i < m.size(); ++i) CHECK(m.key(i - 1) < m.key(i));  // walked in key order
  FlatStringMap<int> same;
  same.assign({{"/actions/1", 2}, {"/actions/10", 4}, {"/id", 1}, {"", 0}, {"/actions/1/targets/0", 3}});
  CHECK(same == m);
  FlatStringMap<int> other;
  other.assign({{"/actions/1", 2}});
  CHECK_FALSE(other == m);
  std::mt19937 rng(7);
  std::vector<std::pair<std::string, int>> many;
  for (int i = 0; i < 2000; ++i) many.emplace_back("/t/" + std::to_string(rng() % 5000), i);
  std::unordered_map<std::string, int> first;
  for (const auto& [k, v] : many) first.emplace(k, v);
  m.assign(many);
  CHECK(m.size() == first.size());
  for (const auto& [k, v] : first) {
    REQUIRE(m.find(k) != nullptr);
    CHECK(*m.find(k) == v);
  }
}

TEST_CASE("StringTable keeps the first value of each key, as a hash map's try_emplace does, across growing") {
  StringTable<int> t;
  CHECK(t.size() == 0);
  CHECK(t.find("") == nullptr);
  auto [root, fresh] = t.try_emplace("", 0);
  CHECK(fresh);
  CHECK(*root == 0);
  CHECK(t.try_emplace("/id", 1).second);
  auto [again, twice] = t.try_emplace("/id", 99);
  CHECK_FALSE(twice);
  CHECK(*again == 1);
  CHECK(t.find("/i") == nullptr);
  CHECK(t.find("/id/") == nullptr);
  std::mt19937 rng(11);
  std::unordered_map<std::string, int> first{{"", 0}, {"/id", 1}};
  for (int i = 0; i < 5000; ++i) {
    std::string k = "/actions/" + std::to_string(rng() % 3000) + "/tasks/" + std::to_string(rng() % 3);
    auto [v, made] = t.try_emplace(k, i);
    auto [it, made_there] = first.emplace(k, i);
    CHECK(made == made_there);
    CHECK(*v == it->second);
  }
  CHECK(t.size() == first.size());
  for (const auto& [k, v] : first) {
    REQUIRE(t.find(k) != nullptr);
    CHECK(*t.find(k) == v);
  }
  release(t);
  CHECK(t.size() == 0);
  CHECK(t.find("/id") == nullptr);
}

TEST_CASE("parallel_for runs each index once, and throws a job's exception on the calling thread") {
  std::vector<std::atomic<int>> runs(1000);
  parallel_for(runs.size(), 4, [&](size_t i) { runs[i].fetch_add(1); });
  CHECK(std::all_of(runs.begin(), runs.end(), [](const std::atomic<int>& n) { return n.load() == 1; }));
  parallel_for(0, 4, [&](size_t) { FAIL("no index to run"); });
  std::atomic<size_t> ran{0};
  CHECK_THROWS_WITH(parallel_for(100000, 2,
                                 [&](size_t i) {
                                   ++ran;
                                   if (i == 50) throw std::runtime_error("index 50");
                                 }),
                    "index 50");
  CHECK(ran.load() < 100000);  // no more taken once one threw
  // Two that throw, the later index first: the lower index's exception, as on one thread.
  CHECK_THROWS_WITH(parallel_for(2, 2,
                                 [](size_t i) {
                                   if (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                   throw std::runtime_error("index " + std::to_string(i));
                                 }),
                    "index 0");
}

TEST_CASE("Stretches: the items cut in order, each once, no stretch below the fewest unless the items are") {
  auto cuts = [](size_t n, unsigned threads, size_t fewest) {
    Stretches s(n, threads, fewest);
    std::vector<std::pair<size_t, size_t>> out;
    for (size_t k = 0; k < s.count; ++k) out.emplace_back(s.begin(k), s.end(k));
    return out;
  };
  using Cuts = std::vector<std::pair<size_t, size_t>>;
  CHECK(cuts(10, 2, 1) == Cuts{{0, 5}, {5, 10}});
  CHECK(cuts(10, 3, 1) == Cuts{{0, 3}, {3, 6}, {6, 10}});
  CHECK(cuts(10, 4, 4) == Cuts{{0, 5}, {5, 10}});  // three of at least 4 do not fit: two
  CHECK(cuts(3, 4, 4) == Cuts{{0, 3}});            // fewer than the fewest: one stretch, not none
  CHECK(cuts(0, 4, 4).empty());
  CHECK(cuts(10, 2, 0) == Cuts{{0, 5}, {5, 10}});  // 0 taken as 1
  CHECK(Stretches(1000000, 0, 1).count == thread_count(0));
  CHECK(thread_count(3) == 3);
  CHECK(thread_count(0) >= 1);
}

TEST_CASE("InternedString: equal values share one entry, which goes with the last of them") {
  static_assert(sizeof(InternedString) == sizeof(void*));
  size_t before = InternedString::table_size();
  {
    InternedString empty;
    CHECK(empty.empty());
    CHECK(empty.view() == "");
    CHECK(*empty.c_str() == '\0');
    CHECK(InternedString("") == empty);  // the empty string is never in the table
    CHECK(InternedString::table_size() == before);

    InternedString a("science-museums-37"), b(std::string("science-museums-37"));
    CHECK(a.data() == b.data());  // one entry
    CHECK(InternedString::table_size() == before + 1);
    CHECK(a == b);
    CHECK(a == "science-museums-37");
    CHECK(a == std::string_view("science-museums-37"));
    CHECK(a.size() == 18);
    CHECK(a.c_str()[18] == '\0');
    InternedString c("万人");
    CHECK(InternedString::table_size() == before + 2);
    CHECK(a != c);
    CHECK(a < c);  // by text, not by address
    CHECK(c > std::string_view("a"));
    CHECK(fmt::format("[{:>6}]", InternedString("%")) == "[     %]");

    InternedString copy = a;
    InternedString moved = std::move(copy);
    CHECK(copy.empty());  // NOLINT: a moved-from value is empty
    CHECK(moved == a);
    InternedString& same = moved;
    moved = same;
    CHECK(moved == "science-museums-37");
    a = "other";
    b.clear();
    CHECK(moved.view() == "science-museums-37");  // still held by `moved`
    CHECK(InternedString::table_size() == before + 3);
    moved = c;
    CHECK(InternedString::table_size() == before + 2);  // the last holder let go
    std::string with_nul("a\0b", 3);
    InternedString n(with_nul);
    CHECK(n.size() == 3);
    CHECK(n == with_nul);
  }
  CHECK(InternedString::table_size() == before);
}

TEST_CASE("InternedString: values removed from the middle of a shard leave the others findable") {
  // Enough values that each shard's slots grow several times and hold runs
  // of neighbours; removing every third one moves later ones back over it.
  size_t before = InternedString::table_size();
  std::vector<InternedString> held;
  for (int i = 0; i < 20000; ++i) held.emplace_back(fmt::format("value-{}", i));
  CHECK(InternedString::table_size() == before + 20000);
  for (size_t i = 0; i < held.size(); i += 3) held[i].clear();
  size_t kept = 0;
  for (size_t i = 0; i < held.size(); ++i) {
    if (i % 3 == 0) continue;
    ++kept;
    InternedString again(fmt::format("value-{}", i));
    CHECK(again.data() == held[i].data());  // found, not entered a second time
  }
  CHECK(InternedString::table_size() == before + kept);
  held.clear();
  CHECK(InternedString::table_size() == before);
}

TEST_CASE("InternedString: copies and releases on two threads leave the table as it was") {
  size_t before = InternedString::table_size();
  auto churn = [](int seed) {
    std::vector<InternedString> held;
    for (int i = 0; i < 20000; ++i) {
      InternedString s(fmt::format("v{}", (i * 7 + seed) % 13));
      InternedString copy = s;
      if (i % 3 == 0) held.push_back(copy);
      if (held.size() > 5) held.erase(held.begin());
    }
  };
  std::thread one(churn, 1), two(churn, 2);
  one.join();
  two.join();
  CHECK(InternedString::table_size() == before);
}
