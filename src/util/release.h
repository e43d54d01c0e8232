// util/release — empties a container and gives its memory back.
//
// `c = {}` and `c.clear()` keep what a container allocated: a vector its
// capacity, a hash table its bucket array. Where thousands of documents are
// each done with their tables, that is tens of megabytes held for nothing;
// swapping with an empty container frees them.
#pragma once

namespace scip::util {

template <class Container>
void release(Container& c) {
  Container().swap(c);
}

}  // namespace scip::util
