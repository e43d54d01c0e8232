// draft/source_text — a plan document as the paragraphs a reader sees.
//
// Plans reach an office as Word files or as text copied out of a PDF. The PDF
// text breaks lines (and sentences) wherever the page did, puts blank lines
// inside a sentence, page numbers ("— 16 —") and running headers between
// them, and sometimes Markdown marks (#, **, "- ") from a converter. This file
// undoes that: it cleans each line, drops what repeats on every page, and
// joins the lines of one paragraph again. A line starts a new paragraph when
// it opens with a heading number (一、 （一） 1. （1）) or a responsibility
// line (牵头部门：…, (…牵头, …配合)), or when the paragraph before it is not
// running prose (a title, a heading, a sentence that ended). Text after the
// 抄送 line of the last page is the document's distribution list, not the plan.
#pragma once

#include <string>
#include <vector>

namespace scip::draft {

struct Paragraph {
  std::string text;  // cleaned, on one line
  int line = 0;      // 1-based line of its first line in the source
};

// The paragraphs of a UTF-8 text (one raw line per element, the docx reader's
// paragraphs or a text file's lines).
std::vector<Paragraph> paragraphs_of(const std::vector<std::string>& lines);

// One raw line cleaned: Markdown marks, page numbers and the spaces a PDF
// puts between Chinese characters removed, full-width digits made ASCII.
std::string clean_line(const std::string& raw);

// Whether a cleaned line opens with a heading number; the level (1 一、,
// 2 （一）, 3 1., 4 （1）) or 0.
int heading_level(const std::u32string& line, size_t* marker_end = nullptr);

// Whether a cleaned line is a whole responsibility line (牵头部门：…,
// 责任单位：…, (…牵头…)).
bool is_responsibility_line(const std::u32string& line);

}  // namespace scip::draft
