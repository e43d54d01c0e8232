// util/docx_text — the paragraphs of a Word document (.docx) as plain text.
//
// A .docx is a ZIP of XML parts; the text is in word/document.xml: paragraphs
// (`w:p`) of runs (`w:r`) of text (`w:t`), tabs and breaks. What the reader
// sees as "一、" or "（一）" before a heading is often not in the text at all
// but drawn by Word's automatic numbering: the paragraph names a list
// (`w:numPr`: numId, ilvl) whose levels (word/numbering.xml: numFmt, lvlText
// such as "%1、" or "（%1）", start) say how to number it. The reader counts
// each list as Word does and writes the number in front of the paragraph, so
// the text reads as printed. Tables are read row by row, each cell's
// paragraphs in order. Deleted text of tracked changes (`w:del`) is left out.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace scip::util {

class DocxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The paragraphs of `path` in document order (empty ones kept, as a blank
// line). Throws DocxError when the file is not a readable .docx.
std::vector<std::string> docx_paragraphs(const std::string& path);

// The number Word draws for value `n` in format `fmt` (decimal,
// chineseCounting, chineseCountingThousand, ideographTraditional,
// lowerLetter, upperLetter, lowerRoman, upperRoman; decimal otherwise).
std::string list_number(const std::string& fmt, int n);

}  // namespace scip::util
