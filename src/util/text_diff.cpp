// util/text_diff — see text_diff.h.
#include "util/text_diff.h"

#include <algorithm>

#include "util/word_tokens.h"

namespace scip::util {

std::vector<DiffOp> diff_tokens(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  // Common prefix and suffix first: most rewordings touch a few words.
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  // LCS table on the middle part. Task texts are tens of words; two texts
  // whose table would pass kMaxCells (a pasted chapter) get a coarse diff,
  // the whole middle removed and added, rather than gigabytes and minutes.
  constexpr size_t kMaxCells = size_t{1} << 22;
  bool coarse = n > 0 && m > 0 && n * m > kMaxCells;
  if (coarse) n = 0;  // the loop below then removes a's middle after adding b's
  std::vector<std::vector<unsigned>> L(n + 1, std::vector<unsigned>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      L[i][j] = a[pre + i] == b[pre + j] ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
  std::vector<DiffOp> ops;
  auto push = [&](DiffOp::Kind k, const std::string& t) {
    if (!ops.empty() && ops.back().kind == k) ops.back().text += t;
    else ops.push_back({k, t});
  };
  for (size_t i = 0; i < pre; ++i) push(DiffOp::equal, a[i]);
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[pre + i] == b[pre + j]) {
      push(DiffOp::equal, a[pre + i]);
      ++i, ++j;
    } else if (j < m && (i == n || L[i][j + 1] >= L[i + 1][j])) {
      push(DiffOp::added, b[pre + j++]);
    } else {
      push(DiffOp::removed, a[pre + i++]);
    }
  }
  if (coarse)
    for (size_t k = pre; k < a.size() - suf; ++k) push(DiffOp::removed, a[k]);
  for (size_t k = a.size() - suf; k < a.size(); ++k) push(DiffOp::equal, a[k]);
  // Show a removal before the addition that replaces it.
  for (size_t k = 0; k + 1 < ops.size(); ++k)
    if (ops[k].kind == DiffOp::added && ops[k + 1].kind == DiffOp::removed) std::swap(ops[k], ops[k + 1]);
  return ops;
}

std::vector<DiffOp> diff_words(const std::string& a, const std::string& b) {
  return diff_tokens(word_tokens(a), word_tokens(b));
}

std::string render_inline(const std::vector<DiffOp>& ops, InlineStyle style) {
  auto escape = [&](const std::string& t) {
    if (style != InlineStyle::html) return t;
    std::string out;
    for (char ch : t) out += ch == '<' ? "&lt;" : ch == '>' ? "&gt;" : ch == '&' ? "&amp;" : std::string(1, ch);
    return out;
  };
  auto mark = [&](const std::string& t, bool removed) {
    switch (style) {
      case InlineStyle::markers: return removed ? "[-" + t + "-]" : "{+" + t + "+}";
      case InlineStyle::color: return removed ? "\x1b[31m[-" + t + "-]\x1b[0m" : "\x1b[32m{+" + t + "+}\x1b[0m";
      case InlineStyle::html: return removed ? "<del>" + escape(t) + "</del>" : "<ins>" + escape(t) + "</ins>";
    }
    return t;
  };
  std::string out;
  for (const auto& op : ops) out += op.kind == DiffOp::equal ? escape(op.text) : mark(op.text, op.kind == DiffOp::removed);
  return out;
}

}  // namespace scip::util
