// draft/responsibility — who leads and who supports, as a plan writes it.
//
// Three forms are common, and a document keeps to one:
//   牵头部门：市教育局、市科协            (a line each, after the tasks; seed 003)
//   配合部门：市科技局、…、各县（区）人民政府
//   (市教育局、市科协、团市委牵头, 市委宣传部、…等部门配合)   (one bracket; seed 004)
//   责任单位：县教育局（牵头）、县科协、县妇联  (the lead marked in the list)
// A list is split at 、，, and ；, with 等部门 / 等单位 dropped; 各成员单位
// (all member units) is not a department but `support_all`. The department
// ids a person would choose (edu for 教育局) come from a small dictionary of
// the offices that run the programme; a name it does not know gets dept-N,
// marked for review.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace scip::draft {

struct Responsibility {
  std::vector<std::string> lead, support;  // department names, as written
  bool support_all = false;                // 各成员单位
  bool lead_guessed = false;               // 责任单位 without a （牵头） mark: all taken as lead
};

// Adds what one responsibility line says to `r`; false when the line is not
// one of the forms above.
bool read_responsibility(const std::string& line, Responsibility& r);

// A trailing "(…牵头…)" at the end of a task's text: removed from `text` and
// read into `r`; false when there is none.
bool take_trailing_responsibility(std::string& text, Responsibility& r);

// Departments by name → id, ids unique in the plan.
class DepartmentIds {
 public:
  // The id of `name`, given one on first sight; `known` is false when the
  // dictionary did not know the office (the id is dept-N).
  std::string id_of(const std::string& name, bool* known = nullptr);
  const std::vector<std::pair<std::string, std::string>>& all() const { return ids_; }  // id, name in order
  bool known(const std::string& id) const;

 private:
  std::vector<std::pair<std::string, std::string>> ids_;
  std::vector<std::string> unknown_;
  int next_unknown_ = 1;
};

}  // namespace scip::draft
