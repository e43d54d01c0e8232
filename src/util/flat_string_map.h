// util/flat_string_map — a map from strings to small values, built once and
// then only looked up, in three flat arrays.
//
// After a plan's own check, the rules across files still need the positions
// of about sixty of its values ("/actions/3/tasks/1/targets/0/value" → line
// 212, column 16). As a vector of (std::string, Pos) pairs each entry was 40
// bytes, and its pointer, longer than a string's own room, another heap block
// of 48 or 64: about 100 bytes an entry, 17 MiB over a national corpus of
// 3,000 plans. Here the keys are written one after another, sorted, into one
// string, with the offset where each ends and the values in arrays of their
// own: the key's bytes and 4 + sizeof(V), and three heap blocks a map.
//
// Built from pairs (`assign`: sorted, and of a repeated key the first kept);
// found by binary search; walked in key order by index, which is how the
// check cache stores it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scip::util {

template <class V>
class FlatStringMap {
 public:
  FlatStringMap() = default;

  // Replaces the contents with `items`; of the items with the same key the
  // first is kept.
  void assign(std::vector<std::pair<std::string, V>> items) {
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    FlatStringMap m;
    size_t bytes = 0;
    for (const auto& [k, v] : items) bytes += k.size();
    if (bytes > UINT32_MAX) throw std::length_error("FlatStringMap: keys over 4 GiB");
    m.keys_.reserve(bytes);
    m.ends_.reserve(items.size());
    m.values_.reserve(items.size());
    for (auto& [k, v] : items) {
      if (!m.ends_.empty() && m.key(m.ends_.size() - 1) == k) continue;
      m.keys_ += k;
      m.ends_.push_back(static_cast<uint32_t>(m.keys_.size()));
      m.values_.push_back(std::move(v));
    }
    m.keys_.shrink_to_fit();
    m.ends_.shrink_to_fit();
    m.values_.shrink_to_fit();
    swap(m);
  }

  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view key(size_t i) const {
    size_t from = i ? ends_[i - 1] : 0;
    return std::string_view(keys_).substr(from, ends_[i] - from);
  }
  const V& value(size_t i) const { return values_[i]; }

  // The value of `k`, or null.
  const V* find(std::string_view k) const {
    // The first key not less than k (the keys are sorted). Written out:
    // std::ranges::partition_point over std::views::iota does not compile
    // with clang 14 and libstdc++ 12's ranges (Debian 12's sanitizer build).
    size_t lo = 0, hi = size();
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (key(mid) < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < size() && key(lo) == k ? &values_[lo] : nullptr;
  }

  void swap(FlatStringMap& o) noexcept {
    keys_.swap(o.keys_);
    ends_.swap(o.ends_);
    values_.swap(o.values_);
  }
  bool operator==(const FlatStringMap&) const = default;

 private:
  std::string keys_;            // every key, in order, one after another
  std::vector<uint32_t> ends_;  // where each key ends in keys_
  std::vector<V> values_;
};

}  // namespace scip::util
