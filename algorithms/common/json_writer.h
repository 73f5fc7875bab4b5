#pragma once
// A small JSON writer for files that must read back exactly: numbers are written with the
// shortest text that strtod turns into the same double. GDAL's CPLJSONObject shortens numbers
// such as 0.30000000000000004 to 0.3 when it formats them, which would change a baseline's scale.
#include <string>
#include <vector>

namespace resilience {

// Shortest text ("%.15g" to "%.17g") that reads back to the same double.
std::string exactNumberText(double v);

class JsonWriter {
public:
  JsonWriter &beginObject();
  JsonWriter &endObject();
  JsonWriter &beginArray();
  JsonWriter &endArray();
  JsonWriter &key(const std::string &name); // inside an object, before each value
  JsonWriter &value(const std::string &text);
  JsonWriter &value(const char *text) { return value(std::string(text)); }
  JsonWriter &value(double number); // NaN and infinities are written as null
  JsonWriter &value(bool flag);
  JsonWriter &integer(long long number);
  JsonWriter &null();
  const std::string &text() const { return out_; }

private:
  void beforeValue();
  void writeString(const std::string &text);
  void newline();
  std::string out_;
  std::vector<bool> hasItems_; // per open container: whether a member was written
  bool afterKey_ = false;
};

} // namespace resilience
