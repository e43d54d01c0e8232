// region/registry_builtin — the embedded registry, made from what the build
// computed (registry_table.h).
#include <stdexcept>
#include <string>

#include "region/registry.h"
#include "region/registry_table.h"

namespace scip::region {

namespace {

std::string_view code_at(std::string_view table, uint32_t offset) {
  if (offset == table::kNation) return "000000";
  if (offset == table::kNone) return {};
  return table.substr(offset, 6);
}

}  // namespace

Registry::Registry(Prebuilt) : table_(embedded_areacodes()) {
  if (table_.size() != table::kTableBytes)
    throw std::logic_error("region registry: the built table is of another areacodes.csv (" +
                           std::to_string(table::kTableBytes) + " bytes, not " + std::to_string(table_.size()) + ")");
  successors_.reserve(table::kSuccessorCount);
  for (size_t i = 0; i < table::kSuccessorCount; ++i)
    successors_.push_back({code_at(table_, table::kSuccessors[i].code), table::kSuccessors[i].year});
  std::span<const Successor> successors(successors_);
  records_.reserve(table::kRowCount);
  for (size_t i = 0; i < table::kRowCount; ++i) {
    const table::Row& row = table::kRows[i];
    Record& r = records_.emplace_back();
    r.code = code_at(table_, row.code);
    r.name = table_.substr(row.name, row.name_size);
    r.level = static_cast<Level>(row.level);
    r.abolished = row.abolished != 0;
    r.from = row.from;
    r.until = row.until;
    r.successors = successors.subspan(row.successors, row.successor_count);
    r.parent = code_at(table_, row.parent);
    for (size_t k = 0; k < row.chain_size; ++k) r.chain.push_back(code_at(table_, row.chain[k]));
  }
  keys_ = std::span<const uint32_t>(table::kKeys, table::kRowCount);
  if (table::kByPrefixCount != kPrefixes + 1)
    throw std::logic_error("region registry: the built prefix index has " + std::to_string(table::kByPrefixCount) +
                           " entries, not " + std::to_string(kPrefixes + 1));
  by_prefix_ = std::span<const uint32_t>(table::kByPrefix, table::kByPrefixCount);
  below_ = std::span<const std::pair<uint32_t, uint32_t>>(table::kBelow, table::kBelowCount);
}

// Never destroyed: freeing it would only delay the exit of every process
// that looked up a region.
const Registry& Registry::builtin() {
  static const Registry* r = new Registry(Prebuilt{});
  return *r;
}

}  // namespace scip::region
