# Writes OUT: a C++ file defining `std::string_view NAMESPACE::SYMBOL()` that
# returns the bytes of FILE, embedded as an array (a string literal this long
# would exceed what ISO C++ compilers must accept, which -Wpedantic reports).
# Run by the build, not by hand.
file(READ ${FILE} hex HEX)
string(LENGTH "${hex}" n)
math(EXPR bytes "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" body "${body}")
file(WRITE ${OUT}.tmp "// Generated from ${FILE} by cmake/embed_file.cmake. Do not edit.
#include <string_view>
namespace ${NAMESPACE} {
namespace {
const unsigned char kBytes[] = {
${body}0};
}  // namespace
std::string_view ${SYMBOL}() { return {reinterpret_cast<const char*>(kBytes), ${bytes}}; }
}  // namespace ${NAMESPACE}
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
