// util/html_page — self-contained HTML pages from mustache templates.
//
// scip's HTML reports (progress, diff) are mustache templates kept as files in
// templates/ and embedded at build time (CMake's scip_embed), filled by kainjow's
// mustache library: the code builds data, the template holds the markup, and
// every {{value}} is HTML-escaped, so a plan's text cannot inject markup. The one
// stylesheet, templates/report.css, is given to every page as {{{css}}}: a page
// fetches nothing (offices run on closed networks).
//
// Numbers for SVG coordinates are formatted here (svg_number) so that charts
// are byte-identical across runs and locales.
#pragma once

#include <kainjow/mustache.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace scip::util {

using HtmlData = kainjow::mustache::data;
using HtmlList = kainjow::mustache::list;

std::string_view embedded_report_css();  // templates/report.css
std::string_view embedded_page_head();   // templates/page_head.html: doctype, head, stylesheet

// Renders `tmpl` with `data`, adding the partial {{>page_head}} (which reads
// "lang", "version" and "page_title" from `data`) and "css". A template that
// does not parse is a bug of scip's (it is in the binary): std::logic_error.
void render_html(std::ostream& out, std::string_view tmpl, HtmlData data);

// What {{>page_head}} reads, for a page of scip's: "lang" (the page's
// language, "zh-CN"), "version" and "page_title".
HtmlData page_data(std::string_view lang, const std::string& title);

// 12.5 -> "12.5", 3.0 -> "3": one decimal at most, never an exponent.
std::string svg_number(double v);

// Sets `key` only when `value` is not empty: mustache treats an empty string
// as true, so optional text must be absent, not "".
void set_if(HtmlData& d, const std::string& key, const std::string& value);

}  // namespace scip::util
