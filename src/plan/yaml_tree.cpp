// plan/yaml_tree — see yaml_tree.h.
#include "plan/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#include <yaml.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "plan/yaml_strict.h"
#include "util/text.h"

namespace scip::plan {

namespace {

// Plans nest about six levels deep. Deeper than this is a mistake or an
// attack; stopping here keeps yaml-cpp's recursive parser and scip's own
// recursive walks far from the end of the stack.
constexpr size_t kMaxDepth = 100;

struct TooDeep {
  util::Pos pos;
};

// The tree, built from either parser's events in document order: a node is
// added to the collection open above it, a mapping's nodes taken two by two
// as key and value. Duplicate and complex keys are found here, so both
// parsers report them alike.
class TreeAssembly {
 public:
  explicit TreeAssembly(std::vector<YamlProblem>& problems) : problems_(problems) {}

  std::unique_ptr<YamlNode> take() { return std::move(root_); }
  // Whether the next node added is a mapping's value, and where its key stands.
  bool expecting_value() const { return !stack_.empty() && stack_.back().have_key; }
  util::Pos key_pos() const { return stack_.back().key.pos; }

  void null_node(util::Pos p, bool anchored) {
    YamlNode n;
    n.pos = p;
    if (anchored) aliased(p);
    add(std::move(n));
  }
  void alias(util::Pos p) {
    YamlNode n;
    n.pos = p;
    n.alias = true;
    aliased(p);
    add(std::move(n));
  }
  void scalar(util::Pos p, std::string value, bool plain, bool anchored) {
    YamlNode n;
    n.kind = YamlNode::Kind::scalar;
    n.value = std::move(value);
    n.plain = plain;
    n.pos = p;
    if (anchored) aliased(p);
    add(std::move(n));
  }
  void open(YamlNode::Kind kind, util::Pos p, bool anchored) {
    if (stack_.size() >= kMaxDepth) throw TooDeep{p};
    Frame f;
    f.node.kind = kind;
    f.node.pos = p;
    if (anchored) aliased(p);
    stack_.push_back(std::move(f));
  }
  void close() {
    YamlNode n = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(n));
  }

 private:
  struct Frame {
    YamlNode node;
    bool have_key = false;
    YamlNode key;
    std::unordered_map<std::string, util::Pos> seen;  // mapping keys already present
  };

  // One yaml-alias per file, at the first anchor or alias, with the count:
  // an alias bomb holds hundreds of them, and one diagnostic says it all.
  void aliased(util::Pos p) {
    if (aliases_++ == 0) {
      alias_problem_ = problems_.size();
      problems_.push_back({"yaml-alias", p, {}, {}});
    }
    problems_[alias_problem_].detail = std::to_string(aliases_);
  }

  void add(YamlNode n) {
    if (stack_.empty()) {
      root_ = std::make_unique<YamlNode>(std::move(n));
      return;
    }
    Frame& f = stack_.back();
    if (f.node.kind == YamlNode::Kind::sequence) {
      f.node.items.push_back(std::move(n));
      return;
    }
    if (!f.have_key) {
      if (n.kind != YamlNode::Kind::scalar && n.kind != YamlNode::Kind::null) {
        problems_.push_back({"complex-key", n.pos, "", {}});
        n.alias = true;  // dropped from the document below, like an alias
      }
      f.key = std::move(n);
      f.have_key = true;
      return;
    }
    f.have_key = false;
    // An empty value ("key:" at the end of a line) is marked where the next
    // token starts; point at the key instead.
    if (n.kind == YamlNode::Kind::null && n.pos.line != f.key.pos.line) n.pos = f.key.pos;
    auto [it, fresh] = f.seen.emplace(f.key.value, f.key.pos);
    if (!fresh) problems_.push_back({"duplicate-key", f.key.pos, f.key.value, it->second});
    f.node.entries.push_back({std::move(f.key), std::move(n)});
  }

  std::vector<YamlProblem>& problems_;
  std::vector<Frame> stack_;
  std::unique_ptr<YamlNode> root_;
  size_t aliases_ = 0, alias_problem_ = 0;
};

// yaml-cpp's events into the tree. Its marks are byte offsets.
class YamlCppEvents : public YAML::EventHandler {
 public:
  YamlCppEvents(const util::LineIndex& index, std::vector<YamlProblem>& problems)
      : index_(index), problems_(problems), tree_(problems) {}

  std::unique_ptr<YamlNode> take() { return tree_.take(); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override { tree_.null_node(pos(m), anchor != 0); }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { tree_.alias(pos(m)); }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    bool plain = tag == "?";
    if (!plain && m.pos >= 0) check_closed(static_cast<size_t>(m.pos), pos(m));
    tree_.scalar(pos(m), value, plain, anchor != 0);
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    tree_.open(YamlNode::Kind::sequence, pos(m), anchor != 0);
  }
  void OnSequenceEnd() override { tree_.close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    tree_.open(YamlNode::Kind::mapping, pos(m), anchor != 0);
  }
  void OnMapEnd() override { tree_.close(); }

 private:
  util::Pos pos(const YAML::Mark& m) const {
    if (m.pos < 0) return {};
    return index_.at_offset(static_cast<size_t>(m.pos));
  }

  // yaml-cpp 0.7 accepts a quoted scalar that is never closed and takes the
  // rest of the file as its text. Find the closing quote ourselves.
  void check_closed(size_t at, util::Pos p) {
    std::string_view t = index_.text();
    if (at >= t.size() || (t[at] != '"' && t[at] != '\'')) return;  // block scalar or tagged
    char q = t[at];
    for (size_t i = at + 1; i < t.size(); ++i) {
      if (q == '"' && t[i] == '\\') { ++i; continue; }
      if (t[i] == q) {
        if (q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') { ++i; continue; }  // '' inside '...'
        return;
      }
    }
    problems_.push_back({"yaml-syntax", p, q == '"' ? "yaml.strict.unclosed-double-quote" : "yaml.strict.unclosed-single-quote", {}});
  }

  const util::LineIndex& index_;
  std::vector<YamlProblem>& problems_;
  TreeAssembly tree_;
};

// libyaml breaks lines also at a lone CR and at NEL, LS and PS, where yaml-cpp
// and util::LineIndex do not: its lines and columns would not be theirs.
bool lines_end_alike(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    if (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n')) return false;
    if (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0x85) return false;                                       // NEL
    if (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) return false;  // LS, PS
  }
  return true;
}

// A last line of only spaces or tabs, with no line end: yaml-cpp 0.7 keeps
// them in a block scalar that ends there (`a: >-\n  x\n ` is "x " to it).
bool ends_in_blank_line(std::string_view text) {
  size_t last = text.rfind('\n');
  std::string_view tail = text.substr(last == std::string_view::npos ? 0 : last + 1);
  return !tail.empty() && tail.find_first_not_of(" \t") == std::string_view::npos;
}

// The plain scalars YAML reads as null, which yaml-cpp hands over as nulls.
bool null_word(std::string_view v) { return v == "~" || v == "null" || v == "Null" || v == "NULL"; }

// One libyaml parser over a text, and the event it last gave.
class LibyamlEvents {
 public:
  explicit LibyamlEvents(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);  // UTF-16 is not read as a plan's text
  }
  ~LibyamlEvents() {
    if (have_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  LibyamlEvents(const LibyamlEvents&) = delete;
  LibyamlEvents& operator=(const LibyamlEvents&) = delete;

  // The next event, or null at a syntax error.
  const yaml_event_t* next() {
    if (have_) yaml_event_delete(&event_);
    have_ = yaml_parser_parse(&parser_, &event_) != 0;
    return have_ ? &event_ : nullptr;
  }

 private:
  yaml_parser_t parser_;
  yaml_event_t event_;
  bool have_ = false;
};

// libyaml's events into the tree, for the documents it reads exactly as yaml-cpp
// reads them: one document whose top is a mapping or a list, with no anchor,
// alias, tag, directive or YAML problem, and no empty node but a mapping's value
// at the end of its line. libyaml reads a plan in a ninth of yaml-cpp's time
// (bench/floor_yaml); any other text, and every text with something
// to report, is left to yaml-cpp (nullopt), whose messages and positions
// scip's diagnostics keep.
class LibyamlReader {
 public:
  LibyamlReader(std::string_view text, const util::LineIndex& index) : text_(text), index_(index), tree_(problems_) {}

  std::optional<YamlParse> read() {
    if (!lines_end_alike(text_) || ends_in_blank_line(text_)) return std::nullopt;
    LibyamlEvents events(text_);
    int documents = 0;
    try {
      for (;;) {
        const yaml_event_t* e = events.next();
        if (!e) return std::nullopt;
        if (e->type == YAML_STREAM_END_EVENT) break;
        if (e->type == YAML_DOCUMENT_START_EVENT &&
            (++documents > 1 || e->data.document_start.version_directive ||
             e->data.document_start.tag_directives.start != e->data.document_start.tag_directives.end))
          return std::nullopt;
        if (!take(*e)) return std::nullopt;
      }
    } catch (const TooDeep&) {
      return std::nullopt;
    }
    YamlParse out;
    out.root = tree_.take();
    if (documents != 1 || !problems_.empty() || !out.root ||
        (out.root->kind != YamlNode::Kind::mapping && out.root->kind != YamlNode::Kind::sequence))
      return std::nullopt;
    if (strict_yaml_problem(text_, index_)) return std::nullopt;
    return out;
  }

 private:
  // libyaml counts lines and columns from 0, columns in characters.
  static util::Pos pos(const yaml_mark_t& m) {
    return util::Pos{static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
  }

  // Adds one event's node; false for what yaml-cpp would read otherwise.
  bool take(const yaml_event_t& e) {
    switch (e.type) {
      case YAML_SCALAR_EVENT: return scalar(e);
      case YAML_SEQUENCE_START_EVENT:
        if (e.data.sequence_start.anchor || e.data.sequence_start.tag) return false;
        tree_.open(YamlNode::Kind::sequence, pos(e.start_mark), false);
        return true;
      case YAML_MAPPING_START_EVENT:
        if (e.data.mapping_start.anchor || e.data.mapping_start.tag) return false;
        tree_.open(YamlNode::Kind::mapping, pos(e.start_mark), false);
        return true;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: tree_.close(); return true;
      case YAML_ALIAS_EVENT: return false;
      default: return true;  // the stream's and the document's start and end
    }
  }

  bool scalar(const yaml_event_t& e) {
    const auto& sc = e.data.scalar;
    if (sc.anchor || sc.tag) return false;  // tags: the two parsers accept different ones (`!!str!x`)
    std::string_view value(reinterpret_cast<const char*>(sc.value), sc.length);
    // yaml-cpp 0.7 writes the escapes \N and \_ (U+0085, U+00A0) as one raw byte,
    // which is not UTF-8; libyaml writes the character.
    if (sc.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
        (value.find("\xC2\x85") != std::string_view::npos || value.find("\xC2\xA0") != std::string_view::npos))
      return false;
    bool plain = sc.style == YAML_PLAIN_SCALAR_STYLE;
    if (plain && value.empty()) {  // an empty node: no plain scalar is empty text
      if (!empty_value_at_line_end(e.start_mark)) return false;
      tree_.null_node(tree_.key_pos(), false);
    } else if (plain && null_word(value)) {
      tree_.null_node(pos(e.start_mark), false);
    } else {
      tree_.scalar(pos(e.start_mark), std::string(value), plain, false);
    }
    return true;
  }

  // A mapping's empty value with nothing after it on its line but a comment,
  // and a line end: yaml-cpp marks it at the next token, on a later line, and
  // the tree places it at its key.
  bool empty_value_at_line_end(const yaml_mark_t& m) const {
    if (!tree_.expecting_value()) return false;
    std::string_view line = index_.line_text(static_cast<int>(m.line) + 1);
    size_t at = 0;
    for (size_t col = 0; col < m.column && at < line.size(); ++col) at += util::utf8_length(static_cast<unsigned char>(line[at]));
    size_t rest = line.find_first_not_of(" \t", std::min(at, line.size()));
    if (rest != std::string_view::npos && line[rest] != '#') return false;
    size_t line_start = static_cast<size_t>(line.data() - text_.data());
    return text_.find('\n', line_start + line.size()) != std::string_view::npos;
  }

  std::string_view text_;
  const util::LineIndex& index_;
  std::vector<YamlProblem> problems_;
  TreeAssembly tree_;
};

std::optional<YamlParse> parse_with_libyaml(std::string_view text, const util::LineIndex& index) {
  return LibyamlReader(text, index).read();
}

YamlParse parse_with_yaml_cpp(std::string_view text, const util::LineIndex& index) {
  YamlParse out;
  std::istringstream in{std::string(text)};
  try {
    YAML::Parser parser(in);
    YamlCppEvents builder(index, out.problems);
    if (!parser.HandleNextDocument(builder)) {
      out.problems.push_back({"empty-document", util::Pos{1, 1}, "", {}});
      return out;
    }
    out.root = builder.take();
    bool broken = false;
    for (const auto& p : out.problems) broken = broken || p.code == "yaml-syntax";
    if (!broken)
      if (auto strict = strict_yaml_problem(text, index)) {
        out.problems.push_back({"yaml-syntax", strict->pos, std::string(strict->message_id), {}});
        broken = true;
      }
    if (broken) out.root.reset();
    YamlCppEvents rest(index, out.problems);
    if (parser.HandleNextDocument(rest)) {
      auto second = rest.take();
      out.problems.push_back({"multiple-documents", second ? second->pos : util::Pos{}, "", {}});
    }
  } catch (const TooDeep& e) {
    out.problems.push_back({"nesting-too-deep", e.pos, std::to_string(kMaxDepth), {}});
    out.root.reset();
  } catch (const YAML::Exception& e) {
    util::Pos p = e.mark.is_null() ? util::Pos{} : index.at_offset(static_cast<size_t>(std::max(0, e.mark.pos)));
    out.problems.push_back({"yaml-syntax", p, e.msg, {}});
    out.root.reset();
  }
  return out;
}

std::string without_breaks(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '\n' && c != ' ') out += c;
  return out;
}

std::string difference_at(const YamlNode& a, const YamlNode& b, const std::string& at, bool quoted_breaks_alike) {
  auto where = [](const YamlNode& n) { return std::to_string(n.pos.line) + ":" + std::to_string(n.pos.column); };
  if (a.kind != b.kind) return at + ": kind differs";
  bool alike = a.value == b.value ||
               (quoted_breaks_alike && !a.plain && !b.plain && without_breaks(a.value) == without_breaks(b.value));
  if (!alike) return at + ": value \"" + a.value + "\" against \"" + b.value + "\"";
  if (a.plain != b.plain) return at + ": quoting differs";
  if (a.alias != b.alias) return at + ": alias differs";
  if (!(a.pos == b.pos)) return at + ": position " + where(a) + " against " + where(b);
  if (a.items.size() != b.items.size() || a.entries.size() != b.entries.size()) return at + ": size differs";
  for (size_t i = 0; i < a.items.size(); ++i)
    if (auto d = difference_at(a.items[i], b.items[i], at + "/" + std::to_string(i), quoted_breaks_alike); !d.empty())
      return d;
  for (size_t i = 0; i < a.entries.size(); ++i) {
    const std::string key = at + "/" + a.entries[i].first.value;
    if (auto d = difference_at(a.entries[i].first, b.entries[i].first, key + " (the key)", quoted_breaks_alike); !d.empty())
      return d;
    if (auto d = difference_at(a.entries[i].second, b.entries[i].second, key, quoted_breaks_alike); !d.empty()) return d;
  }
  return "";
}

}  // namespace

std::string yaml_tree_difference(const YamlNode& a, const YamlNode& b, bool quoted_breaks_alike) {
  return difference_at(a, b, "", quoted_breaks_alike);
}

YamlParse parse_yaml(std::string_view text, YamlParser parser) {
  util::LineIndex index(text);
  if (parser != YamlParser::yaml_cpp)
    if (auto fast = parse_with_libyaml(text, index)) return std::move(*fast);
  if (parser == YamlParser::libyaml) return {};
  return parse_with_yaml_cpp(text, index);
}

}  // namespace scip::plan
