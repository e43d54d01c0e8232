// check/result_cache — see result_cache.h.
#include "check/result_cache.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "check/schema_source.h"
#include "region/registry.h"
#include "util/atomic_file.h"
#include "util/binary_io.h"
#include "util/fields.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/packed_strings.h"

namespace scip::check {

namespace {

constexpr std::string_view kMagic = "scip-check-cache 4\n";
constexpr std::string_view kStampsMagic = "scip-check-stamps 3\n";
// A stamp is trusted only when recorded this long after the modification it
// shows (file systems with coarse timestamps: FAT's 2 s, ext3's 1 s).
constexpr int64_t kStampMargin = 2'000'000'000;

using util::BinaryReader;
using util::BinaryWriter;

// ---- an entry, member by member as fields() shows them (util/fields.h) ------
//
// The writer and the reader walk the same descriptions in the same order, so
// a member added to a model type and to its fields() is stored with no line
// here; names are not stored (the key and the magic pin the layout).

class EntryWriter : public util::EachMember<EntryWriter> {
 public:
  explicit EntryWriter(BinaryWriter& w) : w_(w) {}
  template <class T>
  void member(const T& m) { put(m); }

  void put(const std::string& s) { w_.str(s); }
  void put(const util::CompactString& s) { w_.str(s); }
  void put(const util::InternedString& s) { w_.str(s); }
  void put(const util::PackedStrings& l) { w_.str(l.bytes()); }
  void put(bool b) { w_.u8(b); }
  void put(int i) { w_.i32(i); }
  void put(double d) { w_.f64(d); }
  template <class E>
    requires std::is_enum_v<E>
  void put(E e) { w_.i32(static_cast<int32_t>(e)); }
  template <class T>
  void put(const std::optional<T>& o) {
    w_.u8(o.has_value());
    if (o) put(*o);
  }
  template <class A, class B>
  void put(const std::pair<A, B>& p) {
    put(p.first);
    put(p.second);
  }
  template <class T>
  void put(const std::vector<T>& v) {
    w_.u32(static_cast<uint32_t>(v.size()));
    for (const auto& x : v) put(x);
  }
  template <class K, class T>
  void put(const std::unordered_map<K, T>& m) {
    w_.u32(static_cast<uint32_t>(m.size()));
    for (const auto& [k, x] : m) {
      put(k);
      put(x);
    }
  }
  template <class T>
  void put(const util::FlatStringMap<T>& m) {
    w_.u32(static_cast<uint32_t>(m.size()));
    for (size_t i = 0; i < m.size(); ++i) {
      w_.str(m.key(i));
      put(m.value(i));
    }
  }
  template <util::Described T>
  void put(const T& x) { fields(*this, x); }

 private:
  BinaryWriter& w_;
};

// Reads what EntryWriter wrote. A damaged entry leaves the reader spent
// (BinaryReader::ok() false), and the entry is a miss.
class EntryReader : public util::EachMember<EntryReader> {
 public:
  explicit EntryReader(BinaryReader& r) : r_(r) {}
  template <class T>
  void member(T& m) { get(m); }

  void get(std::string& s) { s = r_.view(); }
  void get(util::CompactString& s) { s = r_.view(); }
  // An interned value is looked up in the process-wide table each time it
  // is read. (A memo of the last eight values read, which spared the look-ups
  // of an entry's repeats, cost more than it saved once the table was hashed
  // once per look-up: check --cache with 1% changed 0.375 -> 0.350 s
  // without it.)
  void get(util::InternedString& s) { s = r_.view(); }
  void get(util::PackedStrings& l) {
    if (!l.from_interned(util::InternedString(r_.view()))) r_.fail();
  }
  void get(bool& b) { b = r_.u8() != 0; }
  void get(int& i) { i = r_.i32(); }
  void get(double& d) { d = r_.f64(); }
  template <class E>
    requires std::is_enum_v<E>
  void get(E& e) { e = static_cast<E>(r_.i32()); }
  template <class T>
  void get(std::optional<T>& o) {
    o.reset();
    if (r_.u8()) get(o.emplace());
  }
  template <class A, class B>
  void get(std::pair<A, B>& p) {
    get(p.first);
    get(p.second);
  }
  template <class T>
  void get(std::vector<T>& v) {
    v.resize(r_.count());
    for (auto& x : v) {
      if (!r_.ok()) break;
      get(x);
    }
  }
  template <class K, class T>
  void get(std::unordered_map<K, T>& m) {
    uint32_t n = r_.count();
    for (uint32_t i = 0; i < n && r_.ok(); ++i) {
      std::pair<K, T> kx;
      get(kx);
      m.insert(std::move(kx));
    }
  }
  template <class T>
  void get(util::FlatStringMap<T>& m) {
    std::vector<std::pair<std::string, T>> items;
    get(items);
    m.assign(std::move(items));
  }
  template <util::Described T>
  void get(T& x) { fields(*this, x); }

 private:
  BinaryReader& r_;
};

std::string hex_of_schemas() {
  std::string all;
  for (const auto& name : document_types()) all += embedded_schema(name);
  return util::hash128(all).hex();
}

// ---- DIR/pack: the entries, one record after another -----------------------
//
// A record is its header (the tag, the entry's length, the hash of its key,
// its slot — the hash of the file's path and the language, which a newer
// record of the same file shares — and a check of those), the entry, and the
// hash of the entry. Records are only ever appended, each in one write, so
// two runs at once do not interleave; where a header fails its check (a
// record cut short by a full disk or a crash), the scan goes on at the next
// tag (its bytes 0xFF 0xFE never occur in UTF-8 text). An entry is used only
// when its bytes still have their hash: a damaged one is a miss.
constexpr std::string_view kTag{"\xFF\xFEscip1\x00", 8};
constexpr size_t kHeader = 8 + 8 + 16 + 16 + 8, kTrailer = 16;
// Appends are gathered until this many bytes (a cold run writes the whole
// corpus: it is not held in memory to the end).
constexpr size_t kFlushBytes = 4u << 20;

uint64_t header_check(std::string_view header48) { return util::hash128(header48, 0x5c1bac4e).lo; }

void put_hash(BinaryWriter& w, const util::Hash128& h) {
  w.u64(h.lo);
  w.u64(h.hi);
}
util::Hash128 get_hash(BinaryReader& r) {
  util::Hash128 h;
  h.lo = r.u64();
  h.hi = r.u64();
  return h;
}

// One record of `entry` under `key_hash` in `slot`.
std::string pack_record(const util::Hash128& key_hash, const util::Hash128& slot, std::string_view entry) {
  BinaryWriter w;
  w.raw_bytes(kTag);
  w.u64(entry.size());
  put_hash(w, key_hash);
  put_hash(w, slot);
  w.u64(header_check(std::string_view(w.bytes()).substr(0, kHeader - 8)));
  w.raw_bytes(entry);
  put_hash(w, util::hash128(entry));
  return w.bytes();
}

// Whether each of `records` is the latest of its slot (the one to keep).
std::vector<bool> latest_of_slot(const std::vector<PackRecord>& records) {
  std::unordered_map<util::Hash128, size_t, util::Hash128Hasher> latest;  // slot -> record
  for (size_t i = 0; i < records.size(); ++i) latest[records[i].slot] = i;
  std::vector<bool> out(records.size(), false);
  for (const auto& [slot, i] : latest) out[i] = true;
  return out;
}

}  // namespace

namespace {

// Where the next tag is at or after `from` (a tag across two reads found
// too); `size` when there is none.
size_t next_tag(size_t size, const PackReader& read, size_t from) {
  constexpr size_t kWindow = size_t{1} << 20;
  while (from < size) {
    std::string_view w = read(from, std::min(kWindow, size - from));
    if (w.empty()) return size;
    if (size_t hit = w.find(kTag); hit != std::string_view::npos) return from + hit;
    if (from + w.size() >= size) return size;
    from += w.size() - (kTag.size() - 1);
  }
  return size;
}

// The record whose header is at `at`, if its header is whole and checks out
// and it fits in the pack.
std::optional<PackRecord> record_at(size_t size, const PackReader& read, size_t at) {
  if (size - at < kHeader + kTrailer) return std::nullopt;
  std::string_view header = read(at, kHeader);
  if (header.size() != kHeader || header.substr(0, kTag.size()) != kTag) return std::nullopt;
  BinaryReader r(header.substr(kTag.size()));
  uint64_t entry = r.u64();
  util::Hash128 key = get_hash(r), slot = get_hash(r);
  if (r.u64() != header_check(header.substr(0, kHeader - 8)) || entry > size - at - kHeader - kTrailer)
    return std::nullopt;
  std::string_view trailer = read(at + kHeader + entry, kTrailer);
  if (trailer.size() != kTrailer) return std::nullopt;
  BinaryReader t(trailer);
  return PackRecord{key, slot, at + kHeader, entry, get_hash(t), at, kHeader + entry + kTrailer};
}

}  // namespace

std::vector<PackRecord> scan_pack(size_t size, const PackReader& read) {
  std::vector<PackRecord> out;
  size_t at = 0;
  while (at < size) {
    if (std::optional<PackRecord> rec = record_at(size, read, at)) {
      out.push_back(*rec);
      at += rec->length;
      continue;
    }
    at = next_tag(size, read, at + 1);  // damage: go on at the next record
  }
  return out;
}

std::vector<PackRecord> scan_pack(std::string_view pack) {
  return scan_pack(pack.size(), [pack](size_t at, size_t n) { return pack.substr(at, n); });
}

namespace {

// The records of a pack on disk, read by pread.
std::vector<PackRecord> scan_pack_file(const util::ReadOnlyFile& pack) {
  std::string buffer;
  return scan_pack(pack.size(), [&](size_t at, size_t n) {
    return pack.read_at(at, n, buffer) ? std::string_view(buffer) : std::string_view();
  });
}

}  // namespace

ResultCache::ResultCache(std::string dir, i18n::Lang lang)
    : dir_(std::move(dir)),
      salt_(fmt::format("scip {}\nschemas {}\nregions {}\nlang {}\n", SCIP_VERSION, hex_of_schemas(),
                        util::hash128(region::embedded_areacodes()).hex(), static_cast<int>(lang))),
      lang_(static_cast<int>(lang)),
      pack_(std::make_unique<util::ReadOnlyFile>(dir_ + "/pack")) {
  std::vector<PackRecord> records = scan_pack_file(*pack_);
  std::vector<bool> latest = latest_of_slot(records);
  size_t live = 0;
  for (size_t i = 0; i < records.size(); ++i) {
    const PackRecord& rec = records[i];
    entries_[rec.key] = {rec.entry_offset, rec.entry_size, rec.entry_hash};  // the latest wins
    if (latest[i]) live += rec.length;
  }
  pack_size_ = pack_->size();
  outdated_ = pack_size_ - live;
  // The entries are read by pread, each into a buffer used again: mapped, all
  // 100 MB of a national pack would stay in the process's memory (and giving
  // pages back one entry at a time costs more than reading them).
  read_stamps();
}

ResultCache::~ResultCache() = default;

void ResultCache::read_stamps() {
  util::ReadResult read = util::read_file(dir_ + "/stamps");
  if (!read.bytes) return;
  BinaryReader r(*read.bytes);
  if (r.str() != kStampsMagic) return;
  for (uint32_t n = r.count(); n > 0 && r.ok(); --n) {
    std::string path = r.str();
    Stamped s;
    s.stamp.size = r.u64();
    s.stamp.inode = r.u64();
    s.stamp.mtime_ns = static_cast<int64_t>(r.u64());
    s.stamp.ctime_ns = static_cast<int64_t>(r.u64());
    s.stamp.device = r.u64();
    s.hash.lo = r.u64();
    s.hash.hi = r.u64();
    s.recorded_ns = static_cast<int64_t>(r.u64());
    if (r.ok()) stamps_[std::move(path)] = s;
  }
  if (!r.ok() || !r.at_end()) stamps_.clear();  // damaged: every file is read and hashed again
}

std::string ResultCache::key(const std::string& path, uint64_t size, const util::Hash128& hash) const {
  return fmt::format("{}path {}\nbytes {} {}\n", salt_, path, size, hash.hex());
}

std::optional<util::Hash128> ResultCache::unchanged(const std::string& path, const util::FileStamp& stamp) const {
  std::lock_guard<std::mutex> lock(stamps_mutex_);
  auto it = stamps_.find(path);
  if (it == stamps_.end() || !(it->second.stamp == stamp)) return std::nullopt;
  if (std::max(stamp.mtime_ns, stamp.ctime_ns) > it->second.recorded_ns - kStampMargin)
    return std::nullopt;  // changed in the same tick as it was recorded?
  return it->second.hash;
}

void ResultCache::remember(const std::string& path, const util::FileStamp& stamp, const util::Hash128& hash) {
  std::lock_guard<std::mutex> lock(stamps_mutex_);
  stamps_[path] = {stamp, hash, util::now_ns()};
}

bool ResultCache::save_stamps(std::string& error) const {
  BinaryWriter w;
  w.str(kStampsMagic);
  {
    std::lock_guard<std::mutex> lock(stamps_mutex_);
    w.u32(static_cast<uint32_t>(stamps_.size()));
    for (const auto& [path, s] : stamps_) {
      w.str(path);
      w.u64(s.stamp.size);
      w.u64(s.stamp.inode);
      w.u64(static_cast<uint64_t>(s.stamp.mtime_ns));
      w.u64(static_cast<uint64_t>(s.stamp.ctime_ns));
      w.u64(s.stamp.device);
      w.u64(s.hash.lo);
      w.u64(s.hash.hi);
      w.u64(static_cast<uint64_t>(s.recorded_ns));
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  util::AtomicFile out(dir_ + "/stamps", util::AtomicFile::Sync::no);
  if (out.ok()) out.stream().write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
  if (out.ok() && out.commit()) return true;
  error = fmt::format("{}: {}", dir_, ec ? ec.message() : out.error());
  return false;
}

bool ResultCache::load(const std::string& k, const std::string& path, const util::Hash128& hash,
                       std::optional<std::string> text, CheckedFile& out, std::vector<Diagnostic>& diags) const {
  auto found_entry = entries_.find(util::hash128(k));
  if (found_entry == entries_.end()) return false;
  const Stored& at = found_entry->second;
  thread_local std::string bytes;
  if (!pack_->read_at(at.offset, at.size, bytes)) return false;
  if (!(util::hash128(bytes) == at.hash)) return false;  // damaged since it was written
  BinaryReader r(bytes);
  if (r.str() != kMagic || r.str() != k) return false;
  EntryReader entry(r);
  std::vector<Diagnostic> found;
  CheckedFile f;
  entry.get(found);
  entry.get(f.plan);
  entry.get(f.catalog);
  entry.get(f.findings);
  entry.get(f.ledger);
  entry.get(f.rubric);
  entry.get(f.doc.kept_pos);  // the corpus rules' positions (checker.h)
  if (!r.ok() || !r.at_end()) return false;
  f.doc.path = path;
  f.doc.bytes_hash = hash;
  if (text) f.doc.text = plan::document_text(std::move(*text));  // for the excerpts under diagnostics
  out = std::move(f);
  diags = std::move(found);
  return true;
}

bool ResultCache::store(const std::string& k, const std::string& path, const CheckedFile& file,
                        const std::vector<Diagnostic>& diags, std::string& error) const {
  for (const auto& d : diags)
    if (d.file != path) return true;  // not a result of this file alone: not cached
  BinaryWriter w;
  w.str(kMagic);
  w.str(k);
  EntryWriter entry(w);
  entry.put(diags);
  entry.put(file.plan);
  entry.put(file.catalog);
  entry.put(file.findings);
  entry.put(file.ledger);
  entry.put(file.rubric);
  entry.put(file.doc.kept_pos);

  std::string record = pack_record(util::hash128(k), slot(path), w.bytes());
  std::lock_guard<std::mutex> lock(pending_mutex_);
  pending_ += record;
  return pending_.size() < kFlushBytes || flush_pending(error);
}

util::Hash128 ResultCache::slot(const std::string& path) const {
  return util::hash128(fmt::format("lang {}\npath {}\n", lang_, path));
}

bool ResultCache::flush_pending(std::string& error) const {
  if (pending_.empty()) return true;
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  std::string why;
  bool ok = util::append_to_file(dir_ + "/pack", pending_, why);
  pending_.clear();
  if (!ok) error = fmt::format("{}/pack: {}", dir_, why);
  return ok;
}

bool ResultCache::save_entries(std::string& error) const {
  {
    std::lock_guard<std::mutex> lock(pending_mutex_);
    if (!flush_pending(error)) return false;
  }
  // Measured when the pack was opened: a pack that needs it is compacted one run late.
  if (outdated_ > pack_size_ - outdated_ && outdated_ >= (1u << 20)) compact_pack();
  return true;
}

// Records of a file that changed stay in the pack after newer ones; once they
// outweigh the live records, the pack is written again with the latest record
// of each slot, copied by pread (renamed into place: a run reading the old
// one keeps its descriptor of it). A record another run appends meanwhile
// may be lost — a later miss, never a wrong result.
void ResultCache::compact_pack() const {
  util::ReadOnlyFile now(dir_ + "/pack");
  std::vector<PackRecord> records = scan_pack_file(now);
  std::vector<bool> latest = latest_of_slot(records);
  util::AtomicFile out(dir_ + "/pack", util::AtomicFile::Sync::no);
  std::string record;
  for (size_t i = 0; i < records.size() && out.ok(); ++i) {
    if (!latest[i]) continue;
    if (!now.read_at(records[i].offset, records[i].length, record)) return;  // changed meanwhile: the old pack stays
    out.stream().write(record.data(), static_cast<std::streamsize>(record.size()));
  }
  if (out.ok()) out.commit();  // if not, the old pack stays: only larger
}

}  // namespace scip::check
