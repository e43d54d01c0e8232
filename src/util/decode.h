// util/decode — turning the bytes offices send into UTF-8, a block at a time.
//
// Files reach analysts from Excel and WPS on Chinese Windows: UTF-8 with or
// without a byte order mark, GB18030 (of which GBK and GB2312 are subsets),
// and now and then UTF-16 with a BOM ("Unicode" in Notepad). detect_encoding
// decides from the bytes: a UTF-16 BOM wins; otherwise the whole input is
// tried as UTF-8 (a fast scan), and only if that fails it is taken as
// GB18030. DecodingReader then hands out UTF-8 in blocks of bounded size, so a
// file of any length is read in constant memory; glibc's iconv does the
// conversion, and a byte sequence that is not valid in the detected encoding
// stops the reader with the offset of the bad byte.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace scip::util {

enum class Encoding { utf8, utf8_bom, gb18030, utf16le, utf16be };

std::string_view encoding_name(Encoding e);  // "UTF-8", "GB18030", ...

// Where the raw bytes come from: a file or a string in memory (tests).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes; 0 at the end. Throws std::runtime_error on a read error.
  virtual size_t read(char* buf, size_t n) = 0;
  // Back to the first byte (detection reads the input once before decoding).
  virtual void rewind() = 0;
};

class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string bytes) : bytes_(std::move(bytes)) {}
  size_t read(char* buf, size_t n) override;
  void rewind() override { pos_ = 0; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

class FileSource : public ByteSource {
 public:
  // nullopt-like failure is reported by open(); see open_file_source.
  explicit FileSource(std::FILE* f) : f_(f) {}
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  size_t read(char* buf, size_t n) override;
  void rewind() override;

 private:
  std::FILE* f_;
};

// Opens `path` for reading, or returns null and sets `error` to the reason.
std::unique_ptr<ByteSource> open_file_source(const std::string& path, std::string& error);

struct Detection {
  Encoding encoding = Encoding::utf8;
  // With gb18030: the offset of the first byte that is not UTF-8 (what a
  // diagnostic quotes when the file is not GB18030 either).
  size_t first_non_utf8 = 0;
};

// Reads the whole source once (in blocks) and decides its encoding; rewinds it.
Detection detect_encoding(ByteSource& src);

// Hands out the source as UTF-8 blocks. The BOM is dropped; the output of a
// UTF-8 source is validated as it passes.
class DecodingReader {
 public:
  DecodingReader(ByteSource& src, Encoding enc);
  ~DecodingReader();
  DecodingReader(const DecodingReader&) = delete;
  DecodingReader& operator=(const DecodingReader&) = delete;

  // The next block of UTF-8 (never splitting a character); false at the end
  // or after an error.
  bool next(std::string_view& block);
  // Set when decoding stopped at a byte that is invalid in the encoding.
  std::optional<size_t> error_offset() const { return error_offset_; }

 private:
  bool fill_raw();
  ByteSource& src_;
  Encoding enc_;
  void* cd_ = nullptr;        // iconv_t for non-UTF-8 encodings
  std::string raw_;           // undecoded bytes (a partial character may remain)
  size_t raw_pos_ = 0;        // consumed bytes of raw_
  size_t raw_offset_ = 0;     // file offset of raw_[0]
  bool eof_ = false, started_ = false;
  std::string out_;
  std::optional<size_t> error_offset_;
};

// The whole source decoded (for small inputs and tests); nullopt with
// `error_offset` set when a byte is invalid.
std::optional<std::string> decode_all(ByteSource& src, Encoding enc, size_t* error_offset = nullptr);

}  // namespace scip::util
