// util/html_page — see html_page.h.
#include "util/html_page.h"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

namespace scip::util {

HtmlData page_data(std::string_view lang, const std::string& title) {
  HtmlData page;
  page.set("lang", std::string(lang));
  page.set("version", SCIP_VERSION);
  page.set("page_title", title);
  return page;
}

void render_html(std::ostream& out, std::string_view tmpl, HtmlData data) {
  kainjow::mustache::mustache page{std::string(tmpl)};
  if (!page.is_valid()) throw std::logic_error("HTML template: " + page.error_message());
  data.set("css", std::string(embedded_report_css()));
  data.set("page_head", kainjow::mustache::partial([] { return std::string(embedded_page_head()); }));
  page.render(data, out);
  if (!page.is_valid()) throw std::logic_error("HTML template: " + page.error_message());
}

std::string svg_number(double v) {
  if (!std::isfinite(v)) return "0";
  std::string s = fmt::format("{:.1f}", v);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

void set_if(HtmlData& d, const std::string& key, const std::string& value) {
  if (!value.empty()) d.set(key, value);
}

}  // namespace scip::util
