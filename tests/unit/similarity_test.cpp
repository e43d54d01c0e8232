// Unit tests for util/word_tokens, util/text_diff and util/similarity.
#include <doctest/doctest.h>

#include <algorithm>

#include "util/similarity.h"
#include "util/text_diff.h"
#include "util/word_tokens.h"

using namespace scip::util;

TEST_CASE("word tokens keep numbers and Latin words whole and split Chinese into words") {
  auto t = word_tokens("到2025年完成农村学校科技教师培训400人次以上");
  CHECK(t == std::vector<std::string>{"到", "2025", "年", "完成", "农村", "学校", "科技", "教师", "培训", "400", "人次", "以上"});
  auto p = word_tokens("覆盖率达到90%以上，1.3万人 APP");
  CHECK(std::find(p.begin(), p.end(), "90%") != p.end());
  CHECK(std::find(p.begin(), p.end(), "1.3") != p.end());
  CHECK(std::find(p.begin(), p.end(), "APP") != p.end());
  CHECK(word_tokens("").empty());
  std::string joined;
  for (const auto& x : word_tokens("科普 a b  c")) joined += x;
  CHECK(joined == "科普 a b  c");  // tokens put back together give the text
}

TEST_CASE("inline diffs change whole words and numbers") {
  CHECK(render_inline(diff_words("到2020年完成", "到2025年完成")) == "到[-2020-]{+2025+}年完成");
  CHECK(render_inline(diff_words("科学素质行动计划", "科学素质行动规划")) == "科学素质行动[-计划-]{+规划+}");
  CHECK(render_inline(diff_words("城镇劳动者科学素质行动", "产业工人科学素质提升行动")) ==
        "[-城镇劳动者-]{+产业工人+}科学素质{+提升+}行动");
  CHECK(render_inline(diff_words("覆盖率达到80%", "覆盖率达到90%")) == "覆盖率达到[-80%-]{+90%+}");
  CHECK(render_inline(diff_words("same", "same")) == "same");
  CHECK(render_inline(diff_words("", "新增")) == "{+新增+}");
  CHECK(render_inline(diff_words("删去", "")) == "[-删去-]");
  // For Markdown: tags, every segment escaped.
  CHECK(render_inline(diff_words("到2020年完成", "到2025年完成"), InlineStyle::html) == "到<del>2020</del><ins>2025</ins>年完成");
  CHECK(render_inline(diff_words("a<b", "a<c"), InlineStyle::html) == "a&lt;<del>b</del><ins>c</ins>");
}

TEST_CASE("bigram Dice counts code points") {
  CHECK(bigram_dice("科普信息化", "科普信息化") == 1.0);
  CHECK(bigram_dice("", "") == 1.0);
  CHECK(bigram_dice("青少年", "") == 0.0);
  CHECK(bigram_dice("科普信息化", "科普信息化提升") == doctest::Approx(2.0 * 4 / (4 + 6)));
  CHECK(bigram_dice("社区居民", "老年人") == 0.0);
  CHECK(bigram_dice("甲", "甲") == 1.0);
}

TEST_CASE("bigrams made once compare as a comparison made each time") {
  using scip::util::Bigrams;
  const std::vector<std::string> texts = {"", "甲", "乙", "甲甲甲", "甲甲", "科普信息化", "科普信息化提升", "信息化科普",
                                          "社区居民科学素质提升行动", "老年人科学素质提升行动", "ab", "ba", "abab", "baba"};
  std::vector<Bigrams> made;
  for (const auto& t : texts) made.emplace_back(t);
  for (size_t i = 0; i < texts.size(); ++i)
    for (size_t j = 0; j < texts.size(); ++j) {
      CAPTURE(texts[i]);
      CAPTURE(texts[j]);
      CHECK(made[i].dice(made[j]) == bigram_dice(texts[i], texts[j]));
      CHECK(made[i].dice(made[j]) == made[j].dice(made[i]));
      if (i == j) CHECK(made[i].dice(made[j]) == 1.0);
    }
  CHECK(Bigrams().dice(Bigrams("")) == 1.0);
  CHECK(Bigrams().dice(Bigrams("甲")) == 0.0);
  // A gram counts as often as both texts have it: 甲甲甲 has 甲甲 twice.
  CHECK(Bigrams("甲甲甲").dice(Bigrams("甲甲")) == doctest::Approx(2.0 * 1 / 3));
  CHECK(Bigrams("甲甲甲").dice(Bigrams("甲甲甲甲")) == doctest::Approx(2.0 * 2 / 5));
  // abab {ab, ba, ab} and baba {ba, ab, ba} share one ab and one ba.
  CHECK(Bigrams("abab").dice(Bigrams("baba")) == doctest::Approx(2.0 * 2 / 6));
  // One character is a gram of its own, never a pair with the next text's.
  CHECK(Bigrams("甲").dice(Bigrams("甲乙")) == 0.0);
}

TEST_CASE("shared words are removed before comparing") {
  std::vector<std::string_view> stop = {"行动", "科学素质", "提升", "工程"};
  CHECK(remove_words("青少年科学素质提升行动", stop) == "青少年");
  CHECK(remove_words("科普信息化提升工程", stop) == "科普信息化");
}

TEST_CASE("the best one-to-one assignment, not the first greedy hit") {
  // Greedy would pair row 0 with column 0 (0.9) and leave row 1 with 0.1;
  // the best total pairs 0-1 and 1-0.
  std::vector<std::vector<double>> s = {{0.9, 0.8}, {0.85, 0.1}};
  CHECK(best_assignment(s, 0.5) == std::vector<int>{1, 0});
  // Nothing similar enough: nobody is paired.
  CHECK(best_assignment({{0.1, 0.2}, {0.3, 0.0}}, 0.5) == std::vector<int>{-1, -1});
  // Rectangular, and ties go to a consistent pairing.
  CHECK(best_assignment({{0.7, 0.7, 0.0}}, 0.5).at(0) >= 0);
  auto r = best_assignment({{0.6}, {0.9}, {0.2}}, 0.5);
  CHECK(r == std::vector<int>{-1, 0, -1});
  CHECK(best_assignment({}, 0.5).empty());
}
