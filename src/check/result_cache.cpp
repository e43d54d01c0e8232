// check/result_cache — see result_cache.h.
#include "check/result_cache.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "check/schema_source.h"
#include "util/binary_io.h"
#include "util/hash.h"

namespace scip::check {

namespace {

constexpr std::string_view kMagic = "scip-check-cache 1\n";

using util::BinaryReader;
using util::BinaryWriter;

// ---- the model, field by field (the same order both ways) ------------------

void put(BinaryWriter& w, const std::vector<std::string>& v) {
  w.u32(static_cast<uint32_t>(v.size()));
  for (const auto& s : v) w.str(s);
}
void get(BinaryReader& r, std::vector<std::string>& v) {
  v.resize(r.count());
  for (auto& s : v) s = r.str();
}
void put(BinaryWriter& w, const std::optional<double>& v) {
  w.u8(v.has_value());
  if (v) w.f64(*v);
}
void get(BinaryReader& r, std::optional<double>& v) {
  if (r.u8()) v = r.f64();
}
void put(BinaryWriter& w, const std::optional<plan::When>& v) {
  w.u8(v.has_value());
  if (!v) return;
  w.str(v->text);
  w.i32(v->year);
  w.u8(v->valid);
  w.u8(v->date.has_value());
  if (v->date) {
    w.i32(v->date->year);
    w.i32(v->date->month);
    w.i32(v->date->day);
  }
}
void get(BinaryReader& r, std::optional<plan::When>& v) {
  if (!r.u8()) return;
  plan::When w;
  w.text = r.str();
  w.year = r.i32();
  w.valid = r.u8();
  if (r.u8()) {
    util::Date d;
    d.year = r.i32();
    d.month = r.i32();
    d.day = r.i32();
    w.date = d;
  }
  v = std::move(w);
}
template <class T, class F>
void put_all(BinaryWriter& w, const std::vector<T>& v, F f) {
  w.u32(static_cast<uint32_t>(v.size()));
  for (const auto& x : v) f(x);
}
template <class T, class F>
void get_all(BinaryReader& r, std::vector<T>& v, F f) {
  v.resize(r.count());
  for (auto& x : v) {
    if (!r.ok()) break;
    f(x);
  }
}

void put(BinaryWriter& w, const plan::Target& t) {
  for (const auto* s : {&t.ptr, &t.id, &t.indicator, &t.name, &t.text, &t.unit, &t.source, &t.per, &t.op,
                        &t.accumulate, &t.baseline_ptr})
    w.str(*s);
  w.u8(t.each_region);
  put(w, t.value);
  put(w, t.by);
  put(w, t.baseline_value);
  put(w, t.baseline_at);
}
void get(BinaryReader& r, plan::Target& t) {
  for (auto* s : {&t.ptr, &t.id, &t.indicator, &t.name, &t.text, &t.unit, &t.source, &t.per, &t.op, &t.accumulate,
                  &t.baseline_ptr})
    *s = r.str();
  t.each_region = r.u8();
  get(r, t.value);
  get(r, t.by);
  get(r, t.baseline_value);
  get(r, t.baseline_at);
}
void put(BinaryWriter& w, const std::vector<plan::Target>& v) { put_all(w, v, [&](const plan::Target& t) { put(w, t); }); }
void get(BinaryReader& r, std::vector<plan::Target>& v) { get_all(r, v, [&](plan::Target& t) { get(r, t); }); }

void put(BinaryWriter& w, const plan::Region& g) {
  w.str(g.code);
  w.str(g.name);
  w.str(g.level);
  put(w, g.aliases);
}
void get(BinaryReader& r, plan::Region& g) {
  g.code = r.str();
  g.name = r.str();
  g.level = r.str();
  get(r, g.aliases);
}

void put(BinaryWriter& w, const plan::Plan& p) {
  for (const auto* s : {&p.id, &p.title, &p.issuer, &p.document, &p.issued, &p.parent}) w.str(*s);
  put(w, p.region);
  w.i32(p.start);
  w.i32(p.end);
  w.u8(p.fyp.has_value());
  w.i32(p.fyp.value_or(0));
  put_all(w, p.regions, [&](const plan::Region& g) { put(w, g); });
  put_all(w, p.departments, [&](const auto& d) {
    w.str(d.first);
    w.str(d.second);
  });
  put_all(w, p.goals, [&](const plan::Goal& g) {
    for (const auto* s : {&g.ptr, &g.id, &g.text, &g.source}) w.str(*s);
    put(w, g.targets);
  });
  put_all(w, p.actions, [&](const plan::Action& a) {
    for (const auto* s : {&a.ptr, &a.id, &a.kind, &a.title, &a.text, &a.source}) w.str(*s);
    put(w, a.lead);
    put(w, a.support);
    put(w, a.continues);
    w.u8(a.support_all);
    put_all(w, a.tasks, [&](const plan::Task& t) {
      for (const auto* s : {&t.ptr, &t.id, &t.title, &t.text, &t.source}) w.str(*s);
      put(w, t.lead);
      put(w, t.support);
      put(w, t.continues);
      put(w, t.targets);
    });
    put(w, a.targets);
  });
  put_all(w, p.milestones, [&](const plan::Milestone& m) {
    for (const auto* s : {&m.ptr, &m.id, &m.title, &m.text, &m.source}) w.str(*s);
    put(w, m.from);
    put(w, m.by);
  });
}
void get(BinaryReader& r, plan::Plan& p) {
  for (auto* s : {&p.id, &p.title, &p.issuer, &p.document, &p.issued, &p.parent}) *s = r.str();
  get(r, p.region);
  p.start = r.i32();
  p.end = r.i32();
  bool fyp = r.u8();
  int n = r.i32();
  if (fyp) p.fyp = n;
  get_all(r, p.regions, [&](plan::Region& g) { get(r, g); });
  get_all(r, p.departments, [&](auto& d) {
    d.first = r.str();
    d.second = r.str();
  });
  get_all(r, p.goals, [&](plan::Goal& g) {
    for (auto* s : {&g.ptr, &g.id, &g.text, &g.source}) *s = r.str();
    get(r, g.targets);
  });
  get_all(r, p.actions, [&](plan::Action& a) {
    for (auto* s : {&a.ptr, &a.id, &a.kind, &a.title, &a.text, &a.source}) *s = r.str();
    get(r, a.lead);
    get(r, a.support);
    get(r, a.continues);
    a.support_all = r.u8();
    get_all(r, a.tasks, [&](plan::Task& t) {
      for (auto* s : {&t.ptr, &t.id, &t.title, &t.text, &t.source}) *s = r.str();
      get(r, t.lead);
      get(r, t.support);
      get(r, t.continues);
      get(r, t.targets);
    });
    get(r, a.targets);
  });
  get_all(r, p.milestones, [&](plan::Milestone& m) {
    for (auto* s : {&m.ptr, &m.id, &m.title, &m.text, &m.source}) *s = r.str();
    get(r, m.from);
    get(r, m.by);
  });
}

void put(BinaryWriter& w, const plan::Catalog& c) {
  put_all(w, c.indicators, [&](const plan::Indicator& i) {
    for (const auto* s : {&i.ptr, &i.id, &i.name, &i.unit, &i.accumulate, &i.direction}) w.str(*s);
    put(w, i.aliases);
  });
}
void get(BinaryReader& r, plan::Catalog& c) {
  get_all(r, c.indicators, [&](plan::Indicator& i) {
    for (auto* s : {&i.ptr, &i.id, &i.name, &i.unit, &i.accumulate, &i.direction}) *s = r.str();
    get(r, i.aliases);
  });
}

std::string hex_of_schemas() {
  std::string all;
  for (std::string_view name : {"plan", "indicators"}) all += embedded_schema(name);
  return util::hash128(all).hex();
}

}  // namespace

ResultCache::ResultCache(std::string dir, i18n::Lang lang)
    : dir_(std::move(dir)),
      salt_(fmt::format("scip {}\nschemas {}\nlang {}\n", SCIP_VERSION, hex_of_schemas(), static_cast<int>(lang))) {}

std::string ResultCache::key(const std::string& path, std::string_view bytes) const {
  return fmt::format("{}path {}\nbytes {} {}\n", salt_, path, bytes.size(), util::hash128(bytes).hex());
}

bool ResultCache::load(const std::string& k, const std::string& path, std::string text, CheckedFile& out,
                       std::vector<Diagnostic>& diags) const {
  std::ifstream in(dir_ + "/" + util::hash128(k).hex(), std::ios::binary);
  if (!in) return false;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BinaryReader r(data);
  if (r.str() != kMagic || r.str() != k) return false;
  std::vector<Diagnostic> found;
  get_all(r, found, [&](Diagnostic& d) {
    d.file = path;
    d.pos.line = r.i32();
    d.pos.column = r.i32();
    d.severity = static_cast<Severity>(r.u8());
    for (auto* s : {&d.code, &d.message, &d.hint, &d.excerpt}) *s = r.str();
    d.excerpt_column = r.i32();
  });
  CheckedFile f;
  f.doc.path = path;
  uint8_t kind = r.u8();
  if (kind == 1) get(r, f.plan.emplace());
  if (kind == 2) get(r, f.catalog.emplace());
  uint32_t n = r.count();
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    std::string ptr = r.str();
    util::Pos pos;
    pos.line = r.i32();
    pos.column = r.i32();
    f.doc.value_pos.emplace(std::move(ptr), pos);
  }
  if (!r.ok() || !r.at_end()) return false;
  f.doc.text = plan::document_text(std::move(text));  // for the excerpts under diagnostics
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
  put_all(w, diags, [&](const Diagnostic& d) {
    w.i32(d.pos.line);
    w.i32(d.pos.column);
    w.u8(static_cast<uint8_t>(d.severity));
    for (const auto* s : {&d.code, &d.message, &d.hint, &d.excerpt}) w.str(*s);
    w.i32(d.excerpt_column);
  });
  w.u8(file.plan ? 1 : file.catalog ? 2 : 0);
  if (file.plan) put(w, *file.plan);
  if (file.catalog) put(w, *file.catalog);
  w.u32(static_cast<uint32_t>(file.doc.value_pos.size()));  // the corpus rules' positions (checker.h)
  for (const auto& [p, pos] : file.doc.value_pos) {
    w.str(p);
    w.i32(pos.line);
    w.i32(pos.column);
  }

  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  std::string target = dir_ + "/" + util::hash128(k).hex();
  std::string tmp = fmt::format("{}.tmp.{}", target, static_cast<long>(getpid()));
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  bool ok = f && std::fwrite(w.bytes().data(), 1, w.bytes().size(), f) == w.bytes().size();
  if (f && std::fclose(f) != 0) ok = false;
  if (ok && std::rename(tmp.c_str(), target.c_str()) == 0) return true;
  error = fmt::format("{}: {}", ec ? dir_ : target, ec ? ec.message() : std::strerror(errno));
  std::remove(tmp.c_str());
  return false;
}

}  // namespace scip::check
