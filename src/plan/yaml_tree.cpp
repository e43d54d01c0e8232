// plan/yaml_tree — see yaml_tree.h.
#include "plan/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
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

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const util::LineIndex& index, std::vector<YamlProblem>& problems)
      : index_(index), problems_(problems) {}

  std::unique_ptr<YamlNode> take() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override {
    YamlNode n;
    n.pos = pos(m);
    anchored(anchor, n.pos);
    add(std::move(n));
  }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override {
    YamlNode n;
    n.pos = pos(m);
    n.alias = true;
    aliased(n.pos);
    add(std::move(n));
  }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode n;
    n.kind = YamlNode::Kind::scalar;
    n.value = value;
    n.plain = tag == "?";
    n.pos = pos(m);
    if (!n.plain && m.pos >= 0) check_closed(static_cast<size_t>(m.pos), n.pos);
    anchored(anchor, n.pos);
    add(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::sequence, m, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::mapping, m, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YamlNode node;
    bool have_key = false;
    YamlNode key;
    std::unordered_map<std::string, util::Pos> seen;  // mapping keys already present
  };

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

  void anchored(YAML::anchor_t anchor, util::Pos p) {
    if (anchor != 0) aliased(p);
  }

  // One yaml-alias per file, at the first anchor or alias, with the count:
  // an alias bomb holds hundreds of them, and one diagnostic says it all.
  void aliased(util::Pos p) {
    if (aliases_++ == 0) {
      alias_problem_ = problems_.size();
      problems_.push_back({"yaml-alias", p, {}, {}});
    }
    problems_[alias_problem_].detail = std::to_string(aliases_);
  }
  size_t aliases_ = 0, alias_problem_ = 0;

  void open(YamlNode::Kind kind, const YAML::Mark& m, YAML::anchor_t anchor) {
    if (stack_.size() >= kMaxDepth) throw TooDeep{pos(m)};
    Frame f;
    f.node.kind = kind;
    f.node.pos = pos(m);
    anchored(anchor, f.node.pos);
    stack_.push_back(std::move(f));
  }

  void close() {
    YamlNode n = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(n));
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

  const util::LineIndex& index_;
  std::vector<YamlProblem>& problems_;
  std::vector<Frame> stack_;
  std::unique_ptr<YamlNode> root_;
};

}  // namespace

YamlParse parse_yaml(std::string_view text) {
  YamlParse out;
  util::LineIndex index(text);
  std::istringstream in{std::string(text)};
  try {
    YAML::Parser parser(in);
    TreeBuilder builder(index, out.problems);
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
    TreeBuilder rest(index, out.problems);
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

}  // namespace scip::plan
