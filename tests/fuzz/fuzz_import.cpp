// fuzz_import — libFuzzer target: scip import's reading of a document, from
// lines to paragraphs (draft/source_text), the outline, responsibility lines,
// targets in sentences and the draft (draft/draft_plan), to the YAML it writes
// (draft/draft_writer). Besides not crashing, the draft must be YAML that
// yaml-cpp reads back, whatever the document held.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "draft/draft_plan.h"
#include "draft/draft_writer.h"
#include "draft/source_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> lines;
  size_t from = 0;
  while (from <= text.size()) {
    size_t nl = text.find('\n', from);
    lines.push_back(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
  scip::draft::DraftOptions opts;
  scip::draft::Draft d = scip::draft::draft_plan(scip::draft::paragraphs_of(lines), opts);
  std::string yaml = scip::draft::draft_yaml(d, "fuzz.txt", scip::i18n::Lang::en);
  try {
    YAML::Node n = YAML::Load(yaml);
    if (!n.IsMap()) std::abort();
  } catch (const YAML::Exception&) {
    std::abort();
  }
  return 0;
}
