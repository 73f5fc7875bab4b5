#pragma once
// Reads the spdep reference files in testdata/spdep (R write.csv: quoted header, quoted or bare
// fields, numbers printed with 17 significant digits). Test-only helper.
#include "testdata_directory.h"

#include <fstream>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace resilience::testing {

inline std::string testdataPath(const std::string &relative) {
  return std::string(testdataDirectory()) + "/" + relative;
}

class ReferenceCsv {
public:
  explicit ReferenceCsv(const std::string &relativePath) {
    std::ifstream in(testdataPath(relativePath));
    if (!in)
      throw std::runtime_error("cannot open reference file " + relativePath);
    std::string line;
    if (!std::getline(in, line))
      throw std::runtime_error("empty reference file " + relativePath);
    const auto header = split(line);
    for (std::size_t c = 0; c < header.size(); ++c)
      columns_[header[c]] = c;
    while (std::getline(in, line))
      if (!line.empty())
        rows_.push_back(split(line));
  }

  std::size_t rows() const { return rows_.size(); }
  bool hasColumn(const std::string &name) const { return columns_.count(name) > 0; }
  const std::string &text(std::size_t row, const std::string &column) const {
    auto it = columns_.find(column);
    if (it == columns_.end())
      throw std::runtime_error("reference file has no column " + column);
    return rows_.at(row).at(it->second);
  }
  // "NA" reads as NaN so tests can check that our result is NULL there.
  double number(std::size_t row, const std::string &column) const {
    const std::string &t = text(row, column);
    if (t == "NA" || t == "NaN")
      return std::numeric_limits<double>::quiet_NaN();
    return std::stod(t);
  }
  std::vector<double> column(const std::string &name) const {
    std::vector<double> v;
    for (std::size_t r = 0; r < rows(); ++r)
      v.push_back(number(r, name));
    return v;
  }

private:
  static std::vector<std::string> split(const std::string &line) {
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (char ch : line) {
      if (ch == '"')
        quoted = !quoted;
      else if (ch == ',' && !quoted) {
        out.push_back(cur);
        cur.clear();
      } else if (ch != '\r')
        cur += ch;
    }
    out.push_back(cur);
    return out;
  }
  std::map<std::string, std::size_t> columns_;
  std::vector<std::vector<std::string>> rows_;
};

} // namespace resilience::testing
