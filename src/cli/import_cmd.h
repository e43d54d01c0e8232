// cli/import_cmd — `scip import DOCUMENT`: a draft plan from its document.
#pragma once

#include <string>

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct ImportCmdOptions {
  std::string document;  // .txt or .docx
  std::string region;    // --region: code or name; empty: from the title
  std::string catalog;   // a catalog file or a folder holding one; empty: plans, when it exists
  bool report = false;
  bool force = false;
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_import(CLI::App& app, ImportCmdOptions& opts, i18n::Lang lang);
int run_import(const ImportCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang);

}  // namespace scip::cli
