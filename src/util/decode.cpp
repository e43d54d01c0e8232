// util/decode — see decode.h.
#include "util/decode.h"

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "util/text.h"

namespace scip::util {

namespace {

constexpr size_t kBlock = 1 << 16;

// How many bytes at the end of `s` start a UTF-8 character that is not
// complete yet (0 when `s` ends on a character boundary).
size_t incomplete_tail(std::string_view s) {
  size_t n = s.size();
  for (size_t back = 1; back <= 3 && back <= n; ++back) {
    auto c = static_cast<unsigned char>(s[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: look further back
    size_t len = utf8_length(c);
    return len > back ? back : 0;
  }
  return 0;
}

}  // namespace

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf8_bom: return "UTF-8 (BOM)";
    case Encoding::gb18030: return "GB18030";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
  }
  return "?";
}

size_t StringSource::read(char* buf, size_t n) {
  size_t k = std::min(n, bytes_.size() - pos_);
  std::memcpy(buf, bytes_.data() + pos_, k);
  pos_ += k;
  return k;
}

FileSource::~FileSource() { std::fclose(f_); }

size_t FileSource::read(char* buf, size_t n) {
  size_t k = std::fread(buf, 1, n, f_);
  if (k < n && std::ferror(f_)) throw std::runtime_error(std::strerror(errno));
  return k;
}

void FileSource::rewind() { std::rewind(f_); }

std::unique_ptr<ByteSource> open_file_source(const std::string& path, std::string& error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return nullptr;
  }
  return std::make_unique<FileSource>(f);
}

Detection detect_encoding(ByteSource& src) {
  Detection d;
  std::string buf(kBlock, '\0'), carry;
  size_t offset = 0;  // file offset of the first byte of carry + block
  bool first = true;
  for (;;) {
    size_t n = src.read(buf.data(), buf.size());
    std::string block = carry + buf.substr(0, n);
    if (first) {
      first = false;
      if (block.size() >= 2 && static_cast<unsigned char>(block[0]) == 0xFF && static_cast<unsigned char>(block[1]) == 0xFE) {
        d.encoding = Encoding::utf16le;
        break;
      }
      if (block.size() >= 2 && static_cast<unsigned char>(block[0]) == 0xFE && static_cast<unsigned char>(block[1]) == 0xFF) {
        d.encoding = Encoding::utf16be;
        break;
      }
      if (block.size() >= 3 && block.compare(0, 3, "\xEF\xBB\xBF") == 0) d.encoding = Encoding::utf8_bom;
    }
    size_t tail = n == 0 ? 0 : incomplete_tail(block);
    std::string_view whole(block.data(), block.size() - tail);
    if (auto bad = find_invalid_utf8(whole)) {
      d.encoding = Encoding::gb18030;
      d.first_non_utf8 = offset + *bad;
      break;
    }
    if (n == 0) break;
    offset += whole.size();
    carry = block.substr(block.size() - tail);
  }
  src.rewind();
  return d;
}

DecodingReader::DecodingReader(ByteSource& src, Encoding enc) : src_(src), enc_(enc) {
  const char* from = enc == Encoding::gb18030 ? "GB18030" : enc == Encoding::utf16le ? "UTF-16LE"
                   : enc == Encoding::utf16be ? "UTF-16BE" : nullptr;
  if (from) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv cannot convert from ") + from);
    cd_ = cd;
  }
}

DecodingReader::~DecodingReader() {
  if (cd_) iconv_close(static_cast<iconv_t>(cd_));
}

bool DecodingReader::fill_raw() {
  raw_offset_ += raw_pos_;
  raw_.erase(0, raw_pos_);
  raw_pos_ = 0;
  size_t old = raw_.size();
  raw_.resize(old + kBlock);
  size_t n = src_.read(raw_.data() + old, kBlock);
  raw_.resize(old + n);
  if (n == 0) eof_ = true;
  if (!started_) {
    started_ = true;
    // Byte order marks are not text.
    size_t bom = enc_ == Encoding::utf8_bom || (enc_ == Encoding::utf8 && raw_.compare(0, 3, "\xEF\xBB\xBF") == 0) ? 3
               : (enc_ == Encoding::utf16le || enc_ == Encoding::utf16be) ? 2 : 0;
    if (raw_.size() >= bom) raw_pos_ = bom;
  }
  return n > 0;
}

bool DecodingReader::next(std::string_view& block) {
  if (error_offset_) return false;
  for (;;) {
    if (!eof_) fill_raw();
    std::string_view pending(raw_.data() + raw_pos_, raw_.size() - raw_pos_);
    if (pending.empty() && eof_) return false;
    if (!cd_) {
      size_t tail = eof_ ? 0 : incomplete_tail(pending);
      std::string_view whole = pending.substr(0, pending.size() - tail);
      if (auto bad = find_invalid_utf8(whole)) {
        // Hand out the good text before the bad byte; the next call stops.
        error_offset_ = raw_offset_ + raw_pos_ + *bad;
        whole = whole.substr(0, *bad);
        if (whole.empty()) return false;
      }
      if (whole.empty()) {
        if (eof_) return false;
        continue;
      }
      out_.assign(whole);
      raw_pos_ += whole.size();
      block = out_;
      return true;
    }
    out_.resize(pending.size() * 2 + 16);
    char* in = raw_.data() + raw_pos_;
    size_t in_left = pending.size();
    char* outp = out_.data();
    size_t out_left = out_.size();
    size_t r = iconv(static_cast<iconv_t>(cd_), &in, &in_left, &outp, &out_left);
    int err = r == static_cast<size_t>(-1) ? errno : 0;
    raw_pos_ = static_cast<size_t>(in - raw_.data());
    out_.resize(out_.size() - out_left);
    if (err == EILSEQ || (err == EINVAL && eof_)) {
      error_offset_ = raw_offset_ + raw_pos_;
      if (out_.empty()) return false;
      block = out_;
      return true;
    }
    if (out_.empty()) {
      if (eof_) return false;
      continue;  // only a partial character so far: read more
    }
    block = out_;
    return true;
  }
}

std::optional<std::string> decode_all(ByteSource& src, Encoding enc, size_t* error_offset) {
  DecodingReader r(src, enc);
  std::string out;
  std::string_view b;
  while (r.next(b)) out += b;
  if (r.error_offset()) {
    if (error_offset) *error_offset = *r.error_offset();
    return std::nullopt;
  }
  return out;
}

}  // namespace scip::util
