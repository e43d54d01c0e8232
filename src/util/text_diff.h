// util/text_diff — what changed between two token sequences, inline.
//
// A longest-common-subsequence diff over tokens (words, see word_tokens.h),
// with neighbouring operations of one kind merged, rendered the way `git diff
// --word-diff` does: [-removed-]{+added+}. Used for reworded tasks and
// targets in `scip diff`.
#pragma once

#include <string>
#include <vector>

namespace scip::util {

struct DiffOp {
  enum Kind { equal, removed, added };
  Kind kind;
  std::string text;
};

std::vector<DiffOp> diff_tokens(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Diff of two texts on word tokens.
std::vector<DiffOp> diff_words(const std::string& a, const std::string& b);

// [-old-]{+new+} markers; with color, red and green instead of the markers'
// brackets being the only cue (the markers stay, for colour-blind readers
// and for copy and paste).
std::string render_inline(const std::vector<DiffOp>& ops, bool color = false);

}  // namespace scip::util
