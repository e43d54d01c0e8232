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
// Entries are one file each (DIR/<32 hex digits>), written whole or not at
// all (util/atomic_file); a damaged or foreign entry is a miss, never an
// error. What an entry holds is what the types' fields() descriptions list
// (util/fields.h), so a member added to the model is cached with it. A
// cache that cannot be written is a warning on stderr, never a failed check.
// Entries of files that changed are not removed: delete DIR to reclaim it.
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

class ResultCache {
 public:
  ResultCache(std::string dir, i18n::Lang lang);

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
  // (a file given in memory, which cannot be read again for excerpts).
  bool load(const std::string& key, const std::string& path, const util::Hash128& hash,
            std::optional<std::string> text, CheckedFile& out, std::vector<Diagnostic>& diags) const;

  // Stores the result of a file checked on its own under `key`. Returns false
  // (and says why in `error`) when the entry could not be written.
  bool store(const std::string& key, const std::string& path, const CheckedFile& file,
             const std::vector<Diagnostic>& diags, std::string& error) const;

 private:
  struct Stamped {
    util::FileStamp stamp;
    util::Hash128 hash;
    int64_t recorded_ns = 0;
  };
  std::string dir_;
  std::string salt_;  // version, schemas, language
  std::unordered_map<std::string, Stamped> stamps_;  // as read from DIR/stamps, then as seen in this run
  mutable std::mutex stamps_mutex_;
};

}  // namespace scip::check
