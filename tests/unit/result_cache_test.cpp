// Unit tests of check/result_cache and util/hash: a cached run reports
// exactly what an uncached one does, a changed file is a miss, and a damaged
// entry is a miss rather than an error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "check/checker.h"
#include "check/result_cache.h"
#include "util/binary_io.h"
#include "util/files.h"
#include "util/hash.h"

using namespace scip;
using namespace scip::check;
using namespace scip::i18n;
using namespace scip::plan;
using scip::util::Pos;

namespace {

std::string summary(const CheckResult& r) {
  std::string s;
  for (const auto& d : r.diagnostics)
    s += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.code + " " +
         d.message + "\n";
  return s;
}

const char* kCatalog = "scip: 1\ntype: indicators\nindicators:\n"
                       "  - {id: farmers, name: 高素质农民, unit: 人, accumulate: sum, direction: up}\n";
const char* kParent = "scip: 1\ntype: plan\nid: p\ntitle: 省\nregion: {code: \"640000\", name: 宁夏, level: province}\n"
                      "period: {start: 2021, end: 2025}\ndepartments: {}\nactions: []\n";
// Problems of its own (unknown key) and across files (unknown parent period,
// unknown indicator, unit), all at positions inside the file.
const char* kChild = "scip: 1\ntype: plan\nid: c\ntitle: 市\nparent: p\nregion: {code: \"640500\", name: 中卫市, level: prefecture}\n"
                     "period: {start: 2020, end: 2025}\ndepartments: {a: 甲}\nactoins: []\nactions:\n"
                     "  - id: x\n    kind: action\n    title: 行动\n    lead: [a]\n    targets:\n"
                     "      - {id: t1, indicator: farmer, value: 1, unit: 人, by: 2025}\n"
                     "      - {id: t2, indicator: farmers, value: 1, unit: 元, by: 2025}\n";

}  // namespace

TEST_CASE("the check cache gives the same diagnostics, and is used") {
  auto dir = std::filesystem::temp_directory_path() / "scip-cache-test";
  std::filesystem::remove_all(dir);
  std::vector<std::pair<std::string, std::string>> files = {
      {"ind.yaml", kCatalog}, {"p.yaml", kParent}, {"c.yaml", kChild}};
  CheckOptions plain;
  CheckOptions cached;
  cached.cache_dir = dir.string();
  std::string want = summary(check_sources(files, plain));
  CHECK(want.find("unknown-key") != std::string::npos);
  CHECK(want.find("parent-period") != std::string::npos);
  CHECK(want.find("unknown-indicator") != std::string::npos);
  CHECK(want.find("unit-mismatch") != std::string::npos);

  CheckResult first = check_sources(files, cached);
  CHECK(first.cache_hits == 0);
  CHECK(summary(first) == want);
  CheckResult second = check_sources(files, cached);
  CHECK(second.cache_hits == 3);
  CHECK(summary(second) == want);
  REQUIRE(second.files[2]->plan);
  CHECK(second.files[2]->plan->actions.at(0).targets.at(1).unit == "元");

  SUBCASE("a changed file is checked again") {
    files[2].second += "milestones: []\n";
    CheckResult third = check_sources(files, cached);
    CHECK(third.cache_hits == 2);
    CHECK(summary(third) == want);
  }
  SUBCASE("a damaged entry is a miss") {
    std::string pack = *util::read_file((dir / "pack").string()).bytes;
    std::vector<PackRecord> records = scan_pack(pack);
    REQUIRE(records.size() == 3);
    for (const auto& r : records) pack[r.offset + r.length / 2] ^= 0x20;  // a byte of each entry
    std::ofstream((dir / "pack").string(), std::ios::binary) << pack;
    CHECK(scan_pack(pack).size() == 3);  // the headers are whole: found, then refused by their hash
    CheckResult third = check_sources(files, cached);
    CHECK(third.cache_hits == 0);
    CHECK(summary(third) == want);
  }
  SUBCASE("a record cut short loses only what it covers") {
    std::string pack = *util::read_file((dir / "pack").string()).bytes;
    std::vector<PackRecord> records = scan_pack(pack);
    REQUIRE(records.size() == 3);
    // The first record cut at half its length, then the whole pack appended again.
    std::string cut = pack.substr(0, records[0].length / 2) + pack;
    std::ofstream((dir / "pack").string(), std::ios::binary) << cut;
    CheckResult third = check_sources(files, cached);
    CHECK(third.cache_hits == 2);  // the cut record covers the first whole one
    CHECK(summary(third) == want);
    std::filesystem::resize_file(dir / "pack", cut.size() - 10);  // and the last one cut at the end
    CheckResult fourth = check_sources(files, cached);
    CHECK(fourth.cache_hits >= 1);
    CHECK(summary(fourth) == want);
  }
  SUBCASE("after damage, the next record is found wherever its tag falls against the reads of 1 MiB") {
    std::string pack = *util::read_file((dir / "pack").string()).bytes;
    std::vector<PackRecord> records = scan_pack(pack);
    REQUIRE(records.size() == 3);
    const size_t window = size_t{1} << 20;
    // Garbage before the pack, so that its first tag (8 bytes) begins just
    // before, across and just after the end of the first read (from byte 1).
    for (size_t garbage : {window - 8, window - 7, window - 3, window, window + 1, window + 2}) {
      CAPTURE(garbage);
      std::string damaged = std::string(garbage, 'x') + pack;
      std::vector<PackRecord> found = scan_pack(damaged);
      REQUIRE(found.size() == 3);
      for (size_t i = 0; i < 3; ++i) {
        CHECK(found[i].offset == records[i].offset + garbage);
        CHECK(found[i].entry_offset == records[i].entry_offset + garbage);
        CHECK(found[i].entry_size == records[i].entry_size);
        CHECK(found[i].entry_hash == records[i].entry_hash);
      }
    }
    std::ofstream((dir / "pack").string(), std::ios::binary) << std::string(window - 3, 'x') + pack;
    CHECK(check_sources(files, cached).cache_hits == 3);  // read from disk the same way
  }
  SUBCASE("records of files since changed are dropped once they outweigh the rest") {
    // Each edit gives the plan another long title: a new record of 30 kB.
    std::string child = files[2].second;
    for (int edit = 0; edit < 60; ++edit) {
      files[2].second = child;
      files[2].second.replace(child.find("title: 市"), 10, "title: 市" + std::to_string(edit) + std::string(30000, 'x'));
      check_sources(files, cached);
    }
    files[2].second = child;
    check_sources(files, cached);
    std::string pack = *util::read_file((dir / "pack").string()).bytes;
    std::vector<PackRecord> records = scan_pack(pack);
    CHECK(records.size() < 40);  // compacted at least once
    CHECK(pack.size() < 40 * 30000);
    CheckResult again = check_sources(files, cached);
    CHECK(again.cache_hits == 3);  // the latest record of each file was kept
    CHECK(summary(again) == want);
  }
  SUBCASE("another language is another entry") {
    CheckOptions zh = cached;
    zh.lang = Lang::zh;
    CheckResult third = check_sources(files, zh);
    CHECK(third.cache_hits == 0);
    CHECK(summary(third) != want);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("hash128 tells inputs apart and is stable") {
  CHECK(util::hash128("").hex().size() == 32);
  CHECK(util::hash128("abc") == util::hash128("abc"));
  CHECK(!(util::hash128("abc") == util::hash128("abd")));
  CHECK(!(util::hash128("abc") == util::hash128("abc", 1)));
  // Lengths around the 16-byte block, and a change in the last byte only.
  std::string s(40, 'x');
  for (size_t n = 0; n < s.size(); ++n) {
    std::string a = s.substr(0, n), b = a;
    if (n) b.back() = 'y';
    CHECK((n == 0 || !(util::hash128(a) == util::hash128(b))));
    CHECK(!(util::hash128(a) == util::hash128(s.substr(0, n + 1))));
  }
}

TEST_CASE("a string is read in place, and a length beyond the bytes is refused") {
  util::BinaryWriter w;
  w.str("科协");
  w.str(std::string("a\0b", 3));
  w.u32(100);  // a length with 3 bytes after it
  w.raw_bytes("abc");
  std::string bytes = w.bytes();
  util::BinaryReader r(bytes);
  std::string_view first = r.view();
  CHECK(first == "科协");
  CHECK(first.data() >= bytes.data());  // in the bytes being read, not a copy
  CHECK(first.data() < bytes.data() + bytes.size());
  CHECK(r.str() == std::string("a\0b", 3));
  CHECK(r.ok());
  CHECK(r.view().empty());
  CHECK(!r.ok());
}

TEST_CASE("a damaged count is refused, not allocated") {
  util::BinaryWriter w;
  w.u32(0xFFFFFFF0u);  // a count far beyond the bytes that follow
  w.str("x");
  util::BinaryReader r(w.bytes());
  CHECK(r.count() == 0);
  CHECK(!r.ok());
  CHECK(r.str().empty());
}

TEST_CASE("a file's stamp skips reading it only when the stamp can tell a change") {
  auto dir = std::filesystem::temp_directory_path() / "scip-stamps-test";
  std::filesystem::remove_all(dir);
  const std::string path = "plans/x.yaml";
  util::Hash128 hash = util::hash128("scip: 1\n");
  int64_t now = util::now_ns();
  util::FileStamp old{8, 42, now - 10'000'000'000, now - 10'000'000'000, 3};  // changed ten seconds ago
  util::FileStamp fresh{8, 42, now, now, 3};                                  // changed this instant
  {
    ResultCache cache(dir.string(), Lang::en);
    CHECK_FALSE(cache.unchanged(path, old).has_value());  // never seen
    cache.remember(path, old, hash);
    cache.remember("plans/y.yaml", fresh, hash);
    std::string error;
    REQUIRE(cache.save_stamps(error));
  }
  ResultCache again(dir.string(), Lang::en);  // read back from DIR/stamps
  REQUIRE(again.unchanged(path, old).has_value());
  CHECK(*again.unchanged(path, old) == hash);
  util::FileStamp grown = old, touched = old, replaced = old, restored = old, elsewhere = old;
  grown.size = 9;
  touched.mtime_ns += 1;
  replaced.inode = 43;
  restored.ctime_ns += 1;  // written, then its modification time set back (cp -p, touch -d)
  elsewhere.device = 7;    // the same path and inode number on another device
  CHECK_FALSE(again.unchanged(path, grown).has_value());
  CHECK_FALSE(again.unchanged(path, touched).has_value());
  CHECK_FALSE(again.unchanged(path, restored).has_value());
  CHECK_FALSE(again.unchanged(path, elsewhere).has_value());
  CHECK_FALSE(again.unchanged(path, replaced).has_value());
  CHECK_FALSE(again.unchanged("plans/other.yaml", old).has_value());
  // Recorded within the same tick as its modification: an edit right after
  // could keep the stamp, so the bytes are read and hashed again.
  CHECK_FALSE(again.unchanged("plans/y.yaml", fresh).has_value());
}

TEST_CASE("a damaged stamps file is as good as none") {
  auto dir = std::filesystem::temp_directory_path() / "scip-stamps-damaged";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "stamps", std::ios::binary) << "scip-check-stamps 1\n" << std::string(7, '\xff');
  ResultCache cache(dir.string(), Lang::en);
  CHECK_FALSE(cache.unchanged("a.yaml", util::FileStamp{1, 1, 0, 0, 1}).has_value());
}

TEST_CASE("an excerpt is read again from disk, and refused once the file changed") {
  auto dir = std::filesystem::temp_directory_path() / "scip-source-text";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string path = (dir / "p.yaml").string();
  std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBF" << kChild;  // with a BOM, which the text drops
  CheckOptions o;
  o.as_of = util::Date{2024, 1, 1};
  CheckResult r = check_paths({path}, o);
  REQUIRE(r.files.size() == 1);
  const Document& doc = r.files[0]->doc;
  CHECK(doc.text.empty());  // not kept: read again when shown
  std::optional<std::string> text = source_text(doc, Lang::en);
  REQUIRE(text.has_value());
  CHECK(*text == kChild);
  std::ofstream(path, std::ios::binary | std::ios::app) << "# edited\n";
  CHECK_FALSE(source_text(doc, Lang::en).has_value());  // no excerpt rather than the wrong line
}
