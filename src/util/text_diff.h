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

// How an inline diff is written:
//   markers  [-old-]{+new+}, as git diff --word-diff (plain text);
//   color    the same, red and green on a terminal (the markers stay, for
//            colour-blind readers and for copy and paste);
//   html     <del>old</del><ins>new</ins>, every segment HTML-escaped: what
//            Markdown viewers render (GitHub, GitLab, Typora, VS Code), and
//            without the flanking rules that break ~~ and ** next to Chinese
//            punctuation.
enum class InlineStyle { markers, color, html };
std::string render_inline(const std::vector<DiffOp>& ops, InlineStyle style = InlineStyle::markers);

}  // namespace scip::util
