// bench/floor_yaml — the cost scip cannot go under with its YAML parsers.
//
// Reads every .yaml file under the given paths, one after another on one
// core, and does nothing else: no schema, no rules, no output but a count.
// By default each file is loaded with YAML::LoadFile (yaml-cpp, the parser of
// every file libyaml declines and of every YAML diagnostic); with --libyaml,
// each file's events are only pulled from libyaml, which reads the plans
// `scip check` reads (plan/yaml_tree.h). bench/run compares scip (on all
// cores) with both floors.
//
//   floor_yaml [--libyaml] DIR...
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

// The number of events libyaml gives for one file (0 at a syntax error).
size_t libyaml_events(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  size_t events = 0;
  for (bool end = false; !end;) {
    yaml_event_t e;
    if (!yaml_parser_parse(&parser, &e)) {
      events = 0;
      break;
    }
    ++events;
    end = e.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&e);
  }
  yaml_parser_delete(&parser);
  return events;
}

}  // namespace

int main(int argc, char** argv) {
  bool libyaml = argc > 1 && std::strcmp(argv[1], "--libyaml") == 0;
  std::vector<std::string> files;
  for (int i = libyaml ? 2 : 1; i < argc; ++i)
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i]))
      if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  size_t count = 0;
  for (const auto& f : files) count += libyaml ? libyaml_events(f) : YAML::LoadFile(f).size();
  std::printf("%zu files read (%zu %s)\n", files.size(), count, libyaml ? "events" : "top-level keys");
}
