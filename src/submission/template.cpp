// submission/template — see template.h.
#include "submission/template.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>

#include "submission/reader.h"
#include "util/text.h"
#include "util/xlsx_book.h"

namespace scip::submission {

namespace {

// The header scip reads back for column `c`, in the template's language: the
// first of the column's header names in that script.
std::string header_of(int c, i18n::Lang lang) {
  for (std::string_view h : column_headers(c)) {
    bool ascii = std::all_of(h.begin(), h.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii == (lang == i18n::Lang::en)) return std::string(h);
  }
  return std::string(column_name(c));
}

constexpr int kTemplateColumns[] = {region, indicator, period, value, unit, note};

}  // namespace

std::vector<int> plan_indicators(const plan::Plan& p, const plan::Corpus& corpus) {
  std::vector<int> out;
  plan::for_each_target(p, [&](const plan::Target& t) {
    if (t.indicator.empty() || !t.value) return;
    int id = corpus.indicators.find_id(t.indicator);
    if (id >= 0 && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  });
  return out;
}

void write_template(std::ostream& out, const plan::Plan& p, const plan::Corpus& corpus, const TemplateOptions& o) {
  i18n::Lang L = o.lang;
  std::vector<int> indicators = plan_indicators(p, corpus);
  util::XlsxBook book;
  lxw_format *head = book.header(), *title = book.title();
  lxw_format* input = book.fill(0xFFF2CC);  // the cells to fill in

  // 填报说明: prose, then the indicators with their units (the drop-down's source).
  std::string info_name = i18n::tr(L, "template.sheet.info");
  lxw_worksheet* info = book.add_sheet(info_name);
  worksheet_write_string(info, 0, 0, i18n::tr(L, "template.title", fmt::arg("title", p.title), fmt::arg("period", o.period)).c_str(), title);
  lxw_row_t y = 2;
  for (const char* line : {"template.info.1", "template.info.2", "template.info.3", "template.info.4"})
    worksheet_write_string(info, y++, 0, i18n::tr(L, line).c_str(), nullptr);
  ++y;
  worksheet_write_string(info, y, 0, header_of(indicator, L).c_str(), head);
  worksheet_write_string(info, y, 1, header_of(unit, L).c_str(), head);
  lxw_row_t list_first = y + 1;
  for (int id : indicators) {
    const plan::Indicator& ind = corpus.indicators.at(id);
    worksheet_write_string(info, ++y, 0, ind.name.c_str(), nullptr);
    worksheet_write_string(info, y, 1, ind.unit.c_str(), nullptr);
  }
  lxw_row_t list_last = y;
  worksheet_set_column(info, 0, 0, 60, nullptr);
  worksheet_set_column(info, 1, 1, 12, nullptr);
  std::string list_range = fmt::format("='{}'!$A${}:$A${}", info_name, list_first + 1, list_last + 1);

  for (int r : o.regions) {
    const plan::Region& reg = corpus.regions.at(r);
    lxw_worksheet* ws = book.add_sheet(reg.name);
    for (lxw_col_t c = 0; c < std::size(kTemplateColumns); ++c)
      worksheet_write_string(ws, 0, c, header_of(kTemplateColumns[c], L).c_str(), head);
    lxw_row_t row = 0;
    for (int id : indicators) {
      const plan::Indicator& ind = corpus.indicators.at(id);
      ++row;
      worksheet_write_string(ws, row, 0, reg.name.c_str(), nullptr);
      worksheet_write_string(ws, row, 1, ind.name.c_str(), nullptr);
      worksheet_write_string(ws, row, 2, o.period.c_str(), nullptr);
      worksheet_write_blank(ws, row, 3, input);
      worksheet_write_string(ws, row, 4, ind.unit.c_str(), nullptr);
    }
    if (row > 0) {
      lxw_data_validation number{};
      number.validate = LXW_VALIDATION_TYPE_DECIMAL;
      number.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      number.minimum_number = -1e15;
      std::string message = i18n::tr(L, "template.validation.number");
      number.error_message = message.data();
      worksheet_data_validation_range(ws, 1, 3, row, 3, &number);
      lxw_data_validation names{};
      names.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      names.value_formula = list_range.data();
      worksheet_data_validation_range(ws, 1, 1, row, 1, &names);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_column(ws, 0, 0, std::max(12.0, util::XlsxBook::width_of(reg.name)), nullptr);
    worksheet_set_column(ws, 1, 1, 30, nullptr);
    worksheet_set_column(ws, 2, 5, 12, nullptr);
  }
  book.finish(out);
}

}  // namespace scip::submission
