// draft/outline — a plan document's paragraphs as the tree of its numbering.
//
// Official documents number their parts 一、, their sections （一）, their
// items 1. and their sub-items （1）. Each heading opens a node; a paragraph
// without a number belongs to the node above it (the body of a section runs
// over several paragraphs), and a responsibility line (牵头部门：…) is kept
// apart, where it stands, for draft/plan_builder to give to the right node.
// A node's title is its first sentence (up to 。) or, for a heading without a
// full stop, the whole line; `label` is the number as written, so that a
// `source:` can say 二（一）3.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "draft/source_text.h"

namespace scip::draft {

struct Node {
  int level = 0;      // 0 the document (root), 1 一、, 2 （一）, 3 1., 4 （1）
  std::string label;  // "二", "（一）", "3"
  std::string title;  // the first sentence, without its 。
  std::string body;   // the rest of the node's own paragraphs
  int line = 0;
  std::vector<Paragraph> responsibility;  // the responsibility lines right under it
  std::vector<std::unique_ptr<Node>> children;
  Node* parent = nullptr;
  std::vector<Paragraph> before_heading;  // (root only) the paragraphs before the first heading
  std::string source() const;              // "二（一）3": the labels from the top
  std::string text() const;                // title + "。" + body, as one text
};

std::unique_ptr<Node> build_outline(const std::vector<Paragraph>& paragraphs);

}  // namespace scip::draft
