// util/similarity — how alike two short Chinese texts are, and the best
// one-to-one pairing of two lists by that measure.
//
// Chinese has no spaces, so texts are compared on characters: the Dice
// coefficient of their character-bigram multisets (2·|A∩B| / (|A|+|B|)),
// after removing words that every title shares (行动, 工程, 科学素质 …),
// which would otherwise make everything look alike. All counting is in code
// points. Pairing uses the Hungarian method, so the assignment with the
// largest total similarity wins, not the first greedy hit.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

// Each pair of neighbouring code points of `text`, packed in 64 bits (the
// first in the high half), sorted: the multiset of its character bigrams,
// in the order of the two code points. Empty for fewer than two.
std::vector<uint64_t> sorted_bigrams(std::string_view text);

// A text's character bigrams, decoded and sorted once: a diff compares each
// task with dozens of others, and decoding and sorting per comparison was
// most of the time it took over two real plans.
class Bigrams {
 public:
  Bigrams() = default;  // of the empty text
  explicit Bigrams(std::string_view text);
  // Dice coefficient: 1 for equal texts (including two empty ones), 0 when
  // one of them is empty; a single character compares as itself.
  double dice(const Bigrams& other) const;

 private:
  std::vector<uint64_t> grams_;  // each packed in 64 bits, sorted; empty only for the empty text
};

// Bigrams(a).dice(Bigrams(b)), for a comparison made once.
double bigram_dice(std::string_view a, std::string_view b);

// `s` with every occurrence of the given words removed (longest first).
std::string remove_words(std::string_view s, std::span<const std::string_view> words);

// For each row, the column it is paired with, or -1. Pairs whose score is
// below `threshold` are never made. Maximises the total score of the pairs.
std::vector<int> best_assignment(const std::vector<std::vector<double>>& score, double threshold);

}  // namespace scip::util
