#include "io/weights_io.h"

#include "common/input_error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace resilience {
namespace {

// Maps id strings to feature positions; rejects ids a whitespace-separated file cannot carry.
class IdLookup {
public:
  explicit IdLookup(const std::vector<std::string> &ids) {
    index_.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string &id = ids[i];
      if (id.empty() ||
          std::any_of(id.begin(), id.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
        throw InputError("id field: " + featureAtPosition(i) + " has the id '" + id +
                         "'; GAL/GWT ids must be non-empty and without spaces");
      if (!index_.emplace(id, static_cast<std::uint32_t>(i)).second)
        throw InputError("id field: the id '" + id + "' appears more than once (" +
                         featureAtPosition(i) + "); ids must be unique");
    }
  }
  bool find(const std::string &id, std::uint32_t &out) const {
    const auto it = index_.find(id);
    if (it == index_.end())
      return false;
    out = it->second;
    return true;
  }

private:
  std::unordered_map<std::string, std::uint32_t> index_;
};

// Reads a text file line by line, with messages "<path>:<line>: <what>".
class LineReader {
public:
  explicit LineReader(const std::string &path) : path_(path), in_(path) {
    if (!in_)
      throw InputError(path + ": cannot open the weights file");
  }
  // Next non-blank line split into tokens; false at end of file.
  bool next(std::vector<std::string> &tokens) {
    while (nextLine(tokens))
      if (!tokens.empty())
        return true;
    return false;
  }
  // Consumes the next line if it is blank (an island's empty neighbour line in GAL).
  void skipOneBlankLine() {
    std::vector<std::string> tokens;
    if (nextLine(tokens) && !tokens.empty())
      pending_ = std::move(tokens);
  }
  [[noreturn]] void fail(const std::string &what) const {
    throw InputError(path_ + ":" + std::to_string(line_) + ": " + what);
  }
  std::size_t count(const std::string &token, const char *what) const {
    std::size_t used = 0;
    long long v = -1;
    try {
      v = std::stoll(token, &used);
    } catch (const std::exception &) {
    }
    if (used != token.size() || v < 0)
      fail(std::string(what) + " '" + token + "' is not a whole number >= 0");
    return static_cast<std::size_t>(v);
  }
  double number(const std::string &token) const {
    std::size_t used = 0;
    double v = std::nan("");
    try {
      v = std::stod(token, &used);
    } catch (const std::exception &) {
    }
    if (used != token.size() || !std::isfinite(v))
      fail("the weight '" + token + "' is not a finite number");
    return v;
  }
  std::uint32_t feature(const IdLookup &ids, const std::string &token) const {
    std::uint32_t f = 0;
    if (!ids.find(token, f))
      fail("the id '" + token + "' is not in the layer's id field");
    return f;
  }
  std::size_t line() const { return line_; }

private:
  bool nextLine(std::vector<std::string> &tokens) {
    if (!pending_.empty()) {
      tokens = std::move(pending_);
      pending_.clear();
      return true;
    }
    std::string line;
    if (!std::getline(in_, line))
      return false;
    ++line_;
    tokens.clear();
    std::istringstream s(line);
    for (std::string t; s >> t;)
      tokens.push_back(t);
    return true;
  }

  std::vector<std::string> pending_; // a line read ahead by skipOneBlankLine
  std::string path_;
  std::ifstream in_;
  std::size_t line_ = 0;
};

// Header "0 n layer idfield" (GeoDa) or "n" (legacy GAL); checks n against the layer.
void readHeader(LineReader &in, std::size_t features, bool legacyAllowed) {
  std::vector<std::string> t;
  if (!in.next(t))
    in.fail("the file is empty");
  std::size_t n = 0;
  if (t.size() == 1 && legacyAllowed)
    n = in.count(t[0], "the feature count");
  else if (t.size() >= 2 && t.size() <= 4 && in.count(t[0], "the header flag") == 0)
    n = in.count(t[1], "the feature count");
  else
    in.fail("the header must be '0 <feature count> <layer> <id field>'");
  if (n != features)
    in.fail("the file describes " + std::to_string(n) + " features but the layer has " +
            std::to_string(features));
}

void openForWriting(std::ofstream &out, const std::string &path) {
  out.open(path);
  if (!out)
    throw InputError(path + ": cannot write the weights file");
  out.precision(17);
}

void writeHeader(std::ofstream &out, std::size_t n, const std::string &layerName,
                 const std::string &idField) {
  auto token = [](const std::string &s) {
    std::string t = s.empty() ? "unknown" : s;
    std::replace_if(
        t.begin(), t.end(), [](unsigned char c) { return std::isspace(c) != 0; }, '_');
    return t;
  };
  out << "0 " << n << ' ' << token(layerName) << ' ' << token(idField) << '\n';
}

void requireSize(const SpatialWeights &w, const std::vector<std::string> &ids) {
  if (w.size() != ids.size())
    throw InputError("weights file: " + std::to_string(ids.size()) + " ids for " +
                     std::to_string(w.size()) + " features");
}

void finishWriting(std::ofstream &out, const std::string &path) {
  out.flush();
  if (!out)
    throw InputError(path + ": writing the weights file failed");
}

// The start of writeGal and writeGwt: one unique id per feature, the file opened, the header.
void startWriting(std::ofstream &out, const std::string &path, const SpatialWeights &weights,
                  const std::vector<std::string> &featureIds, const std::string &layerName,
                  const std::string &idField) {
  requireSize(weights, featureIds);
  const IdLookup check(featureIds);
  openForWriting(out, path);
  writeHeader(out, weights.size(), layerName, idField);
}

} // namespace

std::string weightsFileIdField(const std::string &path) {
  LineReader in(path);
  std::vector<std::string> t;
  if (!in.next(t) || t.size() != 4 || t[0] != "0" || t[3] == "unknown")
    return {};
  return t[3];
}

SpatialWeights readGal(const std::string &path, const std::vector<std::string> &featureIds) {
  const IdLookup ids(featureIds);
  LineReader in(path);
  readHeader(in, featureIds.size(), true);
  std::vector<std::vector<std::uint32_t>> lists(featureIds.size());
  std::vector<bool> seen(featureIds.size(), false);
  std::vector<std::string> t, nb;
  while (in.next(t)) {
    if (t.size() != 2)
      in.fail("expected '<id> <neighbour count>'");
    const std::uint32_t f = in.feature(ids, t[0]);
    const std::size_t k = in.count(t[1], "the neighbour count");
    if (seen[f])
      in.fail("the id '" + t[0] + "' has a second record");
    seen[f] = true;
    nb.clear();
    if (k == 0)
      in.skipOneBlankLine(); // GeoDa writes an empty neighbour line for islands; some omit it
    else if (!in.next(nb))
      in.fail("the file ends before the neighbours of '" + t[0] + "'");
    if (nb.size() != k)
      in.fail("'" + t[0] + "' should have " + std::to_string(k) + " neighbours, the line lists " +
              std::to_string(nb.size()));
    for (const auto &id : nb) {
      const std::uint32_t j = in.feature(ids, id);
      if (j == f)
        in.fail("'" + id + "' is listed as its own neighbour");
      lists[f].push_back(j);
    }
  }
  const auto missing = std::find(seen.begin(), seen.end(), false);
  if (missing != seen.end())
    throw InputError(path + ": no record for the id '" +
                     featureIds[static_cast<std::size_t>(missing - seen.begin())] +
                     "' (a GAL file lists every feature, islands with 0 neighbours)");
  return SpatialWeights::fromNeighbourLists(lists, "GAL file " + path);
}

void writeGal(const std::string &path, const SpatialWeights &weights,
              const std::vector<std::string> &featureIds, const std::string &layerName,
              const std::string &idField) {
  std::ofstream out;
  startWriting(out, path, weights, featureIds, layerName, idField);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    out << featureIds[i] << ' ' << weights.neighbourCount(i) << '\n';
    for (std::size_t k = 0; k < weights.neighbourCount(i); ++k)
      out << (k ? " " : "") << featureIds[weights.neighboursBegin(i)[k]];
    out << '\n';
  }
  finishWriting(out, path);
}

SpatialWeights readGwt(const std::string &path, const std::vector<std::string> &featureIds) {
  const IdLookup ids(featureIds);
  LineReader in(path);
  readHeader(in, featureIds.size(), false);
  struct Link {
    std::uint32_t i, j;
    double w;
    std::size_t line;
  };
  std::vector<Link> links;
  std::vector<std::string> t;
  while (in.next(t)) {
    if (t.size() != 3)
      in.fail("expected '<id> <neighbour id> <weight>'");
    // A link to itself is kept: kernel weights carry their diagonal K(0) (GeoDa, libpysal).
    links.push_back({in.feature(ids, t[0]), in.feature(ids, t[1]), in.number(t[2]), in.line()});
  }
  std::stable_sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
    return a.i < b.i || (a.i == b.i && a.j < b.j);
  });
  std::vector<std::size_t> offsets(featureIds.size() + 1, 0);
  std::vector<std::uint32_t> neighbours;
  std::vector<double> values;
  for (std::size_t k = 0; k < links.size(); ++k) {
    if (k > 0 && links[k].i == links[k - 1].i && links[k].j == links[k - 1].j)
      throw InputError(path + ":" + std::to_string(links[k].line) + ": the link '" +
                       featureIds[links[k].i] + "' -> '" + featureIds[links[k].j] +
                       "' appears twice (first on line " + std::to_string(links[k - 1].line) + ")");
    ++offsets[links[k].i + 1];
    neighbours.push_back(links[k].j);
    values.push_back(links[k].w);
  }
  for (std::size_t i = 0; i < featureIds.size(); ++i)
    offsets[i + 1] += offsets[i];
  return SpatialWeights(std::move(offsets), std::move(neighbours), std::move(values),
                        "GWT file " + path);
}

void writeGwt(const std::string &path, const SpatialWeights &weights,
              const std::vector<std::string> &featureIds, const std::string &layerName,
              const std::string &idField) {
  std::ofstream out;
  startWriting(out, path, weights, featureIds, layerName, idField);
  for (std::size_t i = 0; i < weights.size(); ++i)
    for (std::size_t k = 0; k < weights.neighbourCount(i); ++k)
      out << featureIds[i] << ' ' << featureIds[weights.neighboursBegin(i)[k]] << ' '
          << weights.weightsBegin(i)[k] << '\n';
  finishWriting(out, path);
}

} // namespace resilience
