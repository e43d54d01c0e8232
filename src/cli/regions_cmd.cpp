// cli/regions_cmd — the region registry (region/registry.h) for people: which
// code is which county in which year, what it lies under, where an abolished
// code's area went.
//
// QUERY is a code (its own records, then the records under it), a name, a
// short name (中卫, 海北州) or part of a name; without one, the provinces.
// --year keeps the records in force that year. Exit 0 with rows, 1 when
// nothing matches (with a note on stderr), 2 on a usage error.
#include "cli/regions_cmd.h"

#include <iostream>
#include <set>

#include "region/registry.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::cli {

CLI::App* setup_regions(CLI::App& app, RegionsCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("regions", i18n::tr(lang, "help.regions"));
  cmd->add_option("query", o.query, i18n::tr(lang, "help.regions.query"))->type_name("QUERY");
  cmd->add_option("--year", o.year, i18n::tr(lang, "help.regions.year"))->check(CLI::Range(1981, 2100));
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.regions.format"))
      ->check(CLI::IsMember({"table", "csv"}))
      ->capture_default_str();
  cmd->footer(i18n::tr(lang, "help.regions.examples"));
  return cmd;
}

namespace {

using region::Record;

std::vector<const Record*> matches(const region::Registry& reg, const RegionsCmdOptions& o) {
  std::vector<const Record*> out;
  std::set<const Record*> seen;
  auto add = [&](const Record* r) {
    if ((o.year == 0 || r->valid_in(o.year)) && seen.insert(r).second) out.push_back(r);
  };
  std::string q(util::trim(util::fold_width(o.query)));
  if (q.empty()) {
    for (const Record* r : reg.below("000000", 1981, 2100))
      if (r->level == region::Level::province) add(r);
    return out;
  }
  if (region::is_code(q)) {
    for (const Record& r : reg.records(q)) add(&r);
    int from = o.year ? o.year : 1981, to = o.year ? o.year : 2100;
    for (const Record* r : reg.below(q, from, to)) add(r);
    return out;
  }
  for (const Record* r : reg.named(q)) add(r);
  if (!out.empty()) return out;
  for (const Record* r : reg.below("000000", 1981, 2100))
    if (r->name.find(q) != std::string::npos) add(r);
  return out;
}

std::string years(const Record& r) { return std::to_string(r.from) + "–" + (r.until ? std::to_string(r.until - 1) : ""); }

// The first five successors, and how many more.
std::string became(const Record& r) {
  std::string s;
  for (size_t i = 0; i < r.successors.size(); ++i) {
    const auto& x = r.successors[i];
    if (i == 5) return s + fmt::format(", … (+{})", r.successors.size() - 5);
    if (!s.empty()) s += ", ";
    s += x.code;
    if (x.year) s += " (" + std::to_string(x.year) + ")";
  }
  return s;
}

}  // namespace

int run_regions(const RegionsCmdOptions& o, i18n::Lang lang) {
  const region::Registry& reg = region::Registry::builtin();
  std::vector<const Record*> found = matches(reg, o);
  if (found.empty()) {
    std::cerr << "scip: " << i18n::tr(lang, "regions.none", fmt::arg("value", util::neutralize_controls(o.query))) << "\n";
    return kFound;
  }
  std::vector<std::string> header;
  for (const char* c : {"code", "name", "level", "under", "years", "became"})
    header.push_back(i18n::tr(lang, std::string("regions.col.") + c));
  std::vector<std::vector<std::string>> rows;
  for (const Record* r : found) {
    const Record* up = reg.at(r->parent, r->from);
    if (!up) up = reg.latest(r->parent);
    std::string under = up ? fmt::format("{} {}", up->code, up->name) : r->parent == "000000" ? "—" : std::string(r->parent);
    rows.push_back({std::string(r->code), std::string(r->name), i18n::tr(lang, "regions.level." + std::string(region::level_name(r->level))), under,
                    years(*r), became(*r)});
  }
  if (o.format == "csv") {
    util::write_csv_row(std::cout, header);
    for (const auto& row : rows) util::write_csv_row(std::cout, row);
    return kOk;
  }
  util::TextTable t;
  t.header = header;
  for (const auto& row : rows) {
    std::vector<util::Cell> cells;
    for (const auto& c : row) cells.push_back({c, {}});
    t.rows.push_back(std::move(cells));
  }
  util::write_text_table(std::cout, t);
  return kOk;
}

}  // namespace scip::cli
