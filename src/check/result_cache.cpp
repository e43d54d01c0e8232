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

namespace scip::check {

namespace {

constexpr std::string_view kMagic = "scip-check-cache 2\n";
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

  void get(std::string& s) { s = r_.str(); }
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

}  // namespace

ResultCache::ResultCache(std::string dir, i18n::Lang lang)
    : dir_(std::move(dir)),
      salt_(fmt::format("scip {}\nschemas {}\nregions {}\nlang {}\n", SCIP_VERSION, hex_of_schemas(),
                        util::hash128(region::embedded_areacodes()).hex(), static_cast<int>(lang))) {
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
  util::ReadResult read = util::read_file(dir_ + "/" + util::hash128(k).hex());
  if (!read.bytes) return false;  // not stored (or not readable: a miss all the same)
  BinaryReader r(*read.bytes);
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
  entry.get(f.doc.value_pos);  // the corpus rules' positions (checker.h)
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
  entry.put(file.doc.value_pos);

  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  util::AtomicFile out(dir_ + "/" + util::hash128(k).hex(), util::AtomicFile::Sync::no);
  if (out.ok()) out.stream().write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
  if (out.ok() && out.commit()) return true;
  error = fmt::format("{}: {}", dir_, ec ? ec.message() : out.error());
  return false;
}

}  // namespace scip::check
