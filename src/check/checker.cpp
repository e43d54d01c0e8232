// check/checker — see checker.h.
#include "check/checker.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <mutex>
#include <set>
#include <thread>

#include "check/result_cache.h"
#include "check/rules.h"
#include "check/structure.h"
#include "region/registry.h"
#include "util/workbook.h"
#include "util/files.h"
#include "util/heap.h"
#include "util/parallel.h"
#include "util/permute.h"
#include "util/release.h"
#include "util/text.h"

namespace scip::check {

namespace {

// A YAML file's bytes as the checker reads them: decoded, invisible
// characters reported, a Chinese keyboard's slips repaired. The check and the
// excerpts read again later (source_text) both take it from here.
std::optional<std::string> yaml_text(Diagnostics& diags, const std::string& path, std::string bytes) {
  std::optional<std::string> text = decode_text(diags, path, std::move(bytes));
  if (!text) return std::nullopt;
  report_invisible(diags, path, *text);
  return repair_keyboard_slips(diags, path, std::move(*text));
}

// The file's bytes, as given or read already (with their hash, when the
// cache has taken it), or nothing yet: check_one reads them.
struct FileBytes {
  std::optional<std::string> bytes;
  std::optional<util::Hash128> hash;
};

// Reads (when `in` holds no bytes) and checks one file on its own.
std::vector<Diagnostic> check_one(const std::string& path, FileBytes in, const CheckOptions& opts, CheckedFile& out,
                                  bool& unreadable) {
  Diagnostics diags(opts.lang);
  out.doc.path = path;
  if (!in.bytes) {
    util::ReadResult r = util::read_file(path, opts.max_file_size);
    if (!r.bytes) {
      report_path_error(diags, *r.error);
      unreadable = r.error->problem != util::PathProblem::too_large;
      return std::move(diags.items());
    }
    in.bytes = std::move(r.bytes);
  }
  std::string bytes = std::move(*in.bytes);
  util::Hash128 hash = in.hash ? *in.hash : util::hash128(bytes);  // before decoding: what source_text compares
  std::optional<std::string> text = yaml_text(diags, path, std::move(bytes));
  if (!text) return std::move(diags.items());
  out.doc = plan::load_document(path, std::move(*text));
  out.doc.bytes_hash = hash;
  DocKind kind = check_structure(out.doc, diags);
  if (kind == DocKind::plan) {
    out.plan = plan::plan_from_json(out.doc.json);
    check_plan(*out.plan, out.doc, diags);
  } else if (kind == DocKind::indicators) {
    out.catalog = plan::catalog_from_json(out.doc.json);
    check_catalog(*out.catalog, out.doc, diags);
  } else if (kind == DocKind::findings) {
    out.findings = plan::findings_from_json(out.doc.json);
    check_findings(*out.findings, out.doc, diags);
  } else if (kind == DocKind::ledger) {
    out.ledger = plan::ledger_from_json(out.doc.json);
    check_ledger(*out.ledger, out.doc, diags);
  } else if (kind == DocKind::rubric) {
    out.rubric = plan::rubric_from_json(out.doc.json);
    check_rubric(*out.rubric, out.doc, diags);
  }
  return std::move(diags.items());
}

// Once a file is checked on its own, all the rest needs of its document is
// its text (for excerpts) and the positions the corpus rules may report at:
// the JSON and the position tables of every value (most of a national
// corpus's memory, 1.3 GB of 3,300 plans) are freed at once, on the worker.
void keep_corpus_facts(CheckedFile& f, bool keep_text) {
  f.doc.keep_positions(site_pointers(f.plan ? &*f.plan : nullptr, f.catalog ? &*f.catalog : nullptr,
                                     f.findings ? &*f.findings : nullptr, f.ledger ? &*f.ledger : nullptr,
                                     f.rubric ? &*f.rubric : nullptr));
  f.doc.json = nullptr;
  // Swapped with empty ones: `= {}` would keep each hash table's buckets
  // (3,000 documents' worth: 28 MB at national scale).
  util::release(f.doc.plain_scalar);
  util::release(f.doc.reported);
  util::release(f.doc.problems);
  // A file read from disk is read again for the few excerpts a report shows
  // (source_text): a national corpus's text is 100 MB.
  if (!keep_text) util::release(f.doc.text);
}

// A YAML file's result from the cache. A file whose stamp is unchanged is not
// read at all; otherwise its bytes are read into `in` (unless given), hashed
// and looked up, and `key` is where check_one's result is to be stored
// (empty: not to be stored; a file that cannot be read or decoded is left to
// check_one, which says why).
bool lookup(ResultCache& cache, const std::string& path, const std::string* given, FileBytes& in,
            const CheckOptions& opts, std::string& key, CheckedFile& file, std::vector<Diagnostic>& diags) {
  std::optional<util::FileStamp> stamp = given ? std::nullopt : util::file_stamp(path);
  bool fits = stamp && (opts.max_file_size == 0 || stamp->size <= opts.max_file_size);
  if (fits) {
    if (std::optional<util::Hash128> known = cache.unchanged(path, *stamp))
      if (cache.load(cache.key(path, stamp->size, *known), path, *known, std::nullopt, file, diags)) return true;
  }
  bool from_disk = !given;
  in.bytes = from_disk ? util::read_file(path, opts.max_file_size).bytes : *given;
  if (!in.bytes) return false;
  Diagnostics scratch(opts.lang);
  std::optional<std::string> text = decode_text(scratch, path, *in.bytes);
  if (!text) return false;
  util::Hash128 hash = util::hash128(*in.bytes);
  in.hash = hash;
  key = cache.key(path, in.bytes->size(), hash);
  if (from_disk && fits) cache.remember(path, *stamp, hash);
  return cache.load(key, path, hash, from_disk ? std::nullopt : std::move(text), file, diags);
}

// The region registry is made on its first use: about 4 ms (the build
// parsed the table; what is left is writing 6,800 records into fresh
// pages), a sixth of a check of one plan. The rules on regions and the
// corpus need it, and parsing the files does not; made beside the parsing,
// a check of one or two plans (a pre-commit hook, `scip diff`) waits for it
// less (1–1.5 ms of 24 on a 2-core machine). A failure is left to the first
// real use, which throws it again.
class RegistryWarmer {
 public:
  explicit RegistryWarmer(bool wanted) {
    if (wanted) thread_ = std::thread([] {
        try {
          region::Registry::builtin();
        } catch (...) {
        }
      });
  }
  ~RegistryWarmer() {
    if (thread_.joinable()) thread_.join();
  }
  RegistryWarmer(const RegistryWarmer&) = delete;
  RegistryWarmer& operator=(const RegistryWarmer&) = delete;

 private:
  std::thread thread_;
};

// A workbook of several sheets none of which has a header row: its sheets
// were each noted, and the file as a whole is an error (nothing was read).
void no_sheet_read(const std::vector<SubmissionTable>& tables, const std::vector<SubmissionFile>& subs, i18n::Lang lang,
                   Diagnostics& top) {
  std::map<std::string, bool> read;  // workbook of several sheets -> whether some sheet had a header
  for (size_t k = 0; k < tables.size(); ++k)
    if (tables[k].sheet >= 0 && !tables[k].only_sheet) read[tables[k].path] = read[tables[k].path] || subs[k].has_header;
  for (const auto& [path, any] : read)
    if (!any)
      top.add("csv-missing-column", path, util::Pos{}, i18n::tr(lang, "diag.workbook-no-header"), i18n::tr(lang, "hint.csv-empty"))
          .about_figures = true;
}

// One mistake, one diagnostic: where a corpus rule explains what a file's own
// check could only call malformed (`indicator: 培育高素质农民` is a catalog
// name, not an id), the file's diagnostic at that place gives way.
void drop_superseded(std::vector<std::vector<Diagnostic>>& per_file, const Diagnostics& top) {
  static constexpr std::pair<std::string_view, std::string_view> kExplainsBetter[] = {{"unknown-indicator", "invalid-id"}};
  for (const auto& pair : kExplainsBetter) {
    std::string_view weaker = pair.second;
    std::set<std::tuple<std::string, int, int>> at;
    for (const auto& d : top.items())
      if (d.code == pair.first) at.emplace(d.file, d.pos.line, d.pos.column);
    if (at.empty()) continue;
    for (auto& file : per_file)
      std::erase_if(file, [&](const Diagnostic& d) {
        return d.code == weaker && at.count({d.file, d.pos.line, d.pos.column});
      });
  }
}

// Each YAML file (the `yaml` of `all`) checked on its own, on all cores, or
// its result read from the cache: into result.files, per_file and unreadable.
void check_yaml_files(const std::vector<std::string>& all, const std::vector<size_t>& yaml,
                      const std::vector<std::string>* contents, const CheckOptions& opts, CheckResult& result,
                      std::vector<std::vector<Diagnostic>>& per_file, std::vector<char>& unreadable) {
  util::LargeHeapSteps steps;  // while the models are built (util/heap.h)
  std::optional<ResultCache> cache;
  if (!opts.cache_dir.empty()) cache.emplace(opts.cache_dir, opts.lang);
  std::atomic<size_t> hits{0};
  std::mutex cache_error_mutex;
  util::parallel_for(yaml.size(), opts.threads, [&](size_t k) {
    size_t i = yaml[k];
    CheckedFile& file = *result.files[k];
    const std::string* given = contents ? &(*contents)[i] : nullptr;
    std::string key;
    FileBytes in;  // what the cache read and hashed, on a miss
    if (cache && lookup(*cache, all[i], given, in, opts, key, file, per_file[i])) {
      ++hits;
    } else {
      if (!in.bytes && given) in.bytes = *given;
      bool bad = false;
      per_file[i] = check_one(all[i], std::move(in), opts, file, bad);
      keep_corpus_facts(file, /*keep_text=*/contents != nullptr);
      unreadable[i] = bad;
      std::string error;
      if (!key.empty() && !cache->store(key, all[i], file, per_file[i], error)) {
        std::lock_guard<std::mutex> lock(cache_error_mutex);
        if (result.cache_error.empty()) result.cache_error = error;
      }
    }
    // Checked or loaded, and cached with its prose: the prose can go.
    if (!opts.keep_prose && file.plan) plan::release_prose(*file.plan);
  });
  if (cache) {
    std::string error;
    if (!cache->save_entries(error) && result.cache_error.empty()) result.cache_error = error;
    if (!contents && !cache->save_stamps(error) && result.cache_error.empty()) result.cache_error = error;
  }
  result.cache_hits = hits;
}

// Checks `files` (read from disk, or taken from `contents` when given) as one
// corpus; `top` already holds the diagnostics about paths.
CheckResult run(const std::vector<std::string>& all, const std::vector<std::string>* contents, Diagnostics& top,
                const CheckOptions& opts) {
  CheckResult result;
  // YAML files first: plans and catalogs make the corpus.
  std::vector<size_t> yaml, csv;
  for (size_t i = 0; i < all.size(); ++i) (is_submission(all[i]) ? csv : yaml).push_back(i);
  std::vector<std::vector<Diagnostic>> per_file(all.size());
  std::vector<char> unreadable(all.size(), 0);
  result.files.resize(yaml.size());
  for (auto& f : result.files) f = std::make_unique<CheckedFile>();
  {
    RegistryWarmer warm(!yaml.empty());
    check_yaml_files(all, yaml, contents, opts, result, per_file, unreadable);
  }

  std::vector<PlanFile> plans;
  std::vector<CatalogFile> catalogs;
  std::vector<FindingsFile> findings;
  std::vector<LedgerFile> ledgers;
  std::vector<RubricFile> rubrics;
  std::vector<const plan::Plan*> plan_ptrs;
  std::vector<const plan::Catalog*> catalog_ptrs;
  for (const auto& f : result.files) {
    if (f->plan) {
      plans.push_back({&*f->plan, SitedDocument(f->doc)});
      plan_ptrs.push_back(&*f->plan);
    }
    if (f->catalog) {
      catalogs.push_back({&*f->catalog, SitedDocument(f->doc)});
      catalog_ptrs.push_back(&*f->catalog);
    }
    if (f->findings) findings.push_back({&*f->findings, SitedDocument(f->doc)});
    if (f->ledger) ledgers.push_back({&*f->ledger, SitedDocument(f->doc)});
    if (f->rubric) rubrics.push_back({&*f->rubric, SitedDocument(f->doc)});
  }
  check_corpus(plans, catalogs, top);
  check_findings_corpus(findings, plans, top);
  check_ledger_corpus(ledgers, plans, top);
  check_rubric_corpus(rubrics, plans, top);
  if (!opts.keep_positions)  // before the figures are read, not after: progress's peak is theirs
    for (auto& f : result.files) util::release(f->doc.kept_pos);
  result.corpus = std::make_unique<plan::Corpus>(plan::build_corpus(plan_ptrs, catalog_ptrs));
  for (const auto& c : catalogs) result.corpus->catalog_files.push_back(c.doc.path());

  // Then the submissions, against that corpus.
  util::Date as_of = opts.as_of ? *opts.as_of : util::today();
  std::vector<std::string> sub_paths;
  std::map<std::string, size_t> path_index;
  for (size_t i : csv) {
    sub_paths.push_back(all[i]);
    path_index.emplace(all[i], i);
  }
  bool bad_path = false;
  std::vector<SubmissionTable> tables = submission_tables(sub_paths, top, bad_path);
  if (bad_path) result.unreadable = true;
  std::vector<SubmissionFile> subs(tables.size());
  std::vector<std::vector<Diagnostic>> per_table(tables.size());
  std::vector<std::string> csv_paths;
  for (const auto& t : tables) csv_paths.push_back(t.path);
  util::parallel_for(tables.size(), opts.threads, [&](size_t k) {
    size_t i = path_index.at(tables[k].path);
    Diagnostics d(opts.lang);
    subs[k] = check_submission(tables[k], contents && tables[k].sheet < 0 ? &(*contents)[i] : nullptr,
                               static_cast<uint32_t>(k), *result.corpus, as_of, d, opts.keep_refused);
    per_table[k] = std::move(d.items());
  });
  release_file_buffers();  // the other threads' went with them
  for (size_t k = 0; k < tables.size(); ++k) {  // a workbook's sheets, in order, into its file's list
    size_t i = path_index.at(tables[k].path);
    for (auto& d : per_table[k]) per_file[i].push_back(std::move(d));
    unreadable[i] = unreadable[i] || subs[k].unreadable;
  }
  no_sheet_read(tables, subs, opts.lang, top);
  for (const auto& t : tables) result.figures.sheets.push_back(t.sheet_name);
  result.figures.rejected.keep_figures = opts.keep_refused;
  merge_submissions(subs, csv_paths, *result.corpus, result.figures, top, opts.threads);
  check_periods(result.figures, *result.corpus, top, opts.threads);
  check_plausible(result.figures, *result.corpus, top, opts.threads);
  check_parts(result.figures, *result.corpus, top, kPartsFiguresPerPass, opts.threads);

  drop_superseded(per_file, top);

  // Stable order: files in walk order (path errors first), then position.
  // (Each diagnostic's file is looked up once, not at every comparison: a
  // national run has tens of thousands of diagnostics.)
  std::unordered_map<std::string_view, size_t> order;
  for (size_t i = 0; i < all.size(); ++i) order.emplace(all[i], i + 1);
  // (Gathered into one array of the exact size and ordered in place: a second
  // array, or one grown by doubling, held them twice, 7 MB at national scale.)
  std::vector<Diagnostic> unsorted;
  size_t count = top.items().size();
  for (const auto& file : per_file) count += file.size();
  unsorted.reserve(count);
  for (size_t i = 0; i < all.size(); ++i) {
    if (unreadable[i]) result.unreadable = true;
    for (auto& d : per_file[i]) unsorted.push_back(std::move(d));
    util::release(per_file[i]);
  }
  for (auto& d : top.items()) unsorted.push_back(std::move(d));
  util::release(top.items());
  std::vector<size_t> rank(unsorted.size()), by(unsorted.size());
  for (size_t k = 0; k < unsorted.size(); ++k) {
    auto it = order.find(unsorted[k].file);
    rank[k] = it == order.end() ? 0 : it->second;
    by[k] = k;
  }
  std::stable_sort(by.begin(), by.end(), [&](size_t x, size_t y) {
    const Diagnostic &a = unsorted[x], &b = unsorted[y];
    if (rank[x] != rank[y]) return rank[x] < rank[y];
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    if (a.pos.column != b.pos.column) return a.pos.column < b.pos.column;
    return a.code < b.code;
  });
  util::permute_in_place(unsorted, by);
  result.diagnostics = std::move(unsorted);
  return result;
}

}  // namespace

bool is_submission(const std::string& path) {
  return util::ends_with(path, ".csv") || util::ends_with(path, ".CSV") || util::is_workbook_path(path);
}

namespace {

const std::vector<std::string> kExtensions = {".yaml", ".yml", ".csv", ".xlsx", ".xls"};

std::string same_file_key(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

// The context's files that are not among `given` (compared as canonical
// paths); its path errors are added to `errors`.
std::vector<std::string> context_files(const std::vector<std::string>& context, const std::vector<std::string>& given,
                                       std::vector<util::PathError>& errors) {
  if (context.empty()) return {};  // (canonical paths cost a readlink per component of every file)
  util::Walk walk = util::walk(context, kExtensions);
  errors.insert(errors.end(), walk.errors.begin(), walk.errors.end());
  std::set<std::string> seen;
  for (const auto& f : given) seen.insert(same_file_key(f));
  std::vector<std::string> out;
  for (auto& f : walk.files)
    if (seen.insert(same_file_key(f)).second) out.push_back(std::move(f));
  return out;
}

}  // namespace

CheckResult check_paths(const std::vector<std::string>& paths, const CheckOptions& opts) {
  Diagnostics top(opts.lang);
  util::Walk walk = util::walk(paths, kExtensions);
  std::vector<std::string> context = context_files(opts.context, walk.files, walk.errors);
  std::vector<std::string> files = walk.files;
  files.insert(files.end(), context.begin(), context.end());
  std::sort(files.begin(), files.end());
  for (const auto& e : walk.errors) report_path_error(top, e);
  CheckResult r = run(files, nullptr, top, opts);
  if (!walk.errors.empty()) r.unreadable = true;
  if (!context.empty()) {
    std::set<std::string_view> quiet(context.begin(), context.end());
    std::erase_if(r.diagnostics, [&](const Diagnostic& d) { return quiet.count(d.file) > 0; });
  }
  r.checked_files = std::move(walk.files);
  return r;
}

std::optional<std::string> source_text(const plan::Document& doc, i18n::Lang lang) {
  if (!doc.text.empty()) return doc.text;
  util::ReadResult read = util::read_file(doc.path);
  if (!read.bytes || !(util::hash128(*read.bytes) == doc.bytes_hash)) return std::nullopt;  // changed since
  Diagnostics scratch(lang);
  std::optional<std::string> text = yaml_text(scratch, doc.path, std::move(*read.bytes));
  if (!text) return std::nullopt;
  return plan::document_text(std::move(*text));
}

CheckResult check_sources(const std::vector<std::pair<std::string, std::string>>& sources, const CheckOptions& opts) {
  Diagnostics top(opts.lang);
  std::vector<std::string> names, contents;
  for (const auto& [name, bytes] : sources) {
    names.push_back(name);
    contents.push_back(bytes);
  }
  CheckResult r = run(names, &contents, top, opts);
  r.checked_files = std::move(names);
  return r;
}

}  // namespace scip::check
