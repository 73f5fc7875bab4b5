#include "scoring/indicator_spec.h"

#include "common/json_writer.h"

#include "common/ascii_text.h"
#include "common/input_error.h"
#include "io/number_parsing.h"

#include <cpl_error.h>
#include <cpl_json.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

namespace resilience {

namespace {

// Shortest text that reads back to the same double.
std::string formatNumber(double v) {
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v)
      break;
  }
  return buf;
}

std::optional<Direction> parseDirection(const std::string &text) {
  const std::string t = asciiLower(trimmed(text));
  if (t == "+" || t == "positive" || t == "pos" || t == "1")
    return Direction::Positive;
  if (t == "-" || t == "negative" || t == "neg" || t == "-1")
    return Direction::Negative;
  return std::nullopt;
}

// Splits one CSV record; quotes may enclose separators and "" stands for one quote.
std::vector<std::string> splitCsvLine(const std::string &line, char sep, const std::string &where) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"')
        quoted = false;
      else
        out.back() += c;
    } else if (c == '"')
      quoted = true;
    else if (c == sep)
      out.emplace_back();
    else if (c != '\r')
      out.back() += c;
  }
  if (quoted)
    throw InputError(where + ": a quoted field is not closed (quotes must open and close on the "
                             "same line)");
  return out;
}

std::string csvField(const std::string &s) {
  if (s.find_first_of(",;\"\n") == std::string::npos)
    return s;
  std::string q = "\"";
  for (char c : s)
    q += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// Sets the weight of `domain` in `domains`, adding it when new; a second, different weight for the
// same domain is an error reported at `where`.
void setDomainWeight(std::vector<DomainWeight> &domains, std::set<std::string> &weighted,
                     const std::string &domain, double weight, const std::string &where) {
  auto it = std::find_if(domains.begin(), domains.end(),
                         [&](const DomainWeight &d) { return d.name == domain; });
  if (it == domains.end()) {
    domains.push_back({domain, weight});
    weighted.insert(domain);
    return;
  }
  if (weighted.count(domain) && it->weight != weight)
    throw InputError(where + ": domain '" + domain + "' already has domain_weight " +
                     formatNumber(it->weight) + ", here it is " + formatNumber(weight));
  it->weight = weight;
  weighted.insert(domain);
}

const std::vector<std::string> kRequiredColumns = {"field", "domain", "direction", "weight"};
const std::vector<std::string> kOptionalColumns = {"numerator", "denominator", "per",
                                                   "goal_min",  "goal_max",    "domain_weight"};

} // namespace

std::vector<DomainWeight> CompositeSpec::defaultDomains() {
  return {{"personal", 1.0}, {"social", 1.0}, {"environmental", 1.0}};
}

std::vector<std::string> knownDomains(const CompositeSpec &spec) {
  std::vector<std::string> names;
  const auto add = [&](const std::string &name) {
    if (std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(name);
  };
  for (const auto &d : CompositeSpec::defaultDomains())
    add(d.name);
  for (const auto &d : spec.domains)
    add(d.name);
  return names;
}

std::string directionSymbol(Direction d) {
  return d == Direction::Positive ? "+" : "-";
}

void validateSpec(const CompositeSpec &spec) {
  if (spec.indicators.empty())
    throw InputError("the indicator spec lists no indicator");
  std::set<std::string> seen;
  const std::vector<std::string> known = knownDomains(spec);
  for (const auto &ind : spec.indicators) {
    const std::string name = "indicator '" + ind.field + "'";
    if (trimmed(ind.field).empty())
      throw InputError("an indicator has no field name");
    if (!seen.insert(ind.field).second)
      throw InputError(name + " is listed twice");
    if (trimmed(ind.domain).empty())
      throw InputError(name + " has no domain");
    if (std::find(known.begin(), known.end(), ind.domain) == known.end()) {
      std::string list;
      for (const auto &k : known)
        list += (list.empty() ? "" : ", ") + k;
      throw InputError(name + ": unknown domain '" + ind.domain + "' (known: " + list +
                       "); a domain of your own needs a domain weight");
    }
    if (!(std::isfinite(ind.weight) && ind.weight > 0.0))
      throw InputError(name + ": weight must be a positive number, not " +
                       formatNumber(ind.weight));
    if (ind.numerator.empty() != ind.denominator.empty())
      throw InputError(name + ": a derived rate needs both a numerator and a denominator field");
    if (ind.isRate() && !(std::isfinite(ind.per) && ind.per > 0.0))
      throw InputError(name + ": 'per' must be a positive number, not " + formatNumber(ind.per));
    if (std::isnan(ind.goalMin) != std::isnan(ind.goalMax))
      throw InputError(name + ": goalposts need both goal_min and goal_max");
    if (ind.hasGoalposts() &&
        (!std::isfinite(ind.goalMin) || !std::isfinite(ind.goalMax) || ind.goalMin == ind.goalMax))
      throw InputError(name + ": goal_min and goal_max must be two different finite numbers");
  }
  std::set<std::string> domains;
  for (const auto &d : spec.domains) {
    if (!domains.insert(d.name).second)
      throw InputError("domain '" + d.name + "' has two weights in the indicator spec");
    if (!(std::isfinite(d.weight) && d.weight > 0.0))
      throw InputError("domain '" + d.name + "': weight must be a positive number, not " +
                       formatNumber(d.weight));
  }
  // Each domain becomes output fields named after it, and field names are case-insensitive in
  // GeoPackages, shapefiles and QGIS: "sociaal" and "Sociaal" would write one field twice and
  // shift every column after it. Two spellings of one domain are refused, naming both.
  std::map<std::string, std::string> byLowerCase;
  for (const auto &d : usedDomains(spec)) {
    const auto [it, added] = byLowerCase.emplace(asciiLower(d.name), d.name);
    if (!added) {
      std::string users;
      for (const auto &ind : spec.indicators)
        if (ind.domain == it->second || ind.domain == d.name)
          users += (users.empty() ? "" : ", ") + ind.field + " (" + ind.domain + ")";
      throw InputError("the domains '" + it->second + "' and '" + d.name +
                       "' differ only in case, and output field names do not: write one domain "
                       "the same way everywhere (indicators: " +
                       users + ")");
    }
  }
}

namespace {

// validateSpec with the file named in the message, for both spec formats.
CompositeSpec validated(CompositeSpec spec, const std::string &sourceName) {
  try {
    validateSpec(spec);
  } catch (const InputError &e) {
    throw InputError(sourceName + ": " + e.what());
  }
  return spec;
}

} // namespace

std::vector<DomainWeight> usedDomains(const CompositeSpec &spec) {
  const auto used = [&](const std::string &name) {
    return std::any_of(spec.indicators.begin(), spec.indicators.end(),
                       [&](const IndicatorSpec &i) { return i.domain == name; });
  };
  std::vector<DomainWeight> out;
  for (const auto &d : spec.domains)
    if (used(d.name))
      out.push_back(d);
  for (const auto &ind : spec.indicators)
    if (std::none_of(out.begin(), out.end(),
                     [&](const DomainWeight &d) { return d.name == ind.domain; }))
      out.push_back({ind.domain, 1.0});
  return out;
}

std::vector<std::string> requiredFields(const CompositeSpec &spec) {
  std::vector<std::string> fields;
  const auto add = [&](const std::string &f) {
    if (std::find(fields.begin(), fields.end(), f) == fields.end())
      fields.push_back(f);
  };
  for (const auto &ind : spec.indicators) {
    if (!ind.isRate()) {
      add(ind.field);
      continue;
    }
    add(ind.numerator);
    add(ind.denominator);
  }
  return fields;
}

CompositeSpec parseSpecCsv(std::istream &in, const std::string &sourceName) {
  std::string line;
  std::size_t lineNo = 0;
  // Header: the first line that is neither blank nor a comment.
  std::vector<std::string> header;
  char sep = ',';
  while (std::getline(in, line)) {
    ++lineNo;
    if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
      line.erase(0, 3); // UTF-8 byte order mark written by spreadsheets
    const std::string t = trimmed(line);
    if (t.empty() || t[0] == '#')
      continue;
    sep = (line.find(';') != std::string::npos && line.find(',') == std::string::npos) ? ';' : ',';
    header = splitCsvLine(line, sep, sourceName + " line " + std::to_string(lineNo));
    break;
  }
  if (header.empty())
    throw InputError(sourceName + ": the indicator spec is empty (expected a header row with "
                                  "field, domain, direction, weight)");
  std::map<std::string, std::size_t> column;
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string name = asciiLower(trimmed(header[c]));
    const bool known = std::count(kRequiredColumns.begin(), kRequiredColumns.end(), name) ||
                       std::count(kOptionalColumns.begin(), kOptionalColumns.end(), name);
    if (!known)
      throw InputError(sourceName + " line " + std::to_string(lineNo) + ": unknown column '" +
                       header[c] +
                       "' (known: field, domain, direction, weight, numerator, denominator, per, "
                       "goal_min, goal_max, domain_weight)");
    if (!column.emplace(name, c).second)
      throw InputError(sourceName + " line " + std::to_string(lineNo) + ": column '" + name +
                       "' appears twice");
  }
  for (const auto &required : kRequiredColumns)
    if (!column.count(required))
      throw InputError(sourceName + ": the header has no column '" + required + "'");

  CompositeSpec spec;
  std::set<std::string> weightedDomains;
  while (std::getline(in, line)) {
    ++lineNo;
    const std::string where = sourceName + " line " + std::to_string(lineNo);
    const std::string t = trimmed(line);
    if (t.empty() || t[0] == '#')
      continue;
    const auto cells = splitCsvLine(line, sep, where);
    if (cells.size() != header.size())
      throw InputError(where + ": expected " + std::to_string(header.size()) + " fields, found " +
                       std::to_string(cells.size()));
    const auto cell = [&](const std::string &name) {
      const auto it = column.find(name);
      return it == column.end() ? std::string() : trimmed(cells[it->second]);
    };
    const auto number = [&](const std::string &name) -> std::optional<double> {
      const std::string text = cell(name);
      if (text.empty())
        return std::nullopt;
      const auto v = parseLocalisedNumber(text);
      if (!v)
        throw InputError(where + ": " + name + " '" + text + "' is not a number");
      return v;
    };

    IndicatorSpec ind;
    ind.field = cell("field");
    ind.domain = cell("domain");
    if (ind.field.empty())
      throw InputError(where + ": the field name is empty");
    if (ind.domain.empty())
      throw InputError(where + ": indicator '" + ind.field + "' has no domain");
    const auto direction = parseDirection(cell("direction"));
    if (!direction)
      throw InputError(where + ": direction '" + cell("direction") +
                       "' must be + or - (or positive / negative)");
    ind.direction = *direction;
    const auto weight = number("weight");
    if (!weight)
      throw InputError(where + ": indicator '" + ind.field + "' has no weight");
    ind.weight = *weight;
    ind.numerator = cell("numerator");
    ind.denominator = cell("denominator");
    ind.per = number("per").value_or(1.0);
    ind.goalMin = number("goal_min").value_or(ind.goalMin);
    ind.goalMax = number("goal_max").value_or(ind.goalMax);
    if (const auto dw = number("domain_weight"))
      setDomainWeight(spec.domains, weightedDomains, ind.domain, *dw, where);
    spec.indicators.push_back(ind);
  }
  return validated(std::move(spec), sourceName);
}

void writeSpecCsv(const CompositeSpec &spec, std::ostream &out) {
  const auto domains = usedDomains(spec);
  const auto domainWeight = [&](const std::string &name) {
    for (const auto &d : domains)
      if (d.name == name)
        return d.weight;
    return 1.0;
  };
  out << "field,domain,direction,weight,numerator,denominator,per,goal_min,goal_max,domain_"
         "weight\n";
  for (const auto &ind : spec.indicators) {
    out << csvField(ind.field) << ',' << csvField(ind.domain) << ','
        << directionSymbol(ind.direction) << ',' << formatNumber(ind.weight) << ','
        << csvField(ind.numerator) << ',' << csvField(ind.denominator) << ','
        << (ind.isRate() ? formatNumber(ind.per) : "") << ','
        << (ind.hasGoalposts() ? formatNumber(ind.goalMin) : "") << ','
        << (ind.hasGoalposts() ? formatNumber(ind.goalMax) : "") << ','
        << formatNumber(domainWeight(ind.domain)) << '\n';
  }
}

namespace {

// Reads member `key` of a JSON indicator as text; numbers are not accepted as names.
std::string jsonText(const CPLJSONObject &obj, const std::string &key, const std::string &where) {
  const CPLJSONObject v = obj.GetObj(key);
  if (!v.IsValid() || v.GetType() == CPLJSONObject::Type::Null)
    return "";
  if (v.GetType() != CPLJSONObject::Type::String)
    throw InputError(where + ": '" + key + "' must be a text");
  return v.ToString();
}

// Refuses members outside `known`, so a typo such as "wieght" is not silently ignored.
void rejectUnknownKeys(const CPLJSONObject &obj, const std::vector<std::string> &known,
                       const std::string &where) {
  for (const auto &child : obj.GetChildren())
    if (std::find(known.begin(), known.end(), child.GetName()) == known.end())
      throw InputError(where + ": unknown key '" + child.GetName() + "'");
}

std::optional<double> jsonNumber(const CPLJSONObject &obj, const std::string &key,
                                 const std::string &where) {
  const CPLJSONObject v = obj.GetObj(key);
  if (!v.IsValid() || v.GetType() == CPLJSONObject::Type::Null)
    return std::nullopt;
  const auto type = v.GetType();
  if (type == CPLJSONObject::Type::Integer || type == CPLJSONObject::Type::Long ||
      type == CPLJSONObject::Type::Double)
    return v.ToDouble();
  if (type == CPLJSONObject::Type::String)
    if (const auto parsed = parseLocalisedNumber(v.ToString()))
      return parsed;
  throw InputError(where + ": '" + key + "' must be a number");
}

} // namespace

CompositeSpec parseSpecJson(const std::string &text, const std::string &sourceName) {
  CPLJSONDocument doc;
  CPLErrorReset();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  const bool loaded = doc.LoadMemory(text);
  CPLPopErrorHandler();
  if (!loaded)
    throw InputError(sourceName + ": not valid JSON (" + CPLGetLastErrorMsg() + ")");
  const CPLJSONObject root = doc.GetRoot();
  if (root.GetType() != CPLJSONObject::Type::Object)
    throw InputError(sourceName + ": expected a JSON object with \"indicators\" and \"domains\"");
  rejectUnknownKeys(root, {"domains", "indicators"}, sourceName);

  CompositeSpec spec;
  const CPLJSONObject domains = root.GetObj("domains");
  if (domains.IsValid()) {
    if (domains.GetType() != CPLJSONObject::Type::Array)
      throw InputError(sourceName + ": \"domains\" must be an array");
    spec.domains.clear();
    const CPLJSONArray array = domains.ToArray();
    for (int k = 0; k < array.Size(); ++k) {
      const std::string where = sourceName + " domain " + std::to_string(k + 1);
      if (array[k].GetType() != CPLJSONObject::Type::Object)
        throw InputError(where + ": expected an object {\"name\": ..., \"weight\": ...}");
      rejectUnknownKeys(array[k], {"name", "weight"}, where);
      DomainWeight d;
      d.name = jsonText(array[k], "name", where);
      if (d.name.empty())
        throw InputError(where + ": the domain has no name");
      d.weight = jsonNumber(array[k], "weight", where).value_or(1.0);
      spec.domains.push_back(d);
    }
  }
  const CPLJSONObject indicators = root.GetObj("indicators");
  if (!indicators.IsValid() || indicators.GetType() != CPLJSONObject::Type::Array)
    throw InputError(sourceName + ": \"indicators\" must be an array of indicators");
  const CPLJSONArray array = indicators.ToArray();
  for (int k = 0; k < array.Size(); ++k) {
    std::string where = sourceName + " indicator " + std::to_string(k + 1);
    if (array[k].GetType() != CPLJSONObject::Type::Object)
      throw InputError(where + ": expected an object");
    IndicatorSpec ind;
    ind.field = jsonText(array[k], "field", where);
    if (ind.field.empty())
      throw InputError(where + ": the field name is empty");
    where += " ('" + ind.field + "')";
    rejectUnknownKeys(array[k],
                      {"field", "domain", "direction", "weight", "numerator", "denominator", "per",
                       "goal_min", "goal_max"},
                      where);
    ind.domain = jsonText(array[k], "domain", where);
    const auto direction = parseDirection(jsonText(array[k], "direction", where));
    if (!direction)
      throw InputError(where + ": direction must be \"+\" or \"-\"");
    ind.direction = *direction;
    ind.weight = jsonNumber(array[k], "weight", where).value_or(1.0);
    ind.numerator = jsonText(array[k], "numerator", where);
    ind.denominator = jsonText(array[k], "denominator", where);
    ind.per = jsonNumber(array[k], "per", where).value_or(1.0);
    ind.goalMin = jsonNumber(array[k], "goal_min", where).value_or(ind.goalMin);
    ind.goalMax = jsonNumber(array[k], "goal_max", where).value_or(ind.goalMax);
    spec.indicators.push_back(ind);
  }
  return validated(std::move(spec), sourceName);
}

void writeSpecJson(const CompositeSpec &spec, JsonWriter &out) {
  out.beginObject().key("domains").beginArray();
  for (const auto &d : usedDomains(spec))
    out.beginObject().key("name").value(d.name).key("weight").value(d.weight).endObject();
  out.endArray().key("indicators").beginArray();
  for (const auto &ind : spec.indicators) {
    out.beginObject();
    out.key("field").value(ind.field).key("domain").value(ind.domain);
    out.key("direction").value(directionSymbol(ind.direction)).key("weight").value(ind.weight);
    if (ind.isRate()) {
      out.key("numerator").value(ind.numerator).key("denominator").value(ind.denominator);
      out.key("per").value(ind.per);
    }
    if (ind.hasGoalposts())
      out.key("goal_min").value(ind.goalMin).key("goal_max").value(ind.goalMax);
    out.endObject();
  }
  out.endArray().endObject();
}

std::string writeSpecJson(const CompositeSpec &spec) {
  JsonWriter out;
  writeSpecJson(spec, out);
  return out.text();
}

namespace {
bool isJsonPath(const std::string &path) {
  const auto dot = path.find_last_of('.');
  return dot != std::string::npos && asciiLower(trimmed(path.substr(dot))) == ".json";
}
} // namespace

CompositeSpec readSpecFile(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError("cannot open the indicator spec file " + path);
  if (!isJsonPath(path))
    return parseSpecCsv(in, path);
  std::ostringstream text;
  text << in.rdbuf();
  return parseSpecJson(text.str(), path);
}

void writeSpecFile(const CompositeSpec &spec, const std::string &path) {
  std::ofstream out(path, std::ios::binary);
  if (!out)
    throw InputError("cannot write the indicator spec file " + path);
  if (isJsonPath(path))
    out << writeSpecJson(spec) << '\n';
  else
    writeSpecCsv(spec, out);
  if (!out)
    throw InputError("writing the indicator spec file " + path + " failed");
}

} // namespace resilience
