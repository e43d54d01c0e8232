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
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/checker.h"

namespace scip::check {

class ResultCache {
 public:
  ResultCache(std::string dir, i18n::Lang lang);

  // The key of the file at `path` whose bytes are `bytes` (hashes them once;
  // load and store take it).
  std::string key(const std::string& path, std::string_view bytes) const;

  // Fills `out` and `diags` with the stored result under `key` of the file at
  // `path`, whose decoded text is `text`: true on a hit.
  bool load(const std::string& key, const std::string& path, std::string text, CheckedFile& out,
            std::vector<Diagnostic>& diags) const;

  // Stores the result of a file checked on its own under `key`. Returns false
  // (and says why in `error`) when the entry could not be written.
  bool store(const std::string& key, const std::string& path, const CheckedFile& file,
             const std::vector<Diagnostic>& diags, std::string& error) const;

 private:
  std::string dir_;
  std::string salt_;  // version, schemas, language
};

}  // namespace scip::check
