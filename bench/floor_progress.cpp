// bench/floor_progress — the least work that makes a progress table.
//
// Reads every .csv file under the given paths, splits each line at commas
// (no quotes, no encodings, no Chinese numbers: "1.3万" and "12,345" are
// simply lost), and adds each value into a hash map keyed by region and
// indicator. That is the floor of `scip progress` on one core: a plain read,
// tokenize and hash-map pass, with nothing checked.
//
//   floor_progress DIR...
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i)
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i]))
      if (e.is_regular_file() && e.path().extension() == ".csv") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::unordered_map<std::string, double> sums;
  size_t rows = 0;
  std::string line, key;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    bool header = true;
    while (std::getline(in, line)) {
      if (header) {
        header = false;
        continue;
      }
      std::string_view fields[4];
      size_t start = 0;
      for (int k = 0; k < 4; ++k) {
        size_t comma = line.find(',', start);
        fields[k] = std::string_view(line).substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? line.size() : comma + 1;
      }
      std::string_view v = fields[3];
      if (!v.empty() && v.front() == '"') v.remove_prefix(1);
      key.assign(fields[0]);
      key += '\t';
      key += fields[1];
      sums[key] += std::strtod(std::string(v).c_str(), nullptr);
      ++rows;
    }
  }
  std::printf("%zu rows, %zu region-indicator sums\n", rows, sums.size());
}
