// cli/manpage_cmd — the man page, generated from the option definitions
// (cli/command_docs) and the message table, so it says what --help says, in
// English or Chinese.
//
// Sections: NAME, SYNOPSIS, DESCRIPTION, OPTIONS (the global ones), one
// subsection per command (its options, then its examples verbatim), EXIT
// STATUS, ENVIRONMENT, FILES, SEE ALSO. The page is UTF-8 and says so in its
// first line, which man-db's preconv reads. The subcommand is hidden from
// --help: it is for the build (CMakeLists.txt) and packagers.
#include "cli/manpage_cmd.h"

#include <iostream>

#include "cli/command_docs.h"
#include "util/text.h"

namespace scip::cli {

CLI::App* setup_manpage(CLI::App& app, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("manpage", i18n::tr(lang, "help.manpage"));
  cmd->group("");
  return cmd;
}

namespace {

// Text safe in roff: backslashes as \e, a line starting with '.' or '\''
// (a request) guarded by \&, hyphens as \-. After each CJK character a
// zero-width break point (\:), since Chinese has no spaces to break at.
std::string roff(const std::string& s) {
  std::string out;
  bool line_start = true;
  for (char32_t c : util::decode_utf8(s)) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else util::append_utf8(out, c);
    if ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)) out += "\\:";
    line_start = c == '\n';
  }
  return out;
}

std::string option_head(const OptionDoc& o) {
  std::string s;
  for (const auto& n : o.names) s += (s.empty() ? "" : ", ") + ("\\fB" + roff(n) + "\\fR");
  if (o.names.empty()) s = "\\fI" + roff(o.positional) + "\\fR" + (o.many ? "..." : "");
  else if (!o.value.empty()) s += " \\fI" + roff(o.value) + "\\fR";
  return s;
}

void write_options(std::ostream& out, const std::vector<OptionDoc>& options, i18n::Lang lang) {
  for (const auto& o : options) {
    out << ".TP\n" << option_head(o) << "\n" << roff(o.description);
    if (!o.choices.empty() && o.description.find('{') == std::string::npos) {
      std::string list;
      for (const auto& c : o.choices) list += (list.empty() ? "" : ", ") + c;
      out << "\n.br\n" << roff(i18n::tr(lang, "man.choices", fmt::arg("list", list)));
    }
    out << "\n";
  }
}

void write_command(std::ostream& out, const CommandDoc& c, i18n::Lang lang) {
  std::string usage = "scip " + c.name;
  for (const auto& o : c.options)
    if (o.names.empty()) usage += " " + o.positional + (o.many ? "..." : "");
  out << ".SS \"" << roff(usage) << "\"\n" << roff(c.description) << "\n";
  write_options(out, c.options, lang);
  if (!c.footer.empty()) out << ".PP\n.nf\n" << roff(c.footer) << "\n.fi\n";
}

void write_section(std::ostream& out, i18n::Lang lang, const char* id) {
  out << ".SH " << roff(i18n::tr(lang, std::string("man.section.") + id)) << "\n";
}

}  // namespace

int run_manpage(const CLI::App& app, i18n::Lang lang) {
  std::vector<CommandDoc> cmds = describe(app);
  std::ostream& out = std::cout;
  out << "'\\\" -*- coding: UTF-8 -*-\n"
      << ".TH SCIP 1 \"\" \"scip " << SCIP_VERSION << "\" \"" << roff(i18n::tr(lang, "man.manual")) << "\"\n"
      << ".ad l\n.nh\n";  // left-aligned, no hyphenation: Chinese lines cannot be justified
  write_section(out, lang, "name");
  out << "scip \\- " << roff(i18n::tr(lang, "man.name")) << "\n";
  write_section(out, lang, "synopsis");
  out << ".B scip\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]\n";
  write_section(out, lang, "description");
  out << roff(i18n::tr(lang, "man.description")) << "\n";
  write_section(out, lang, "options");
  write_options(out, cmds[0].options, lang);
  write_section(out, lang, "commands");
  for (size_t i = 1; i < cmds.size(); ++i)
    if (!cmds[i].hidden) write_command(out, cmds[i], lang);
  write_section(out, lang, "exit");
  for (int code = 0; code <= 3; ++code)
    out << ".TP\n.B " << code << "\n" << roff(i18n::tr(lang, "man.exit." + std::to_string(code))) << "\n";
  write_section(out, lang, "environment");
  for (const char* var : {"LANG", "NO_COLOR", "SCIP_CACHE", "GLIBC_TUNABLES", "GITHUB_ACTIONS"})
    out << ".TP\n.B " << var << "\n" << roff(i18n::tr(lang, std::string("man.env.") + var)) << "\n";
  write_section(out, lang, "files");
  out << ".TP\n.I /usr/share/scip/schemas/\n" << roff(i18n::tr(lang, "man.files.schemas")) << "\n";
  write_section(out, lang, "see-also");
  out << roff(i18n::tr(lang, "man.see-also", fmt::arg("url", SCIP_HOMEPAGE))) << "\n";
  return kOk;
}

}  // namespace scip::cli
