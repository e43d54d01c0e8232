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

std::vector<uint64_t> sorted_bigrams_of(const std::u32string& s) {
  std::vector<uint64_t> out;
  if (s.size() > 1) out.reserve(s.size() - 1);
  for (size_t i = 0; i + 1 < s.size(); ++i) out.push_back((static_cast<uint64_t>(s[i]) << 32) | s[i + 1]);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<uint64_t> sorted_bigrams(std::string_view text) { return sorted_bigrams_of(decode_utf8(text)); }

// A one-character text is the gram of that character alone.
Bigrams::Bigrams(std::string_view text) {
  std::u32string s = decode_utf8(text);
  grams_ = sorted_bigrams_of(s);
  constexpr uint64_t kAlone = 0xFFFFFFFFu;  // no code point is this
  if (s.size() == 1) grams_.push_back((static_cast<uint64_t>(s[0]) << 32) | kAlone);
}

// Equal texts have equal multisets, so they meet 1 exactly (2c / 2c); only
// two empty texts need saying.
double Bigrams::dice(const Bigrams& other) const {
  const auto &ga = grams_, &gb = other.grams_;
  if (ga.empty() || gb.empty()) return ga.empty() && gb.empty() ? 1.0 : 0.0;
  // One merge, without branches on the grams (two unrelated texts make
  // those unpredictable): each gram counts as often as both have it.
  size_t common = 0;
  for (size_t i = 0, j = 0; i < ga.size() && j < gb.size();) {
    uint64_t a = ga[i], b = gb[j];
    common += a == b;
    i += a <= b;
    j += b <= a;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(ga.size() + gb.size());
}

double bigram_dice(std::string_view a, std::string_view b) { return Bigrams(a).dice(Bigrams(b)); }

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
