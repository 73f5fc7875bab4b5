#include "common/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace resilience {

std::string exactNumberText(double v) {
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v)
      break;
  }
  return buf;
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(2 * hasItems_.size(), ' ');
}

void JsonWriter::beforeValue() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (!hasItems_.empty()) {
    if (hasItems_.back())
      out_ += ',';
    hasItems_.back() = true;
    newline();
  }
}

JsonWriter &JsonWriter::beginObject() {
  beforeValue();
  out_ += '{';
  hasItems_.push_back(false);
  return *this;
}

JsonWriter &JsonWriter::endObject() {
  const bool items = hasItems_.back();
  hasItems_.pop_back();
  if (items)
    newline();
  out_ += '}';
  return *this;
}

JsonWriter &JsonWriter::beginArray() {
  beforeValue();
  out_ += '[';
  hasItems_.push_back(false);
  return *this;
}

JsonWriter &JsonWriter::endArray() {
  const bool items = hasItems_.back();
  hasItems_.pop_back();
  if (items)
    newline();
  out_ += ']';
  return *this;
}

JsonWriter &JsonWriter::key(const std::string &name) {
  beforeValue();
  writeString(name);
  out_ += ": ";
  afterKey_ = true;
  return *this;
}

JsonWriter &JsonWriter::value(const std::string &text) {
  beforeValue();
  writeString(text);
  return *this;
}

void JsonWriter::writeString(const std::string &text) {
  out_ += '"';
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out_ += '\\';
      out_ += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out_ += buf;
    } else {
      out_ += static_cast<char>(c);
    }
  }
  out_ += '"';
}

JsonWriter &JsonWriter::value(double number) {
  if (!std::isfinite(number))
    return null();
  beforeValue();
  out_ += exactNumberText(number);
  return *this;
}

JsonWriter &JsonWriter::value(bool flag) {
  beforeValue();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter &JsonWriter::integer(long long number) {
  beforeValue();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter &JsonWriter::null() {
  beforeValue();
  out_ += "null";
  return *this;
}

} // namespace resilience
