// util/key_index — see key_index.h.
#include "util/key_index.h"

namespace scip::util {

std::pair<uint32_t*, bool> KeyIndex::try_emplace(uint64_t key, uint32_t number) {
  auto [pair, fresh] = table_.find_or_insert(
      key, [key](const Pair& p) { return p.key == key; }, [&] { return Pair{key, number, true}; });
  return {&pair->number, fresh};
}

const uint32_t* KeyIndex::find(uint64_t key) const {
  const Pair* pair = table_.find(key, [key](const Pair& p) { return p.key == key; });
  return pair ? &pair->number : nullptr;
}

}  // namespace scip::util
