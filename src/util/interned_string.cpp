// util/interned_string — see interned_string.h.
//
// The table maps a value's text to its entry; the entry owns the bytes the
// key views. Counting: a new reference from the table (acquire) is taken
// under the lock; a copy of a live InternedString adds one without it (the
// entry cannot go while the copied one holds it); letting go takes one
// without the lock while others remain, and the last one is taken under the
// lock, where the entry is removed. So an entry whose count reached zero is
// never found again, and one that is found is never freed under the finder.
#include "util/interned_string.h"

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

struct Table {
  std::mutex lock;
  std::unordered_map<std::string_view, Entry*> entries;
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
  Table& t = table();
  std::lock_guard guard(t.lock);
  auto it = t.entries.find(s);
  if (it != t.entries.end()) {
    it->second->refs.fetch_add(1, std::memory_order_relaxed);
    return it->second;
  }
  Entry* e = make_entry(s);
  t.entries.emplace(std::string_view(e->bytes(), e->size), e);
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
  Table& t = table();
  std::lock_guard guard(t.lock);
  if (e->refs.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  t.entries.erase(std::string_view(e->bytes(), e->size));
  free_entry(const_cast<Entry*>(e));
}

std::string_view InternedString::text(const Entry* e) { return {e->bytes(), e->size}; }

size_t InternedString::table_size() {
  Table& t = table();
  std::lock_guard guard(t.lock);
  return t.entries.size();
}

}  // namespace scip::util
