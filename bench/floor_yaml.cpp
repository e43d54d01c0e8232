// bench/floor_yaml — the cost scip cannot go under with its YAML library.
//
// Loads every .yaml file under the given paths with YAML::LoadFile, one after
// another on one core, and does nothing else: no schema, no rules, no output
// but a count. `scip check` parses with the same library, so this is the floor
// of one core; bench/run compares scip (on all cores) with it.
//
//   floor_yaml DIR...
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i)
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i]))
      if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  size_t nodes = 0;
  for (const auto& f : files) {
    YAML::Node n = YAML::LoadFile(f);
    nodes += n.size();
  }
  std::printf("%zu files loaded (%zu top-level keys)\n", files.size(), nodes);
}
