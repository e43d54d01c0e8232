// util/key_index — see key_index.h.
#include "util/key_index.h"

#include <algorithm>

#include "util/release.h"

namespace scip::util {

std::pair<uint32_t*, bool> KeyIndex::try_emplace(uint64_t key, uint32_t number) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  for (size_t i = home(key);; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (!s.used) {
      s = {key, number, true};
      ++size_;
      return {&s.number, true};
    }
    if (s.key == key) return {&s.number, false};
  }
}

const uint32_t* KeyIndex::find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = home(key);; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.used) return nullptr;
    if (s.key == key) return &s.number;
  }
}

void KeyIndex::clear() {
  size_ = 0;
  if (slots_.size() > kKeptSlots) release(slots_);
  else std::fill(slots_.begin(), slots_.end(), Slot{});
}

// Twice the slots (16 at first), every key placed again.
void KeyIndex::grow() {
  BigVector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
  old.swap(slots_);
  shift_ = 64;
  for (size_t n = slots_.size(); n > 1; n >>= 1) --shift_;
  size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.used) continue;
    size_t i = home(s.key);
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace scip::util
