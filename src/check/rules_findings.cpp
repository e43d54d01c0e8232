// check/rules_findings — the rules of an inspection's findings. See rules.h.
//
// A 问题清单 is worth keeping only if it can be trusted when a region reports
// a problem fixed: a 整改时限 cannot come before the inspection that set it; a
// finding reported fixed (已整改) or closed (已销号) says when (its history)
// and shows its evidence; a closed one was re-checked (复查) and passed; the
// history ends where `status` says and does not go back (已整改 → 整改中)
// without a note saying why. Regions are GB/T 2260 regions; departments are
// declared; `concerns:` names an action, task or target of the plan that
// `plan:` names, when that plan is among the checked files.
#include <fmt/format.h>

#include <map>
#include <set>

#include "check/rules.h"
#include "region/registry.h"
#include "util/text.h"

namespace scip::check {

namespace {

bool closed(const std::string& status) { return status == "已整改" || status == "已销号"; }

void check_departments(const plan::Findings& f, const plan::Finding& x, const plan::Document& doc, Diagnostics& out) {
  std::vector<std::string> ids;
  for (const auto& [id, name] : f.departments) ids.push_back(id);
  auto refs = [&](const std::vector<std::string>& list, const char* role) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (std::find(ids.begin(), ids.end(), list[i]) != ids.end()) continue;
      std::string at = fmt::format("{}/{}/{}", x.ptr, role, i);
      if (doc.reported.count(at)) continue;
      auto dym = util::did_you_mean(list[i], ids);
      out.add("unknown-department", doc.path, doc.pos(at),
              out.tr("diag.unknown-department", fmt::arg("role", out.tr(std::string("role.") + role)),
                     fmt::arg("id", util::quoted(list[i]))),
              dym ? out.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out.tr("hint.declare-department", fmt::arg("id", list[i])));
    }
  };
  refs(x.lead, "lead");
  refs(x.support, "support");
}

void check_region(const plan::Finding& x, int year, const plan::Document& doc, Diagnostics& out) {
  if (x.region.empty()) return;
  const region::Registry& reg = region::Registry::builtin();
  if (const region::Record* r = reg.find(x.region)) {
    if (!year || reg.at(r->code, year)) return;
    out.add("finding-region", doc.path, doc.pos(x.ptr + "/region"),
            out.tr("diag.finding-region.not-in-use", fmt::arg("value", util::quoted(x.region)), fmt::arg("code", r->code),
                   fmt::arg("year", year)),
            out.tr("hint.finding-region"));
    return;
  }
  std::vector<std::string> codes;
  for (const auto* r : reg.named(x.region))
    if (std::string entry = fmt::format("{} {}", r->code, r->name); std::find(codes.begin(), codes.end(), entry) == codes.end())
      codes.push_back(std::move(entry));
  std::string message = codes.empty() ? out.tr("diag.finding-region.unknown", fmt::arg("value", util::quoted(x.region)))
                                      : out.tr("diag.finding-region.ambiguous", fmt::arg("value", util::quoted(x.region)),
                                               fmt::arg("codes", fmt::format("{}", fmt::join(codes, ", "))));
  out.add("finding-region", doc.path, doc.pos(x.ptr + "/region"), message, out.tr("hint.finding-region"));
}

// Closure: the date (a history entry of that status), the evidence, the re-check.
void check_closure(const plan::Finding& x, const plan::Document& doc, Diagnostics& out) {
  if (!closed(x.status)) return;
  bool dated = std::any_of(x.history.begin(), x.history.end(), [&](const auto& h) { return h.status == x.status && h.date; });
  std::vector<std::string> missing;
  if (!dated) missing.push_back(out.tr("finding.missing.date"));
  if (x.evidence.empty()) missing.push_back(out.tr("finding.missing.evidence"));
  if (!missing.empty())
    out.add("closed-without-evidence", doc.path, doc.pos(x.ptr + "/status"),
            out.tr("diag.closed-without-evidence", fmt::arg("id", util::quoted(x.id)), fmt::arg("status", x.status),
                   fmt::arg("missing", fmt::format("{}", fmt::join(missing, out.tr("finding.missing.and"))))),
            out.tr("hint.closed-without-evidence"));
  if (x.status == "已销号" && (x.recheck_ptr.empty() || x.recheck_result != "通过"))
    out.add("closed-without-recheck", doc.path, doc.pos(x.recheck_ptr.empty() ? x.ptr + "/status" : x.recheck_ptr + "/result"),
            x.recheck_ptr.empty() ? out.tr("diag.closed-without-recheck.none", fmt::arg("id", util::quoted(x.id)))
                                  : out.tr("diag.closed-without-recheck.failed", fmt::arg("id", util::quoted(x.id))),
            out.tr("hint.closed-without-recheck"));
}

// The history ends at `status`, and goes back only with a note.
void check_history(const plan::Finding& x, const plan::Document& doc, Diagnostics& out) {
  if (x.history.empty()) return;
  const auto& last = x.history.back();
  if (last.status != x.status && !x.status.empty())
    out.add("status-history-mismatch", doc.path, doc.pos(last.ptr + "/status"),
            out.tr("diag.status-history-mismatch", fmt::arg("id", util::quoted(x.id)), fmt::arg("last", last.status),
                   fmt::arg("status", x.status)),
            out.tr("hint.status-history-mismatch"));
  for (size_t i = 1; i < x.history.size(); ++i) {
    const auto &before = x.history[i - 1], &now = x.history[i];
    bool backwards = plan::status_rank(now.status) < plan::status_rank(before.status);
    bool earlier = before.date && now.date && now.date->end() < before.date->end();
    if ((backwards && now.note.empty()) || earlier)
      out.add("status-backwards", doc.path, doc.pos(now.ptr + (earlier ? "/date" : "/status")),
              earlier ? out.tr("diag.status-backwards.date", fmt::arg("id", util::quoted(x.id)), fmt::arg("date", now.date->text),
                               fmt::arg("before", before.date->text))
                      : out.tr("diag.status-backwards", fmt::arg("id", util::quoted(x.id)), fmt::arg("from", before.status),
                               fmt::arg("to", now.status)),
              out.tr("hint.status-backwards"));
  }
}

}  // namespace

void check_findings(const plan::Findings& f, const plan::Document& doc, Diagnostics& out) {
  report_duplicate_ids(f.findings, "kind.finding", doc, out);
  for (const auto& x : f.findings) {
    if (x.deadline && f.inspection_date && x.deadline->valid && f.inspection_date->valid &&
        x.deadline->end() < f.inspection_date->end())
      out.add("deadline-before-inspection", doc.path, doc.pos(x.ptr + "/deadline"),
              out.tr("diag.deadline-before-inspection", fmt::arg("id", util::quoted(x.id)), fmt::arg("deadline", x.deadline->text),
                     fmt::arg("date", f.inspection_date->text)),
              out.tr("hint.deadline-before-inspection"));
    check_departments(f, x, doc, out);
    check_region(x, f.inspection_date && f.inspection_date->valid ? f.inspection_date->year : 0, doc, out);
    check_closure(x, doc, out);
    check_history(x, doc, out);
  }
}

void check_findings_corpus(const std::vector<FindingsFile>& files, const std::vector<PlanFile>& plans, Diagnostics& out) {
  for (const auto& file : files) {
    const plan::Findings& f = *file.findings;
    if (f.plan.empty()) continue;
    const plan::Plan* p = nullptr;
    for (const auto& pf : plans)
      if (pf.plan->id == f.plan) p = pf.plan;
    if (!p) {
      out.add("findings-plan-not-found", file.doc.path(), file.doc.at(Site::findings_plan),
              out.tr("diag.findings-plan-not-found", fmt::arg("id", util::quoted(f.plan))), out.tr("hint.findings-plan-not-found"));
      continue;
    }
    std::set<std::string> ids;
    for (const auto& a : p->actions) {
      ids.insert(a.id);
      for (const auto& t : a.tasks) ids.insert(t.id);
    }
    plan::for_each_target(*p, [&](const plan::Target& t) { ids.insert(t.id); });
    std::vector<std::string> known(ids.begin(), ids.end());
    for (const auto& x : f.findings) {
      if (x.concerns.empty() || ids.count(x.concerns)) continue;
      auto dym = util::did_you_mean(x.concerns, known);
      out.add("concerns-not-found", file.doc.path(), file.doc.at(Site::finding_concerns, x.ptr),
              out.tr("diag.concerns-not-found", fmt::arg("id", util::quoted(x.concerns)), fmt::arg("plan", p->id)),
              dym ? out.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out.tr("hint.concerns-not-found", fmt::arg("plan", p->id)));
    }
  }
}

}  // namespace scip::check
