// util/keep_until_exit — hands an object to the end of the process, undestroyed.
//
// A command that has printed its result is about to exit, and the operating
// system takes a process's memory back at once; destroying a national
// corpus first (three thousand plan models: millions of strings and vectors,
// freed one by one) costs a tenth of a second of a half-second cached check.
// Compilers do the same (clang's -disable-free). The object stays reachable
// from a static list, so a leak checker does not report it.
#pragma once

#include <type_traits>
#include <utility>
#include <vector>

namespace scip::util {

template <class T>
void keep_until_exit(T&& value) {
  static auto* kept = new std::vector<void*>;
  kept->push_back(new std::decay_t<T>(std::forward<T>(value)));
}

}  // namespace scip::util
