// Unit tests of what the subcommands share (cli/common).
#include <doctest/doctest.h>

#include "cli/common.h"

using scip::cli::output_format;

TEST_CASE("the output format from -o FILE's extension") {
  const std::vector<std::string> choices = {"table", "markdown", "csv", "json", "xlsx", "html"};
  CHECK(output_format("table", false, "report.html", choices) == "html");
  CHECK(output_format("table", false, "报告.XLSX", choices) == "xlsx");
  CHECK(output_format("table", false, "notes.md", choices) == "markdown");
  CHECK(output_format("table", false, "page.htm", choices) == "html");
  // --format given wins; an extension that is no format, or none, changes nothing.
  CHECK(output_format("csv", true, "report.html", choices) == "csv");
  CHECK(output_format("table", false, "report.txt", choices) == "table");
  CHECK(output_format("table", false, "report", choices) == "table");
  CHECK(output_format("table", false, "", choices) == "table");
  // Only the command's own formats: diff has no csv.
  CHECK(output_format("text", false, "a.csv", {"text", "markdown", "json", "xlsx", "html"}) == "text");
}
