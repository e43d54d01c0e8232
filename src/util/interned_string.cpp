// util/interned_string — see interned_string.h.
//
// The table holds each value's entry once, found by the hash of its text;
// the entry owns the bytes. It is split by the text's hash into shards, each with its own
// lock; "the lock" below is the lock of the value's shard. Counting: a new
// reference from the table (acquire) is taken under the lock; a copy of a
// live InternedString adds one without it (the entry cannot go while the
// copied one holds it); letting go takes one without the lock while others
// remain, and the last one is taken under the lock, where the entry is
// removed. So an entry whose count reached zero is never found again, and one
// that is found is never freed under the finder.
#include "util/interned_string.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <limits>
#include <mutex>
#include <new>
#include <vector>

namespace scip::util {

struct InternedString::Entry {
  mutable std::atomic<uint64_t> refs;
  size_t size;
  // the bytes and a NUL follow
  const char* bytes() const { return reinterpret_cast<const char*>(this + 1); }
};

namespace {

using Entry = InternedString::Entry;

// The table is split by the value's hash into shards, each under its own
// lock: two threads decoding models take the same lock only when their
// values fall in the same shard (a cached run's decode, where one lock was a
// tenth of the cycles in futex waits and wakes). The hash picks the shard by
// its top bits and the slot within it by its low bits, so it is computed
// once per look-up; an entry's slot keeps it, so a probe compares text only
// when the hashes agree, and growing never hashes again.
constexpr size_t kShards = 64;
constexpr int kShardBits = 6;
static_assert(size_t{1} << kShardBits == kShards);
constexpr int kHashBits = std::numeric_limits<size_t>::digits;

size_t hash_of(std::string_view s) { return std::hash<std::string_view>{}(s); }
std::string_view text_of(const Entry* e) { return {e->bytes(), e->size}; }

// One shard: entries in slots probed linearly from their hash, at most three
// quarters full; a removed entry's followers are moved back over its slot,
// so no slot is ever a tombstone.
class Shard {
 public:
  std::mutex lock;

  Entry* find(std::string_view s, size_t h) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & mask(); slots_[i].e; i = (i + 1) & mask())
      if (slots_[i].hash == h && text_of(slots_[i].e) == s) return slots_[i].e;
    return nullptr;
  }
  void insert(Entry* e, size_t h) {
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    place({h, e});
    ++used_;
  }
  void erase(const Entry* e, size_t h) {
    size_t i = h & mask();
    while (slots_[i].e != e) i = (i + 1) & mask();
    // Each later entry of the run that may sit at i (its home is not in
    // (i, j]) moves back to i, and its old slot becomes the hole.
    for (size_t j = (i + 1) & mask(); slots_[j].e; j = (j + 1) & mask()) {
      size_t home = slots_[j].hash & mask();
      bool stays = i < j ? (home > i && home <= j) : (home > i || home <= j);
      if (stays) continue;
      slots_[i] = slots_[j];
      i = j;
    }
    slots_[i] = {};
    --used_;
  }
  size_t size() const { return used_; }

 private:
  struct Slot {
    size_t hash = 0;
    Entry* e = nullptr;
  };
  size_t mask() const { return slots_.size() - 1; }
  void place(Slot slot) {
    size_t i = slot.hash & mask();
    while (slots_[i].e) i = (i + 1) & mask();
    slots_[i] = slot;
  }
  // Twice the slots (16 at first), each entry placed again by its kept hash.
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.e) place(slot);
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

struct Table {
  std::array<Shard, kShards> shards;
  Shard& of(size_t hash) { return shards[hash >> (kHashBits - kShardBits)]; }
};

// Never destroyed: InternedStrings in static objects may let go after the
// end of main.
Table& table() {
  static Table* t = new Table;
  return *t;
}

Entry* make_entry(std::string_view s) {
  void* block = ::operator new(sizeof(Entry) + s.size() + 1);
  auto* e = new (block) Entry{{1}, s.size()};
  char* bytes = static_cast<char*>(block) + sizeof(Entry);
  std::memcpy(bytes, s.data(), s.size());
  bytes[s.size()] = '\0';
  return e;
}

void free_entry(Entry* e) {
  e->~Entry();
  ::operator delete(e);
}

}  // namespace

const InternedString::Entry* InternedString::acquire(std::string_view s) {
  if (s.empty()) return nullptr;
  size_t h = hash_of(s);
  Shard& shard = table().of(h);
  std::lock_guard guard(shard.lock);
  if (Entry* found = shard.find(s, h)) {
    found->refs.fetch_add(1, std::memory_order_relaxed);
    return found;
  }
  Entry* e = make_entry(s);
  shard.insert(e, h);
  return e;
}

void InternedString::share(const Entry* e) {
  if (e) e->refs.fetch_add(1, std::memory_order_relaxed);
}

void InternedString::release(const Entry* e) {
  if (!e) return;
  // Not the last: one fewer, without the lock.
  uint64_t n = e->refs.load(std::memory_order_relaxed);
  while (n > 1)
    if (e->refs.compare_exchange_weak(n, n - 1, std::memory_order_acq_rel, std::memory_order_relaxed)) return;
  // Perhaps the last: decide under the lock, where acquire finds entries.
  size_t h = hash_of(text(e));
  Shard& shard = table().of(h);
  std::lock_guard guard(shard.lock);
  if (e->refs.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  shard.erase(e, h);
  free_entry(const_cast<Entry*>(e));
}

std::string_view InternedString::text(const Entry* e) { return text_of(e); }

size_t InternedString::table_size() {
  size_t n = 0;
  for (Shard& shard : table().shards) {
    std::lock_guard guard(shard.lock);
    n += shard.size();
  }
  return n;
}

}  // namespace scip::util
