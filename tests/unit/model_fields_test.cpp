// Unit tests of the fields() descriptions (util/fields.h): each describes
// every member of its struct, and what the check cache stores from them comes
// back equal.
//
// The first test is the guard against a member added to a struct and not to
// its description: a probe visitor records the address, size and alignment
// of each member the description shows; sorted by address they must tile the
// struct, each starting where the one before ends (after alignment padding)
// and the last ending where the struct's data ends. A member left out leaves
// a hole, and the test names the type. It walks every described type
// reachable from what the cache stores (a Plan, a Catalog, a Diagnostic).
//
// The second fills every member with a value of its own (no member left at
// its default), stores the file in a ResultCache, loads it back and compares
// with ==, so a member the cache writes but does not read, or reads into the
// wrong place, fails.
#include <doctest/doctest.h>

#include <cxxabi.h>

#include <algorithm>
#include <cstdlib>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <utility>
#include <vector>

#include "check/diagnostic.h"
#include "check/result_cache.h"
#include "plan/model.h"
#include "util/fields.h"

using namespace scip;

namespace {

// ---- coverage of each struct's bytes ---------------------------------------

template <class T>
void check_tiles();

template <class T>
std::string type_name() {
  int status = 0;
  char* name = abi::__cxa_demangle(typeid(T).name(), nullptr, nullptr, &status);
  std::string s = status == 0 ? name : typeid(T).name();
  std::free(name);
  return s;
}

// The end of T's data: where a member declared after it in a derived class
// starts. The Itanium C++ ABI (GCC, Clang) places such a member in the tail
// padding of a base that is not a POD, which all these types are not (their
// members have default initializers); where it does not, this is sizeof(T).
template <class T>
size_t data_size() {
  struct Tail : T {
    char after;
  };
  Tail t{};
  return static_cast<size_t>(reinterpret_cast<const char*>(&t.after) - reinterpret_cast<const char*>(&t));
}

template <class T>
struct Unwrap {
  using type = T;
};
template <class T>
struct Unwrap<std::optional<T>> {
  using type = typename Unwrap<T>::type;
};
template <class T>
struct Unwrap<std::vector<T>> {
  using type = typename Unwrap<T>::type;
};

class LayoutProbe : public util::EachMember<LayoutProbe> {
 public:
  struct Span {
    size_t offset, size, align;
  };
  explicit LayoutProbe(const void* base) : base_(static_cast<const char*>(base)) {}
  std::vector<Span> spans;

  template <class T>
  void member(const T& m) {
    spans.push_back({static_cast<size_t>(reinterpret_cast<const char*>(&m) - base_), sizeof(T), alignof(T)});
    using Inner = typename Unwrap<T>::type;
    if constexpr (util::Described<Inner>) check_tiles<Inner>();  // and the types inside it
  }

 private:
  const char* base_;
};

template <class T>
void check_tiles() {
  const T x{};
  LayoutProbe probe(&x);
  fields(probe, x);
  auto spans = probe.spans;
  std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  INFO("type: ", type_name<T>());
  size_t end = 0;
  for (const auto& s : spans) {
    size_t aligned = (end + s.align - 1) / s.align * s.align;
    INFO("a member at byte ", s.offset, " follows the described ones ending at byte ", end);
    CHECK(s.offset == aligned);  // a hole: a member not in fields(), or one shown twice
    end = s.offset + s.size;
  }
  size_t data = data_size<T>();
  if (data < sizeof(T))
    CHECK(end == data);  // the last member is described
  else
    CHECK((end + alignof(T) - 1) / alignof(T) * alignof(T) == sizeof(T));
}

// ---- every member given a value of its own ---------------------------------

class Filler : public util::EachMember<Filler> {
 public:
  template <class T>
  void member(T& m) { fill(m); }

  void fill(std::string& s) { s = "值" + std::to_string(++n_); }
  void fill(util::CompactString& s) { s = "值" + std::to_string(++n_); }
  void fill(util::InternedString& s) { s = "值" + std::to_string(++n_); }
  void fill(util::PackedStrings& l) { l = {"值" + std::to_string(++n_), "值" + std::to_string(++n_)}; }
  void fill(bool& b) { b = true; }
  void fill(int& i) { i = ++n_; }
  void fill(double& d) { d = ++n_ + 0.25; }
  template <class E>
    requires std::is_enum_v<E>
  void fill(E& e) { e = static_cast<E>(1); }
  template <class T>
  void fill(std::optional<T>& o) { fill(o.emplace()); }
  template <class A, class B>
  void fill(std::pair<A, B>& p) {
    fill(p.first);
    fill(p.second);
  }
  template <class T>
  void fill(std::vector<T>& v) {
    v.resize(2);
    for (auto& x : v) fill(x);
  }
  template <util::Described T>
  void fill(T& x) { fields(*this, x); }

 private:
  int n_ = 0;
};

template <class T>
T filled() {
  T x;
  Filler f;
  f.fill(x);
  return x;
}

}  // namespace

TEST_CASE("every member of a described type is in its fields()") {
  check_tiles<plan::Plan>();
  check_tiles<plan::Catalog>();
  check_tiles<plan::Findings>();
  check_tiles<check::Diagnostic>();
}

TEST_CASE("the filler leaves no member at its default") {
  // What makes the round trip below meaningful: a member the cache forgot
  // would come back at its default, which differs from the filled value.
  auto p = filled<plan::Plan>();
  CHECK(!p.actions.at(1).tasks.at(1).targets.at(1).baseline_ptr.empty());
  CHECK(p.actions.at(0).targets.at(0).baseline_at->date->day != 0);
  CHECK(p.fyp.has_value());
  CHECK(p.actions.at(0).support_all);
  auto d = filled<check::Diagnostic>();
  CHECK(d.about_figures);
  CHECK(d.severity != check::Diagnostic{}.severity);
}

TEST_CASE("the check cache gives back every member it was given") {
  auto dir = std::filesystem::temp_directory_path() / "scip-fields-test";
  std::filesystem::remove_all(dir);
  check::ResultCache cache(dir.string(), i18n::Lang::zh);
  const std::string path = "plans/x.yaml", bytes = "scip: 1\n";

  auto round_trip = [&](const check::CheckedFile& file, const std::vector<check::Diagnostic>& diags) {
    std::string key = cache.key(path, bytes.size(), util::hash128(bytes));
    std::string error;
    REQUIRE(cache.store(key, path, file, diags, error));
    REQUIRE(cache.save_entries(error));
    check::ResultCache reopened(dir.string(), i18n::Lang::zh);  // a cache sees the pack as it was opened
    check::CheckedFile back;
    std::vector<check::Diagnostic> back_diags;
    REQUIRE(reopened.load(key, path, util::hash128(bytes), std::nullopt, back, back_diags));
    CHECK(back.doc.bytes_hash == util::hash128(bytes));
    CHECK(back.plan == file.plan);
    CHECK(back.catalog == file.catalog);
    CHECK(back.findings == file.findings);
    CHECK(back.doc.kept_pos == file.doc.kept_pos);
    CHECK(back_diags == diags);
  };

  check::CheckedFile plan_file;
  plan_file.plan = filled<plan::Plan>();
  plan_file.doc.kept_pos.assign({{"/actions/0/targets/1/unit", {40, 17}}, {"/id", {3, 5}}});
  auto d1 = filled<check::Diagnostic>(), d2 = filled<check::Diagnostic>();
  d1.file = d2.file = path;  // the cache keeps only a file's own diagnostics
  d2.message = "另一条";
  round_trip(plan_file, {d1, d2});

  check::CheckedFile catalog_file;
  catalog_file.catalog = filled<plan::Catalog>();
  round_trip(catalog_file, {});

  check::CheckedFile findings_file;
  findings_file.findings = filled<plan::Findings>();
  CHECK(!findings_file.findings->findings.at(1).history.at(1).date->text.empty());
  CHECK(!findings_file.findings->findings.at(0).recheck_ptr.empty());
  round_trip(findings_file, {});
  std::filesystem::remove_all(dir);
}

TEST_CASE("release_prose frees the prose and nothing else") {
  // Every member filled; after release_prose the texts and titles it names
  // are empty and, put back from the copy, the plan is equal to it: no other
  // member (an id, a pointer, the actions' titles, a target) was touched.
  const auto full = filled<plan::Plan>();
  auto p = full;
  plan::release_prose(p);
  CHECK(p.goals.at(1).text.empty());
  CHECK(p.actions.at(1).text.empty());
  CHECK(p.actions.at(1).tasks.at(1).title.empty());
  CHECK(p.actions.at(1).tasks.at(1).text.empty());
  CHECK(p.milestones.at(1).title.empty());
  CHECK(p.milestones.at(1).text.empty());
  CHECK(p.actions.at(1).title == full.actions.at(1).title);  // progress groups by it
  CHECK(!(p == full));
  for (size_t g = 0; g < p.goals.size(); ++g) p.goals[g].text = full.goals[g].text;
  for (size_t a = 0; a < p.actions.size(); ++a) {
    p.actions[a].text = full.actions[a].text;
    for (size_t t = 0; t < p.actions[a].tasks.size(); ++t) {
      p.actions[a].tasks[t].title = full.actions[a].tasks[t].title;
      p.actions[a].tasks[t].text = full.actions[a].tasks[t].text;
    }
  }
  for (size_t m = 0; m < p.milestones.size(); ++m) {
    p.milestones[m].title = full.milestones[m].title;
    p.milestones[m].text = full.milestones[m].text;
  }
  CHECK(p == full);
}
