// check/rules_file — the rules about reading a file, before any YAML or CSV.
//
// Files come from people: named wrong, pointed at a FIFO, saved by Notepad as
// "Unicode" (UTF-16), by Excel on Chinese Windows as GBK, with old Mac line
// ends, with a NUL or a stray byte-order mark pasted in from another file.
// Each of these gets a diagnostic that names the file and, where there is
// one, the position; nothing here throws. What can be read is read (UTF-16,
// GB18030, lone CR), with a note that says how, so the rest of the check
// runs on the real content; what cannot is an error.
//
// Both readers use these: the YAML loader (whole files, see checker.cpp) and
// the streaming CSV checker (rules_submission.cpp).
#include <fmt/format.h>

#include "check/rules.h"
#include "util/text.h"

namespace scip::check {

void report_path_error(Diagnostics& out, const util::PathError& e) {
  using P = util::PathProblem;
  switch (e.problem) {
    case P::os_error:
      out.add("read-error", e.path, util::Pos{}, out.tr("diag.read-error", fmt::arg("reason", e.reason)),
              out.tr("hint.read-error"));
      break;
    case P::missing:
      out.add("read-error", e.path, util::Pos{}, out.tr("diag.read-error", fmt::arg("reason", e.reason)),
              out.tr("hint.path-missing"));
      break;
    case P::not_regular:
      out.add("read-error", e.path, util::Pos{}, out.tr("diag.read-error.not-regular"), out.tr("hint.read-error.not-regular"));
      break;
    case P::no_files:
      out.add("read-error", e.path, util::Pos{}, out.tr("diag.read-error.no-files"), out.tr("hint.read-error.no-files"));
      break;
    case P::too_large:
      out.add("file-too-large", e.path, util::Pos{},
              out.tr("diag.file-too-large", fmt::arg("size", e.size), fmt::arg("limit", e.limit)),
              out.tr("hint.file-too-large"));
      break;
  }
}

void report_encoding(Diagnostics& out, const std::string& path, const util::Detection& det,
                     std::optional<size_t> error_offset) {
  if (error_offset) {
    if (det.encoding == util::Encoding::gb18030)
      out.add("invalid-encoding", path, util::Pos{},
              out.tr("diag.invalid-encoding-csv", fmt::arg("offset", det.first_non_utf8), fmt::arg("gb", *error_offset)),
              out.tr("hint.invalid-encoding"));
    else
      out.add("invalid-encoding", path, util::Pos{}, out.tr("diag.invalid-encoding", fmt::arg("offset", *error_offset)),
              out.tr("hint.invalid-encoding"));
  } else if (det.encoding != util::Encoding::utf8 && det.encoding != util::Encoding::utf8_bom) {
    out.add("decoded-encoding", path, util::Pos{},
            out.tr("diag.decoded-encoding", fmt::arg("encoding", util::encoding_name(det.encoding))));
  }
}

std::optional<std::string> decode_text(Diagnostics& out, const std::string& path, std::string bytes) {
  if (util::find_invalid_utf8(bytes)) {
    util::StringSource src(std::move(bytes));
    util::Detection det = util::detect_encoding(src);
    size_t off = 0;
    std::optional<std::string> text = util::decode_all(src, det.encoding, &off);
    report_encoding(out, path, det, text ? std::nullopt : std::optional<size_t>(off));
    if (!text) return std::nullopt;
    bytes = std::move(*text);
  }
  // Old Mac line ends: a CR not followed by LF is a line break in YAML, but
  // yaml-cpp and line counting see one long line. Same length, so offsets hold.
  size_t lone = 0;
  for (size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) {
      bytes[i] = '\n';
      ++lone;
    }
  if (lone > 0) out.add("decoded-encoding", path, util::Pos{}, out.tr("diag.decoded-line-ends", fmt::arg("n", lone)));
  return bytes;
}

void report_invisible(Diagnostics& out, const std::string& path, std::string_view text) {
  // YAML allows tab, LF and CR of the C0 controls, and none of C1 but NEL;
  // U+FEFF only as the first character. In UTF-8, C1 is C2 80..C2 9F.
  size_t first = 0, count = 0;
  uint32_t first_cp = 0;
  size_t start = util::starts_with(text, "\xEF\xBB\xBF") ? 3 : 0;
  for (size_t i = start; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    uint32_t cp = 0;
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
      cp = b;
    } else if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) < 0xA0 && static_cast<unsigned char>(text[i + 1]) != 0x85) {
      cp = static_cast<unsigned char>(text[i + 1]);
    } else if (b == 0xEF && text.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      cp = 0xFEFF;
    } else {
      continue;
    }
    if (count++ == 0) {
      first = i;
      first_cp = cp;
    }
  }
  if (count == 0) return;
  // Lines are counted only now: almost every file has nothing to report.
  out.add("invisible-character", path, util::LineIndex(text).at_offset(first),
          out.tr(count == 1 ? "diag.invisible-character.one" : "diag.invisible-character",
                 fmt::arg("cp", fmt::format("U+{:04X}", first_cp)), fmt::arg("n", count)),
          out.tr(first_cp == 0xFEFF ? "hint.invisible-character.bom" : "hint.invisible-character"));
}

}  // namespace scip::check
