// util/docx_text — see docx_text.h.
#include "util/docx_text.h"

#include <map>

#include "util/xml_sax.h"
#include "util/zip_archive.h"

namespace scip::util {

namespace {

struct Level {
  std::string fmt = "decimal", text = "%1.";
  int start = 1;
};

// word/numbering.xml: abstract lists and their levels; concrete lists (numId)
// point at an abstract one.
class NumberingPart : public SaxPass {
 public:
  std::map<std::string, std::map<int, Level>> abstract;  // abstractNumId -> ilvl -> level
  std::map<std::string, std::string> num_to_abstract;

  void start(std::string_view n, const XML_Char** a) override {
    if (n == "abstractNum") abstract_ = xml_attr(a, "abstractNumId");
    else if (n == "lvl" && !abstract_.empty()) level_ = std::atoi(xml_attr(a, "ilvl").c_str());
    else if (n == "numFmt" && level_ >= 0) abstract[abstract_][level_].fmt = xml_attr(a, "val");
    else if (n == "lvlText" && level_ >= 0) abstract[abstract_][level_].text = xml_attr(a, "val");
    else if (n == "start" && level_ >= 0) abstract[abstract_][level_].start = std::atoi(xml_attr(a, "val").c_str());
    else if (n == "num") num_ = xml_attr(a, "numId");
    else if (n == "abstractNumId" && !num_.empty()) num_to_abstract[num_] = xml_attr(a, "val");
  }
  void end(std::string_view n) override {
    if (n == "abstractNum") abstract_.clear();
    else if (n == "lvl") level_ = -1;
    else if (n == "num") num_.clear();
  }

 private:
  std::string abstract_, num_;
  int level_ = -1;
};

// word/document.xml, one paragraph at a time.
class DocumentPart : public SaxPass {
 public:
  explicit DocumentPart(const NumberingPart& numbering) : numbering_(numbering) {}
  std::vector<std::string> paragraphs;

  void start(std::string_view n, const XML_Char** a) override {
    if (n == "p") text_.clear(), num_id_.clear(), ilvl_ = 0;
    else if (n == "t") in_text_ = deleted_ == 0;
    else if (n == "del") ++deleted_;
    else if (n == "tab" && in_run_) text_ += '\t';
    else if ((n == "br" || n == "cr") && in_run_) text_ += '\n';
    else if (n == "r") in_run_ = true;
    else if (n == "numId") num_id_ = xml_attr(a, "val");
    else if (n == "ilvl") ilvl_ = std::atoi(xml_attr(a, "val").c_str());
  }
  void end(std::string_view n) override {
    if (n == "t") in_text_ = false;
    else if (n == "del") --deleted_;
    else if (n == "r") in_run_ = false;
    else if (n == "p") paragraphs.push_back(number() + text_);
  }
  void text(std::string_view t) override {
    if (in_text_) text_ += t;
  }

 private:
  // The number Word draws before this paragraph ("" when it is in no list).
  std::string number() {
    if (num_id_.empty() || num_id_ == "0") return "";
    auto abs = numbering_.num_to_abstract.find(num_id_);
    if (abs == numbering_.num_to_abstract.end()) return "";
    auto levels = numbering_.abstract.find(abs->second);
    if (levels == numbering_.abstract.end()) return "";
    auto& counts = counters_[abs->second];
    counts.resize(10, 0);
    if (ilvl_ < 0 || ilvl_ > 8) return "";
    ++counts[static_cast<size_t>(ilvl_)];
    for (size_t deeper = static_cast<size_t>(ilvl_) + 1; deeper < counts.size(); ++deeper) counts[deeper] = 0;
    auto lvl = levels->second.find(ilvl_);
    Level me = lvl == levels->second.end() ? Level{} : lvl->second;
    if (me.fmt == "bullet" || me.fmt == "none") return "";
    std::string out;
    for (size_t i = 0; i < me.text.size(); ++i) {
      if (me.text[i] == '%' && i + 1 < me.text.size() && me.text[i + 1] >= '1' && me.text[i + 1] <= '9') {
        int k = me.text[i + 1] - '1';
        auto kl = levels->second.find(k);
        Level at = kl == levels->second.end() ? Level{} : kl->second;
        out += list_number(at.fmt, at.start - 1 + counts[static_cast<size_t>(k)]);
        ++i;
      } else {
        out += me.text[i];
      }
    }
    return out;
  }

  const NumberingPart& numbering_;
  std::map<std::string, std::vector<int>> counters_;  // abstractNumId -> count per level
  std::string text_, num_id_;
  int ilvl_ = 0, deleted_ = 0;
  bool in_text_ = false, in_run_ = false;
};

std::string chinese_number(int n) {
  static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 100) return std::to_string(n);
  if (n < 10) return digits[n];
  std::string out = n / 10 == 1 ? "" : digits[n / 10];
  out += "十";
  if (n % 10) out += digits[n % 10];
  return out;
}

std::string roman(int n) {
  static const std::pair<int, const char*> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (auto [v, s] : parts)
    while (n >= v) out += s, n -= v;
  return out;
}

}  // namespace

std::string list_number(const std::string& fmt, int n) {
  if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "ideographTraditional" ||
      fmt == "chineseLegalSimplified")
    return chinese_number(n);
  if ((fmt == "lowerLetter" || fmt == "upperLetter") && n >= 1 && n <= 26)
    return std::string(1, static_cast<char>((fmt == "lowerLetter" ? 'a' : 'A') + n - 1));
  if (fmt == "lowerRoman" && n >= 1) return roman(n);
  if (fmt == "upperRoman" && n >= 1) {
    std::string r = roman(n);
    for (auto& c : r) c = static_cast<char>(c - 'a' + 'A');
    return r;
  }
  return std::to_string(n);
}

std::vector<std::string> docx_paragraphs(const std::string& path) {
  try {
    ZipArchive zip(path);
    if (!zip.has("word/document.xml")) throw DocxError(path + ": no word/document.xml (not a Word document)");
    NumberingPart numbering;
    if (zip.has("word/numbering.xml")) numbering.run(zip, "word/numbering.xml");
    DocumentPart doc(numbering);
    doc.run(zip, "word/document.xml");
    return std::move(doc.paragraphs);
  } catch (const ZipError& e) {
    throw DocxError(e.what());
  } catch (const XmlError& e) {
    throw DocxError(e.what());
  }
}

}  // namespace scip::util
