// fuzz_text_diff — libFuzzer target: the inline word diff of two texts (ICU
// word breaks, then an LCS over the tokens). The input is split at its first
// NUL byte (or in half) into the old and the new text. The diff must rebuild
// both texts exactly: equal+removed parts give the old one, equal+added the new.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "util/text_diff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string all(reinterpret_cast<const char*>(data), size);
  size_t cut = all.find('\0');
  std::string a = cut == std::string::npos ? all.substr(0, size / 2) : all.substr(0, cut);
  std::string b = cut == std::string::npos ? all.substr(size / 2) : all.substr(cut + 1);
  auto ops = scip::util::diff_words(a, b);
  std::string old_text, new_text;
  for (const auto& op : ops) {
    if (op.kind != scip::util::DiffOp::added) old_text += op.text;
    if (op.kind != scip::util::DiffOp::removed) new_text += op.text;
  }
  if (old_text != a || new_text != b) std::abort();
  for (auto style : {scip::util::InlineStyle::markers, scip::util::InlineStyle::color, scip::util::InlineStyle::html})
    (void)scip::util::render_inline(ops, style);
  return 0;
}
