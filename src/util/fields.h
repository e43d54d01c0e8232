// util/fields — one description of a struct's members, for every reader and
// writer of it.
//
// A struct that is read from JSON, stored in the check cache and restored
// from it would otherwise list its members three times, and a member added
// to the struct but forgotten in one list is lost without a word. Instead
// each such type has one function template next to it,
//
//   template <class V, util::TypeOrConst<T> S> void fields(V& v, S& x);
//
// that shows a visitor `v` every member of `x` (S is T when reading into x,
// const T when writing from it), with the calls:
//   v.key("name", m)    a member kept under the JSON key "name" (a text,
//                       number, flag, list of texts, or a described type);
//   v.pointer(m)        the element's JSON Pointer (set by the JSON reader);
//   v.group("name", f)  a nested JSON object whose members belong to x:
//                       f(v) is called, and the visitor knows it is inside;
//   v.list("name", m)   a JSON array of described elements (std::vector<T>);
//   v.object("name", m) one described nested object;
//   v.internal(m)       a member with no JSON key (derived, or set by code).
// A visitor ignores what it has no use for (the cache ignores names).
// tests/unit/model_fields_test.cpp checks, for every described type, that
// the members visited cover the struct byte for byte, so a member missing
// from its description fails the build's tests, not a user's cache hit.
#pragma once

#include <concepts>
#include <type_traits>

namespace scip::util {

// S is T or const T: one description serves reading into and writing from.
template <class S, class T>
concept TypeOrConst = std::same_as<std::remove_const_t<S>, T>;

// Whether T has a description (found by argument-dependent lookup).
template <class T>
concept Described = requires(T& x, int& v) { fields(v, x); };

// A visitor that treats every member alike, whatever its JSON name (the
// cache's writer and reader, the tests' probes): each call of the protocol
// comes to Derived::member(m), and a group's members to the same visitor.
template <class Derived>
class EachMember {
 public:
  template <class T>
  void key(const char*, T& m) { self().member(m); }
  template <class T>
  void pointer(T& m) { self().member(m); }
  template <class F>
  void group(const char*, F&& f) { f(self()); }
  template <class T>
  void list(const char*, T& m) { self().member(m); }
  template <class T>
  void object(const char*, T& m) { self().member(m); }
  template <class T>
  void internal(T& m) { self().member(m); }

 private:
  Derived& self() { return static_cast<Derived&>(*this); }
};

}  // namespace scip::util
