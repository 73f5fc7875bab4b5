#include "scoring/composite_baseline.h"

#include "common/input_error.h"
#include "common/json_writer.h"

#include <cpl_error.h>
#include <cpl_json.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <numeric>
#include <optional>
#include <sstream>

namespace resilience {

namespace {

constexpr int kFormatVersion = 1;
constexpr const char *kFormatName = "resilience-baseline";

// Raw descriptive statistics of the values that entered the normalisation.
void describe(const MaskedValues &column, const std::vector<std::uint8_t> &included,
              IndicatorBaseline &b) {
  std::vector<double> v;
  for (std::size_t i = 0; i < column.size(); ++i)
    if (column.isValid(i) && included[i])
      v.push_back(column.values[i]);
  b.count = v.size();
  if (v.empty())
    return;
  std::sort(v.begin(), v.end());
  const double n = static_cast<double>(v.size());
  b.mean = std::accumulate(v.begin(), v.end(), 0.0) / n;
  double ss = 0.0;
  for (double x : v)
    ss += (x - b.mean) * (x - b.mean);
  b.sd = v.size() > 1 ? std::sqrt(ss / (n - 1.0)) : 0.0;
  b.min = v.front();
  b.max = v.back();
  b.p05 = quantileType7(v, 0.05);
  b.p25 = quantileType7(v, 0.25);
  b.p50 = quantileType7(v, 0.5);
  b.p75 = quantileType7(v, 0.75);
  b.p95 = quantileType7(v, 0.95);
}

std::string aggregationName(Aggregation a) {
  return a == Aggregation::Geometric ? "geometric" : "arithmetic";
}

// ---- reading ----

struct Reader {
  std::string source;

  CPLJSONObject member(const CPLJSONObject &obj, const std::string &key,
                       const std::string &where) const {
    const CPLJSONObject v = obj.GetObj(key);
    if (!v.IsValid())
      throw InputError(source + ": " + where + " has no \"" + key + "\"");
    return v;
  }
  // A number; null reads as NaN when allowed.
  double number(const CPLJSONObject &obj, const std::string &key, const std::string &where,
                bool nullable = false) const {
    const CPLJSONObject v = member(obj, key, where);
    const auto type = v.GetType();
    if (type == CPLJSONObject::Type::Null && nullable)
      return std::numeric_limits<double>::quiet_NaN();
    if (type == CPLJSONObject::Type::Integer || type == CPLJSONObject::Type::Long ||
        type == CPLJSONObject::Type::Double)
      return v.ToDouble();
    throw InputError(source + ": " + where + ": \"" + key + "\" must be a number");
  }
  std::string text(const CPLJSONObject &obj, const std::string &key,
                   const std::string &where) const {
    const CPLJSONObject v = member(obj, key, where);
    if (v.GetType() != CPLJSONObject::Type::String)
      throw InputError(source + ": " + where + ": \"" + key + "\" must be a text");
    return v.ToString();
  }
  bool boolean(const CPLJSONObject &obj, const std::string &key, const std::string &where) const {
    const CPLJSONObject v = member(obj, key, where);
    if (v.GetType() != CPLJSONObject::Type::Boolean)
      throw InputError(source + ": " + where + ": \"" + key + "\" must be true or false");
    return v.ToBool();
  }
  std::vector<double> numbers(const CPLJSONObject &obj, const std::string &key,
                              const std::string &where, bool nullable = false) const {
    const CPLJSONObject v = member(obj, key, where);
    if (v.GetType() != CPLJSONObject::Type::Array)
      throw InputError(source + ": " + where + ": \"" + key + "\" must be an array of numbers");
    std::vector<double> out;
    const CPLJSONArray array = v.ToArray();
    for (int k = 0; k < array.Size(); ++k) {
      const auto type = array[k].GetType();
      if (type == CPLJSONObject::Type::Null && nullable)
        out.push_back(std::numeric_limits<double>::quiet_NaN());
      else if (type == CPLJSONObject::Type::Integer || type == CPLJSONObject::Type::Long ||
               type == CPLJSONObject::Type::Double)
        out.push_back(array[k].ToDouble());
      else
        throw InputError(source + ": " + where + ": \"" + key + "\" entry " +
                         std::to_string(k + 1) + " is not a number");
    }
    return out;
  }
};

Aggregation parseAggregation(const std::string &name, const Reader &r, const std::string &key) {
  if (name == "arithmetic")
    return Aggregation::Arithmetic;
  if (name == "geometric")
    return Aggregation::Geometric;
  throw InputError(r.source + ": options: \"" + key + "\" must be arithmetic or geometric, not '" +
                   name + "'");
}

} // namespace

CompositeBaseline makeBaseline(const PreparedIndicators &prepared, const CompositeSpec &spec,
                               const CompositeOptions &options, const CompositeResult &result) {
  CompositeBaseline b;
  b.spec = spec;
  b.options = options;
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    const IndicatorSpec &ind = spec.indicators[k];
    IndicatorBaseline ib;
    ib.field = ind.field;
    ib.skipReason = result.report.indicators[k].skipReason;
    describe(prepared.columns[k], prepared.included, ib);
    if (k < prepared.winsorBounds.size()) {
      ib.winsorLow = prepared.winsorBounds[k].first;
      ib.winsorHigh = prepared.winsorBounds[k].second;
    }
    if (ib.used()) {
      std::optional<Goalposts> goalposts;
      if (ind.hasGoalposts())
        goalposts = Goalposts{ind.goalMin, ind.goalMax, options.clampToGoalposts};
      // The same call scoreIndicators made, so the reference is the one that was used.
      ib.reference =
          normalisationReference(prepared.columns[k], prepared.included, options.normalisation,
                                 ind.direction == Direction::Negative, goalposts)
              .reference;
    }
    b.indicators.push_back(std::move(ib));
  }
  b.classBreaks.assign(4, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t i = 0; i < result.aggregate.size(); ++i) {
    if (!result.aggregate.isValid(i))
      continue;
    const double a = result.aggregate.values[i];
    ++b.featuresScored;
    b.aggregateMin = std::isnan(b.aggregateMin) ? a : std::min(b.aggregateMin, a);
    b.aggregateMax = std::isnan(b.aggregateMax) ? a : std::max(b.aggregateMax, a);
    const int cls = static_cast<int>(result.resilienceClass.values[i]);
    for (int c = 2; c <= cls && c <= 5; ++c) {
      double &lowest = b.classBreaks[static_cast<std::size_t>(c - 2)];
      lowest = std::isnan(lowest) ? a : std::min(lowest, a);
    }
  }
  return b;
}

CompositeResult scoreOnBaseline(const CompositeInput &input, const CompositeBaseline &baseline) {
  const PreparedIndicators prepared =
      prepareIndicators(input, baseline.spec, baseline.options, &baseline);
  return scoreIndicators(prepared, baseline.spec, baseline.options, &baseline);
}

std::string writeBaselineJson(const CompositeBaseline &b) {
  JsonWriter out;
  out.beginObject();
  out.key("format").value(kFormatName).key("version").integer(kFormatVersion);
  out.key("spec");
  writeSpecJson(b.spec, out);

  const CompositeOptions &o = b.options;
  out.key("options").beginObject();
  out.key("normalisation").value(normalisationName(o.normalisation));
  out.key("clamp_to_goalposts").value(o.clampToGoalposts);
  out.key("winsorise");
  if (o.winsorise)
    out.beginArray().value(o.winsorise->lower).value(o.winsorise->upper).endArray();
  else
    out.null();
  out.key("aggregation_within").value(aggregationName(o.withinDomains));
  out.key("aggregation_across").value(aggregationName(o.acrossDomains));
  out.key("geometric_shift").value(o.geometricShift);
  out.key("missing").value(o.missing == MissingPolicy::ExcludeFeature ? "exclude" : "reweight");
  out.key("min_coverage").value(o.minCoverage);
  out.endObject();

  out.key("indicators").beginArray();
  for (std::size_t k = 0; k < b.indicators.size(); ++k) {
    const IndicatorBaseline &ib = b.indicators[k];
    const IndicatorSpec &ind = b.spec.indicators[k];
    out.beginObject().key("field").value(ib.field);
    if (!ib.used())
      out.key("skipped").value(ib.skipReason);
    out.key("count").integer(static_cast<long long>(ib.count));
    out.key("mean").value(ib.mean).key("sd").value(ib.sd);
    out.key("min").value(ib.min).key("max").value(ib.max);
    out.key("quantiles").beginObject();
    out.key("p05").value(ib.p05).key("p25").value(ib.p25).key("p50").value(ib.p50);
    out.key("p75").value(ib.p75).key("p95").value(ib.p95);
    out.endObject();
    out.key("goal_min").value(ind.goalMin).key("goal_max").value(ind.goalMax);
    out.key("winsorise_low").value(ib.winsorLow).key("winsorise_high").value(ib.winsorHigh);
    if (ib.used()) {
      const NormalisationReference &r = ib.reference;
      out.key("reference").beginObject();
      out.key("method").value(normalisationName(r.method)).key("reverse").value(r.reverse);
      switch (r.method) {
      case NormalisationMethod::ZScore:
        out.key("mean").value(r.centre).key("sd").value(r.spread);
        break;
      case NormalisationMethod::Robust:
        out.key("median").value(r.centre).key("iqr").value(r.spread);
        break;
      case NormalisationMethod::MinMax:
        out.key("min").value(r.centre).key("max").value(r.upper);
        break;
      case NormalisationMethod::Goalposts:
        out.key("low").value(r.centre).key("high").value(r.upper).key("clamp").value(r.clamp);
        break;
      case NormalisationMethod::Rank:
        out.key("sorted").beginArray();
        for (double v : r.sorted)
          out.value(v);
        out.endArray();
        break;
      }
      out.endObject();
    }
    out.endObject();
  }
  out.endArray();

  out.key("aggregate").beginObject();
  out.key("min").value(b.aggregateMin).key("max").value(b.aggregateMax);
  out.key("class_breaks").beginArray();
  for (double v : b.classBreaks) // NaN breaks are trailing (no feature reached the class): left out
    if (std::isfinite(v))
      out.value(v);
  out.endArray();
  out.key("features_scored").integer(static_cast<long long>(b.featuresScored));
  out.endObject();
  out.endObject();
  return out.text();
}

CompositeBaseline parseBaselineJson(const std::string &text, const std::string &sourceName) {
  CPLJSONDocument doc;
  CPLErrorReset();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  const bool loaded = doc.LoadMemory(text);
  CPLPopErrorHandler();
  if (!loaded)
    throw InputError(sourceName + ": not valid JSON (" + CPLGetLastErrorMsg() + ")");
  const Reader r{sourceName};
  const CPLJSONObject root = doc.GetRoot();
  if (root.GetType() != CPLJSONObject::Type::Object ||
      root.GetString("format") != std::string(kFormatName))
    throw InputError(sourceName + ": not a baseline file (no \"format\": \"" + kFormatName +
                     "\"); write one with the composite index's OUTPUT_BASELINE");
  if (root.GetInteger("version") != kFormatVersion)
    throw InputError(sourceName + ": baseline version " +
                     std::to_string(root.GetInteger("version")) + " is not supported (expected " +
                     std::to_string(kFormatVersion) + ")");

  CompositeBaseline b;
  b.spec =
      parseSpecJson(r.member(root, "spec", "the file").Format(CPLJSONObject::PrettyFormat::Plain),
                    sourceName + " (spec)");

  const CPLJSONObject o = r.member(root, "options", "the file");
  const std::string where = "options";
  const auto method = parseNormalisation(r.text(o, "normalisation", where));
  if (!method)
    throw InputError(sourceName + ": options: unknown normalisation '" +
                     r.text(o, "normalisation", where) + "'");
  b.options.normalisation = *method;
  b.options.clampToGoalposts = r.boolean(o, "clamp_to_goalposts", where);
  if (r.member(o, "winsorise", where).GetType() != CPLJSONObject::Type::Null) {
    const auto limits = r.numbers(o, "winsorise", where);
    if (limits.size() != 2)
      throw InputError(sourceName + ": options: \"winsorise\" must hold two quantiles");
    b.options.winsorise = WinsorLimits{limits[0], limits[1]};
  }
  b.options.withinDomains =
      parseAggregation(r.text(o, "aggregation_within", where), r, "aggregation_within");
  b.options.acrossDomains =
      parseAggregation(r.text(o, "aggregation_across", where), r, "aggregation_across");
  b.options.geometricShift = r.number(o, "geometric_shift", where);
  const std::string missing = r.text(o, "missing", where);
  if (missing != "reweight" && missing != "exclude")
    throw InputError(sourceName + ": options: \"missing\" must be reweight or exclude");
  b.options.missing =
      missing == "exclude" ? MissingPolicy::ExcludeFeature : MissingPolicy::Reweight;
  b.options.minCoverage = r.number(o, "min_coverage", where);

  const CPLJSONObject list = r.member(root, "indicators", "the file");
  if (list.GetType() != CPLJSONObject::Type::Array)
    throw InputError(sourceName + ": \"indicators\" must be an array");
  const CPLJSONArray array = list.ToArray();
  if (static_cast<std::size_t>(array.Size()) != b.spec.indicators.size())
    throw InputError(sourceName + ": " + std::to_string(array.Size()) +
                     " indicator baselines for " + std::to_string(b.spec.indicators.size()) +
                     " indicators in the spec");
  for (int k = 0; k < array.Size(); ++k) {
    const CPLJSONObject obj = array[k];
    const IndicatorSpec &ind = b.spec.indicators[static_cast<std::size_t>(k)];
    const std::string w = "indicator " + std::to_string(k + 1) + " ('" + ind.field + "')";
    IndicatorBaseline ib;
    ib.field = r.text(obj, "field", w);
    if (ib.field != ind.field)
      throw InputError(sourceName + ": " + w + " is named '" + ib.field + "' in the baseline");
    if (obj.GetObj("skipped").IsValid())
      ib.skipReason = r.text(obj, "skipped", w);
    ib.count = static_cast<std::size_t>(r.number(obj, "count", w));
    ib.mean = r.number(obj, "mean", w, true);
    ib.sd = r.number(obj, "sd", w, true);
    ib.min = r.number(obj, "min", w, true);
    ib.max = r.number(obj, "max", w, true);
    const CPLJSONObject q = r.member(obj, "quantiles", w);
    ib.p05 = r.number(q, "p05", w, true);
    ib.p25 = r.number(q, "p25", w, true);
    ib.p50 = r.number(q, "p50", w, true);
    ib.p75 = r.number(q, "p75", w, true);
    ib.p95 = r.number(q, "p95", w, true);
    ib.winsorLow = r.number(obj, "winsorise_low", w, true);
    ib.winsorHigh = r.number(obj, "winsorise_high", w, true);
    if (ib.used()) {
      const CPLJSONObject ref = r.member(obj, "reference", w);
      NormalisationReference &nr = ib.reference;
      const auto m = parseNormalisation(r.text(ref, "method", w));
      if (!m || *m != b.options.normalisation)
        throw InputError(sourceName + ": " + w + ": the reference method is not the options' " +
                         normalisationName(b.options.normalisation));
      nr.method = *m;
      nr.reverse = r.boolean(ref, "reverse", w);
      switch (nr.method) {
      case NormalisationMethod::ZScore:
        nr.centre = r.number(ref, "mean", w);
        nr.spread = r.number(ref, "sd", w);
        break;
      case NormalisationMethod::Robust:
        nr.centre = r.number(ref, "median", w);
        nr.spread = r.number(ref, "iqr", w);
        break;
      case NormalisationMethod::MinMax:
        nr.centre = r.number(ref, "min", w);
        nr.upper = r.number(ref, "max", w);
        break;
      case NormalisationMethod::Goalposts:
        nr.centre = r.number(ref, "low", w);
        nr.upper = r.number(ref, "high", w);
        nr.clamp = r.boolean(ref, "clamp", w);
        break;
      case NormalisationMethod::Rank:
        nr.sorted = r.numbers(ref, "sorted", w);
        if (nr.sorted.size() < 2 || !std::is_sorted(nr.sorted.begin(), nr.sorted.end()))
          throw InputError(sourceName + ": " + w +
                           ": \"sorted\" must hold at least two values in ascending order");
        break;
      }
      const bool spreadOk =
          nr.method == NormalisationMethod::Rank ||
          ((nr.method == NormalisationMethod::ZScore || nr.method == NormalisationMethod::Robust)
               ? nr.spread > 0.0
               : nr.upper != nr.centre);
      if (!spreadOk)
        throw InputError(sourceName + ": " + w +
                         ": the reference has no spread (zero sd, IQR "
                         "or range), so it cannot scale values");
    }
    b.indicators.push_back(std::move(ib));
  }
  const CPLJSONObject aggregate = r.member(root, "aggregate", "the file");
  b.aggregateMin = r.number(aggregate, "min", "aggregate", true);
  b.aggregateMax = r.number(aggregate, "max", "aggregate", true);
  b.classBreaks = r.numbers(aggregate, "class_breaks", "aggregate");
  if (b.classBreaks.size() > 4 || !std::is_sorted(b.classBreaks.begin(), b.classBreaks.end()))
    throw InputError(sourceName + ": aggregate: \"class_breaks\" must hold up to 4 ascending "
                                  "values (the lowest aggregate of classes 2 to 5)");
  b.classBreaks.resize(4, std::numeric_limits<double>::quiet_NaN());
  b.featuresScored = static_cast<std::size_t>(r.number(aggregate, "features_scored", "aggregate"));
  return b;
}

CompositeBaseline readBaselineFile(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError("cannot open the baseline file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return parseBaselineJson(text.str(), path);
}

void writeBaselineFile(const CompositeBaseline &baseline, const std::string &path) {
  std::ofstream out(path, std::ios::binary);
  if (!out)
    throw InputError("cannot write the baseline file " + path);
  out << writeBaselineJson(baseline) << '\n';
  if (!out)
    throw InputError("writing the baseline file " + path + " failed");
}

} // namespace resilience
