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

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

// Dice coefficient on character bigrams; 1 for equal texts (including two
// empty ones), a single character compares as itself.
double bigram_dice(std::string_view a, std::string_view b);

// `s` with every occurrence of the given words removed (longest first).
std::string remove_words(std::string_view s, std::span<const std::string_view> words);

// For each row, the column it is paired with, or -1. Pairs whose score is
// below `threshold` are never made. Maximises the total score of the pairs.
std::vector<int> best_assignment(const std::vector<std::vector<double>>& score, double threshold);

}  // namespace scip::util
