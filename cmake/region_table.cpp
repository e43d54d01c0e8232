// cmake/region_table — run by the build, not by hand: parses
// data/regions/areacodes.csv with the registry's own parser and writes the
// result as C++ arrays (src/region/registry_table.h says why and what).
//
//   scip_region_table areacodes.csv OUT.cpp
//
// OUT.cpp is written through OUT.cpp.tmp and replaced only when it changed.
// A table the arrays cannot hold (a name over 255 bytes, a year past 65535,
// a code that is not the table's) stops the build with a message.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "region/registry.h"
#include "region/registry_table.h"

namespace scip::region {

struct TableWriter {
  const Registry& reg;

  // Where `code` is in the table: a view of it, the nation, or nothing.
  uint32_t offset_of(std::string_view code) const {
    if (code.empty()) return table::kNone;
    const char* table = reg.table_.data();
    if (code.data() >= table && code.data() + code.size() <= table + reg.table_.size()) {
      if (code.size() != 6) throw std::runtime_error("a code not of six bytes: " + std::string(code));
      return static_cast<uint32_t>(code.data() - table);
    }
    if (code == "000000") return table::kNation;
    // A code held elsewhere (a chain holds copies): its record's view.
    std::span<const Record> rs = reg.records(code);
    if (rs.empty()) throw std::runtime_error("a code above a record that the table does not hold: " + std::string(code));
    return offset_of(rs.front().code);
  }

  static uint16_t year(int y) {
    if (y < 0 || y > 0xFFFF) throw std::runtime_error("a year out of range: " + std::to_string(y));
    return static_cast<uint16_t>(y);
  }

  void write_rows(std::ostream& out) const {
    out << "const Row kRows[] = {\n";
    for (const Record& r : reg.records_) {
      if (r.name.size() > 0xFF) throw std::runtime_error("a name over 255 bytes: " + std::string(r.name));
      uint32_t name = static_cast<uint32_t>(r.name.data() - reg.table_.data());
      size_t first = r.successors.empty() ? 0 : static_cast<size_t>(r.successors.data() - reg.successors_.data());
      out << "{" << offset_of(r.code) << "," << name << "," << offset_of(r.parent) << "," << first << ",{";
      for (size_t k = 0; k < 4; ++k) out << (k ? "," : "") << (k < r.chain.size() ? offset_of(r.chain[k]) : table::kNone);
      out << "}," << year(r.from) << "," << year(r.until) << "," << r.successors.size() << "," << r.name.size() << ","
          << static_cast<int>(r.level) << "," << (r.abolished ? 1 : 0) << "," << r.chain.size() << "},\n";
    }
    out << "};\nconst size_t kRowCount = " << reg.records_.size() << ";\n";
  }

  void write_successors(std::ostream& out) const {
    out << "const SuccessorRow kSuccessors[] = {\n";
    for (const Successor& s : reg.successors_) out << "{" << offset_of(s.code) << "," << year(s.year) << "},\n";
    if (reg.successors_.empty()) out << "{0,0},\n";  // an array has one element at least
    out << "};\nconst size_t kSuccessorCount = " << reg.successors_.size() << ";\n";
  }

  void write_indexes(std::ostream& out) const {
    out << "const uint32_t kKeys[] = {\n";
    for (uint32_t k : reg.keys_) out << k << ",\n";
    out << "0};\nconst uint32_t kByPrefix[] = {\n";
    for (uint32_t i : reg.by_prefix_) out << i << ",\n";
    out << "};\nconst size_t kByPrefixCount = " << reg.by_prefix_.size() << ";\n";
    out << "const std::pair<uint32_t, uint32_t> kBelow[] = {\n";
    for (const auto& [code, row] : reg.below_) out << "{" << code << "," << row << "},\n";
    out << "{0,0}};\nconst size_t kBelowCount = " << reg.below_.size() << ";\n";
  }

  void write(std::ostream& out, const std::string& source) const {
    out << "// Generated from " << source << " by cmake/region_table.cpp. Do not edit.\n"
        << "#include \"region/registry_table.h\"\n\nnamespace scip::region::table {\n\n"
        << "const size_t kTableBytes = " << reg.table_.size() << ";\n";
    write_rows(out);
    write_successors(out);
    write_indexes(out);
    out << "\n}  // namespace scip::region::table\n";
  }
};

}  // namespace scip::region

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: scip_region_table areacodes.csv OUT.cpp\n";
    return 2;
  }
  try {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) throw std::runtime_error("cannot read it");
    std::stringstream bytes;
    bytes << in.rdbuf();
    scip::region::Registry reg(bytes.str());
    std::ostringstream text;
    scip::region::TableWriter{reg}.write(text, std::filesystem::path(argv[1]).filename().string());
    std::string out = argv[2];
    std::ifstream old(out, std::ios::binary);
    std::stringstream before;
    if (old) before << old.rdbuf();
    if (old && before.str() == text.str()) return 0;
    {
      std::ofstream tmp(out + ".tmp", std::ios::binary);
      tmp << text.str();
      if (!tmp.flush()) throw std::runtime_error("cannot write " + out + ".tmp");
    }
    std::filesystem::rename(out + ".tmp", out);
  } catch (const std::exception& e) {
    std::cerr << "scip_region_table: " << argv[1] << ": " << e.what() << "\n";
    return 1;
  }
  return 0;
}
