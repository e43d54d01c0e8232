// fuzz_yaml_parsers — libFuzzer target: any bytes to plan/yaml_tree's two
// parsers. Where libyaml reads the text (the fast path of every `scip check`),
// yaml-cpp must read it without a problem and give the same tree, node for
// node: a difference would be a plan read otherwise than before, in silence.
// Valid YAML that only libyaml reads (the YAML test suite's 652Z and JR7V,
// forms with `?` in flow keys and plain scalars), and the line breaks of
// empty lines inside quotes, which yaml-cpp 0.7 drops (NAT4), are the known
// cases where libyaml is right and yaml-cpp is not; they are let through.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "plan/yaml_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using scip::plan::YamlParser;
  scip::plan::YamlParse fast = scip::plan::parse_yaml(text, YamlParser::libyaml);
  if (!fast.root) return 0;
  scip::plan::YamlParse ref = scip::plan::parse_yaml(text, YamlParser::yaml_cpp);
  if (!ref.root && text.find('?') != std::string_view::npos) return 0;  // 652Z, JR7V
  std::string difference = !ref.root                ? "yaml-cpp read no tree"
                           : !ref.problems.empty() ? "yaml-cpp reported " + ref.problems[0].code
                                                   : scip::plan::yaml_tree_difference(*fast.root, *ref.root, true);
  if (difference.empty()) return 0;
  std::fprintf(stderr, "libyaml and yaml-cpp read this text differently: %s\n", difference.c_str());
  std::abort();
}
