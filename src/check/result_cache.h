// check/result_cache — `scip check --cache DIR`: per-file results kept on disk.
//
// A national corpus is 3,300 plans, and a day's change touches a few of them;
// parsing the other 99% again (yaml-cpp runs near 9 MB/s) is most of a run's
// time. With a cache, each YAML file's own result — its diagnostics, its
// plan or catalog model, and the positions of the values that the corpus
// rules may report at — is stored under a key made of scip's version, the
// embedded schemas, the output language, the path and a 128-bit hash of the
// file's bytes. A file whose key is found is not parsed; any change to the
// file, the schemas or scip makes a new key. Rules that look across files
// (check_corpus) and the CSV submissions (which depend on every plan) are
// never cached: they are recomputed from the per-file facts on every run, so
// a cached run reports exactly what an uncached one does (the golden tests
// run both ways).
//
// The entries are records in one file, DIR/pack: mapped into memory once,
// its record headers are scanned into an index (then it is unmapped), and an
// entry is read with one pread when its key is looked up. A run over 3,000
// cached plans opens one file, not 3,000, and a CI cache saves one file.
// New records are appended (a few MiB at a time, each in one write); an entry
// whose bytes lost their hash, or a damaged record, is a miss, never an error.
// What an entry holds is what the types' fields() descriptions list
// (util/fields.h), so a member added to the model is cached with it. A
// cache that cannot be written is a warning on stderr, never a failed check.
// Once the records of files since changed outweigh the latest record of each
// file, the pack is written again without them.
//
// DIR/stamps holds, for each file seen, its stamp (size, inode, modification
// and status-change times) with the hash of its bytes and when that was
// recorded. A file whose stamp is unchanged, and was recorded more than two
// seconds after its last change (an edit within the same tick of a coarse
// clock could otherwise keep the stamp), is looked up by that hash unread:
// a run where 1% of a national corpus changed reads 1% of it. The result
// keeps no text of such a file: check::source_text reads it again for the
// excerpt under a diagnostic, and only if its bytes still have that hash.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/checker.h"
#include "util/files.h"
#include "util/hash.h"

namespace scip::check {

// A record found in DIR/pack: its key's hash, its slot (the file's path and
// the language), where its entry lies with the hash it was written with, and
// where the whole record lies in the pack.
struct PackRecord {
  util::Hash128 key, slot;
  size_t entry_offset = 0, entry_size = 0;
  util::Hash128 entry_hash;
  size_t offset = 0, length = 0;
};
// The whole records of a pack of `size` bytes, in order; damaged stretches
// are passed over. `read(at, n)` gives the n bytes at `at` (empty when they
// cannot be read), valid until its next call: a pack on disk is read by its
// records' headers and trailers alone, a few bytes of every entry.
using PackReader = std::function<std::string_view(size_t at, size_t n)>;
std::vector<PackRecord> scan_pack(size_t size, const PackReader& read);
std::vector<PackRecord> scan_pack(std::string_view pack);  // the same, of bytes in memory

class ResultCache {
 public:
  ResultCache(std::string dir, i18n::Lang lang);
  ~ResultCache();
  ResultCache(const ResultCache&) = delete;
  ResultCache& operator=(const ResultCache&) = delete;

  // The key of the file at `path` of `size` bytes whose hash is `hash`
  // (load and store take it).
  std::string key(const std::string& path, uint64_t size, const util::Hash128& hash) const;

  // The hash of the bytes of the file at `path` recorded with this stamp, if
  // the stamp can be trusted to tell a change (see above).
  std::optional<util::Hash128> unchanged(const std::string& path, const util::FileStamp& stamp) const;
  // Records the hash of the file's bytes under the stamp it had before they were read.
  void remember(const std::string& path, const util::FileStamp& stamp, const util::Hash128& hash);
  // Writes DIR/stamps (with the stamps of files not seen in this run). False,
  // and why in `error`, when it could not.
  bool save_stamps(std::string& error) const;

  // Fills `out` and `diags` with the stored result under `key` of the file at
  // `path`: true on a hit. `text`, when given, is kept as the document's text
  // (a file given in memory, which cannot be read again for excerpts). Sees
  // the pack as it was when the cache was opened, not what store() adds.
  bool load(const std::string& key, const std::string& path, const util::Hash128& hash,
            std::optional<std::string> text, CheckedFile& out, std::vector<Diagnostic>& diags) const;

  // Stores the result of a file checked on its own under `key` (appended to
  // DIR/pack now or by save_entries). Returns false (and says why in `error`)
  // when entries could not be written.
  bool store(const std::string& key, const std::string& path, const CheckedFile& file,
             const std::vector<Diagnostic>& diags, std::string& error) const;
  // Writes the entries store() has not written yet, and compacts the pack
  // when most of it is outdated. False, and why in `error`, when it could not.
  bool save_entries(std::string& error) const;

 private:
  void read_stamps();
  util::Hash128 slot(const std::string& path) const;
  bool flush_pending(std::string& error) const;  // with pending_mutex_ held
  void compact_pack() const;

  struct Stamped {
    util::FileStamp stamp;
    util::Hash128 hash;
    int64_t recorded_ns = 0;
  };
  std::string dir_;
  std::string salt_;  // version, schemas, language
  int lang_;
  std::unique_ptr<util::ReadOnlyFile> pack_;  // DIR/pack as it was when the run began
  struct Stored {  // where an entry is in DIR/pack, and the hash of its bytes
    uint64_t offset = 0;
    size_t size = 0;
    util::Hash128 hash;
  };
  std::unordered_map<util::Hash128, Stored, util::Hash128Hasher> entries_;  // by the hash of its key
  size_t pack_size_ = 0;
  size_t outdated_ = 0;  // bytes of pack_ not in the latest record of a slot
  mutable std::string pending_;  // records not yet appended
  mutable std::mutex pending_mutex_;
  std::unordered_map<std::string, Stamped> stamps_;  // as read from DIR/stamps, then as seen in this run
  mutable std::mutex stamps_mutex_;
};

}  // namespace scip::check
