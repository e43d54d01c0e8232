// util/interned_string — see interned_string.h.
//
// The table maps a value's text to its entry; the entry owns the bytes the
// key views. It is split by the text's hash into shards, each with its own
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
#include <mutex>
#include <new>
#include <unordered_map>

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
// tenth of the cycles in futex waits and wakes).
constexpr size_t kShards = 64;

struct Shard {
  std::mutex lock;
  std::unordered_map<std::string_view, Entry*> entries;
};

struct Table {
  std::array<Shard, kShards> shards;
  Shard& of(std::string_view s) { return shards[std::hash<std::string_view>{}(s) % kShards]; }
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
  Shard& shard = table().of(s);
  std::lock_guard guard(shard.lock);
  auto it = shard.entries.find(s);
  if (it != shard.entries.end()) {
    it->second->refs.fetch_add(1, std::memory_order_relaxed);
    return it->second;
  }
  Entry* e = make_entry(s);
  shard.entries.emplace(std::string_view(e->bytes(), e->size), e);
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
  std::string_view text(e->bytes(), e->size);
  Shard& shard = table().of(text);
  std::lock_guard guard(shard.lock);
  if (e->refs.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  shard.entries.erase(text);
  free_entry(const_cast<Entry*>(e));
}

std::string_view InternedString::text(const Entry* e) { return {e->bytes(), e->size}; }

size_t InternedString::table_size() {
  size_t n = 0;
  for (Shard& shard : table().shards) {
    std::lock_guard guard(shard.lock);
    n += shard.entries.size();
  }
  return n;
}

}  // namespace scip::util
