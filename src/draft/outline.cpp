// draft/outline — see outline.h.
#include "draft/outline.h"

#include "util/han.h"
#include "util/text.h"

namespace scip::draft {

namespace {

// "（一）" / "(一)" → "（一）"; "3." → "3"; "一、" → "一".
std::string label_of(const std::u32string& marker, int level) {
  std::u32string l;
  for (char32_t c : marker)
    if (c != U' ' && c != U'、' && c != U'.' && c != U'．') l += c;
  if (level == 2 || level == 4) l = util::fullwidth_parens(l);
  return util::encode_utf8(l);
}

void split_title(Node& n, const std::u32string& rest) {
  size_t stop = rest.find(U'。');
  if (stop == std::u32string::npos) {
    n.title = util::encode_utf8(util::trim32(rest));
    return;
  }
  n.title = util::encode_utf8(util::trim32(rest.substr(0, stop)));
  n.body = util::encode_utf8(util::trim32(rest.substr(stop + 1)));
}

}  // namespace

std::string Node::source() const {
  std::string s;
  for (const Node* n = this; n && n->level > 0; n = n->parent) s = n->label + s;
  return s;
}

std::string Node::text() const {
  if (body.empty()) return title;
  return title + "。" + body;
}

std::unique_ptr<Node> build_outline(const std::vector<Paragraph>& paragraphs) {
  auto root = std::make_unique<Node>();
  Node* cur = root.get();
  for (const auto& p : paragraphs) {
    std::u32string s = util::decode_utf8(p.text);
    size_t marker_end = 0;
    int level = heading_level(s, &marker_end);
    if (level > 0) {
      Node* parent = cur;
      while (parent->level >= level) parent = parent->parent;
      auto n = std::make_unique<Node>();
      n->level = level;
      n->label = label_of(s.substr(0, marker_end), level);
      n->line = p.line;
      n->parent = parent;
      split_title(*n, s.substr(marker_end));
      cur = n.get();
      parent->children.push_back(std::move(n));
    } else if (is_responsibility_line(s)) {
      cur->responsibility.push_back(p);
    } else if (cur == root.get()) {
      root->before_heading.push_back(p);
    } else {
      cur->body += (cur->body.empty() ? "" : "\n") + p.text;
    }
  }
  return root;
}

}  // namespace scip::draft
