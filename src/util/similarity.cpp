// util/similarity — see similarity.h.
#include "util/similarity.h"

#include <algorithm>
#include <limits>
#include <cstdint>
#include <map>
#include <vector>

#include "util/text.h"

namespace scip::util {

namespace {

// The character bigrams of `s` (a one-character text: that character), each
// packed in 64 bits, sorted: a multiset that two merges can intersect.
// Filled into `out`, which keeps its capacity (a diff compares thousands of pairs).
void sorted_bigrams(const std::u32string& s, std::vector<uint64_t>& out) {
  out.clear();
  constexpr uint64_t kAlone = 0xFFFFFFFFu;  // no code point is this: a gram of one character
  if (s.size() == 1) out.push_back((static_cast<uint64_t>(s[0]) << 32) | kAlone);
  for (size_t i = 0; i + 1 < s.size(); ++i) out.push_back((static_cast<uint64_t>(s[i]) << 32) | s[i + 1]);
  std::sort(out.begin(), out.end());
}

}  // namespace

double bigram_dice(std::string_view a, std::string_view b) {
  std::u32string x = decode_utf8(a), y = decode_utf8(b);
  if (x == y) return 1.0;
  if (x.empty() || y.empty()) return 0.0;
  thread_local std::vector<uint64_t> ga, gb;
  sorted_bigrams(x, ga);
  sorted_bigrams(y, gb);
  size_t common = 0;
  for (size_t i = 0, j = 0; i < ga.size() && j < gb.size();) {
    if (ga[i] < gb[j]) ++i;
    else if (gb[j] < ga[i]) ++j;
    else ++common, ++i, ++j;  // each gram counts as often as both have it
  }
  size_t total = ga.size() + gb.size();
  return total ? 2.0 * static_cast<double>(common) / static_cast<double>(total) : 0.0;
}

std::string remove_words(std::string_view s, std::span<const std::string_view> words) {
  std::vector<std::string_view> sorted(words.begin(), words.end());
  std::sort(sorted.begin(), sorted.end(), [](auto l, auto r) { return l.size() > r.size(); });
  std::string out(s);
  for (auto w : sorted) {
    if (w.empty()) continue;
    for (size_t at; (at = out.find(w)) != std::string::npos;) out.erase(at, w.size());
  }
  return out;
}

std::vector<int> best_assignment(const std::vector<std::vector<double>>& score, double threshold) {
  size_t rows = score.size(), cols = rows ? score[0].size() : 0;
  std::vector<int> result(rows, -1);
  if (!rows || !cols) return result;
  // Hungarian method (Jonker–Volgenant form) minimising cost = -score on a
  // square matrix; pairs below the threshold cost 0, the same as no pair.
  size_t n = std::max(rows, cols);
  auto cost = [&](size_t i, size_t j) -> double {
    if (i >= rows || j >= cols || score[i][j] < threshold) return 0.0;
    return -score[i][j];
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0), minv(n + 1);
  std::vector<size_t> p(n + 1, 0), way(n + 1, 0);
  std::vector<char> used(n + 1);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::fill(minv.begin(), minv.end(), inf);
    std::fill(used.begin(), used.end(), 0);
    do {
      used[j0] = 1;
      size_t i0 = p[j0], j1 = 0;
      double delta = inf;
      for (size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (size_t j = 0; j <= n; ++j) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  for (size_t j = 1; j <= n; ++j) {
    size_t i = p[j] - 1, c = j - 1;
    if (i < rows && c < cols && score[i][c] >= threshold) result[i] = static_cast<int>(c);
  }
  return result;
}

}  // namespace scip::util
