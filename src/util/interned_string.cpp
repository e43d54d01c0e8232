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

#include "util/probe_table.h"

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
constexpr int kShardBits = 6;
constexpr size_t kShards = size_t{1} << kShardBits;
constexpr int kHashBits = std::numeric_limits<size_t>::digits;

size_t hash_of(std::string_view s) { return std::hash<std::string_view>{}(s); }
std::string_view text_of(const Entry* e) { return {e->bytes(), e->size}; }

struct EntrySlot {
  size_t hash = 0;
  Entry* e = nullptr;
};

// A shard's slots (util::ProbeTable): probed from the hash's low bits, at
// most three quarters full.
struct ShardProbe {
  using Slot = EntrySlot;
  using Hash = size_t;
  static bool taken(const EntrySlot& slot) { return slot.e != nullptr; }
  static size_t hash(const EntrySlot& slot) { return slot.hash; }
  static size_t home(size_t h, int bits) { return h & ((size_t{1} << bits) - 1); }
  static constexpr size_t kFullNum = 3;
  static constexpr size_t kFullDen = 4;
};

struct Shard {
  std::mutex lock;
  ProbeTable<ShardProbe> slots;
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
  auto [slot, fresh] = shard.slots.find_or_insert(
      h, [&](const EntrySlot& o) { return o.hash == h && text_of(o.e) == s; }, [&] { return EntrySlot{h, make_entry(s)}; });
  if (!fresh) slot->e->refs.fetch_add(1, std::memory_order_relaxed);
  return slot->e;
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
  shard.slots.erase(shard.slots.find(h, [e](const EntrySlot& o) { return o.e == e; }));
  free_entry(const_cast<Entry*>(e));
}

std::string_view InternedString::text(const Entry* e) { return text_of(e); }

size_t InternedString::table_size() {
  size_t n = 0;
  for (Shard& shard : table().shards) {
    std::lock_guard guard(shard.lock);
    n += shard.slots.size();
  }
  return n;
}

}  // namespace scip::util
