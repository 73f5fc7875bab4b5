#include "io/field_name_limits.h"

#include "common/ascii_text.h"

namespace resilience {

std::size_t fieldNameLimit(const std::string &extension) {
  const std::string e = asciiLower(extension);
  return e == "shp" || e == "dbf" ? 10 : 0;
}

std::vector<std::string> namesTooLong(const std::vector<std::string> &names, std::size_t limit) {
  std::vector<std::string> out;
  if (limit == 0)
    return out;
  for (const std::string &name : names)
    if (name.size() > limit)
      out.push_back(name);
  return out;
}

} // namespace resilience
