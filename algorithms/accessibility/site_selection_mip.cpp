#include "accessibility/site_selection_mip.h"

#include "common/input_error.h"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>

namespace resilience {

namespace {

using Clock = std::chrono::steady_clock;

// Column numbers (1-based, GLPK's) of one model.
struct Model {
  glp_prob *lp = nullptr;
  std::vector<int> siteColumn;         // per candidate; 0: not in the model
  std::vector<std::size_t> columnSite; // per site column: the candidate
  std::vector<int> rowZ;               // per cost row: its z column (0: constant row)
  std::vector<int> pairColumn;         // p-median: per pair of costs, its x column
  double constant = 0.0;               // cost of rows no candidate can change
};

struct ProblemDeleter {
  void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

int addColumn(glp_prob *lp, int kind, double lower, double upper, double objective) {
  const int col = glp_add_cols(lp, 1);
  glp_set_col_kind(lp, col, kind);
  if (kind != GLP_BV)
    glp_set_col_bnds(lp, col, lower == upper ? GLP_FX : GLP_DB, lower, upper);
  glp_set_obj_coef(lp, col, objective);
  return col;
}

Model buildModel(const SiteCosts &c, SiteObjective objective, std::size_t k) {
  const bool coverage = objective == SiteObjective::Coverage;
  Model m;
  m.lp = glp_create_prob();
  glp_set_obj_dir(m.lp, GLP_MIN);
  m.siteColumn.assign(c.candidates, 0);
  for (std::size_t j = 0; j < c.candidates; ++j)
    if (c.siteStart[j + 1] > c.siteStart[j]) {
      m.siteColumn[j] = addColumn(m.lp, GLP_BV, 0.0, 1.0, 0.0);
      m.columnSite.push_back(j);
    }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0.0};
  auto entry = [&](int row, int col, double value) {
    ia.push_back(row);
    ja.push_back(col);
    ar.push_back(value);
  };
  // sum_j x_j <= K (or y_j for p-median)
  const int card = glp_add_rows(m.lp, 1);
  glp_set_row_bnds(m.lp, card, GLP_UP, 0.0, static_cast<double>(k));
  for (int col : m.siteColumn)
    if (col)
      entry(card, col, 1.0);
  m.rowZ.assign(c.rows(), 0);
  m.pairColumn.assign(c.site.size(), 0);
  for (std::size_t r = 0; r < c.rows(); ++r) {
    if (c.start[r] == c.start[r + 1]) {
      m.constant += c.weight[r] * c.cap[r];
      continue;
    }
    m.rowZ[r] = addColumn(m.lp, GLP_CV, 0.0, 1.0, c.weight[r] * c.cap[r]);
    const int row = glp_add_rows(m.lp, 1);
    glp_set_row_bnds(m.lp, row, coverage ? GLP_LO : GLP_FX, 1.0, 1.0);
    entry(row, m.rowZ[r], 1.0);
    for (std::size_t p = c.start[r]; p < c.start[r + 1]; ++p) {
      const int y = m.siteColumn[c.site[p]];
      if (coverage) {
        entry(row, y, 1.0);
        continue;
      }
      const int x = addColumn(m.lp, GLP_CV, 0.0, 1.0, c.weight[r] * c.cost[p]);
      m.pairColumn[p] = x;
      entry(row, x, 1.0);
      const int link = glp_add_rows(m.lp, 1);
      glp_set_row_bnds(m.lp, link, GLP_UP, 0.0, 0.0);
      entry(link, x, 1.0);
      entry(link, y, -1.0);
    }
  }
  glp_load_matrix(m.lp, static_cast<int>(ar.size() - 1), ia.data(), ja.data(), ar.data());
  return m;
}

// The column values of a set of sites, each row at its cheapest open site (for glp_ios_heur_sol).
std::vector<double> columnValues(const Model &m, const SiteCosts &c,
                                 const std::vector<std::size_t> &chosen) {
  std::vector<double> x(glp_get_num_cols(m.lp) + 1, 0.0);
  std::vector<std::uint8_t> open(c.candidates, 0);
  for (auto j : chosen)
    if (m.siteColumn[j]) {
      open[j] = 1;
      x[m.siteColumn[j]] = 1.0;
    }
  for (std::size_t r = 0; r < c.rows(); ++r) {
    if (!m.rowZ[r])
      continue;
    double best = c.cap[r];
    std::size_t bestPair = kNoSite;
    for (std::size_t p = c.start[r]; p < c.start[r + 1]; ++p)
      if (open[c.site[p]] && c.cost[p] < best) {
        best = c.cost[p];
        bestPair = p;
      }
    if (bestPair == kNoSite)
      x[m.rowZ[r]] = 1.0;
    else if (m.pairColumn[bestPair])
      x[m.pairColumn[bestPair]] = 1.0;
  }
  return x;
}

struct CallbackState {
  const Model *model = nullptr;
  std::vector<double> seed;
  bool seeded = false, cancelled = false;
  double bound = -std::numeric_limits<double>::infinity();
  const MipSettings *settings = nullptr;
  Clock::time_point begin;
  Clock::time_point lastReport;
};

void callback(glp_tree *tree, void *info) {
  auto &s = *static_cast<CallbackState *>(info);
  if (s.settings->cancel && s.settings->cancel->load(std::memory_order_relaxed)) {
    s.cancelled = true;
    glp_ios_terminate(tree);
    return;
  }
  const int node = glp_ios_best_node(tree);
  if (node)
    s.bound = std::max(s.bound, glp_ios_node_bound(tree, node));
  if (glp_ios_reason(tree) == GLP_IHEUR && !s.seeded && !s.seed.empty()) {
    s.seeded = true;
    glp_ios_heur_sol(tree, s.seed.data());
  }
  const auto now = Clock::now();
  if (s.settings->progress && now - s.lastReport > std::chrono::milliseconds(500)) {
    s.lastReport = now;
    const double elapsed = std::chrono::duration<double>(now - s.begin).count();
    glp_prob *lp = glp_ios_get_prob(tree);
    std::string stage = "branch and bound";
    if (glp_mip_status(lp) == GLP_FEAS || glp_mip_status(lp) == GLP_OPT) {
      const double gap = glp_ios_mip_gap(tree);
      stage += ": gap " + std::to_string(100.0 * gap) + " %";
    }
    s.settings->progress(std::min(1.0, elapsed / s.settings->timeLimit), stage);
  }
}

} // namespace

std::size_t siteMipNonzeros(const SiteCosts &c, SiteObjective objective) {
  const std::size_t pairs = c.site.size();
  return c.candidates + c.rows() + (objective == SiteObjective::Coverage ? pairs : 3 * pairs);
}

MipOutcome solveSiteMip(const SiteCosts &c, SiteObjective objective, std::size_t k,
                        const std::vector<std::size_t> &seed, const MipSettings &settings) {
  glp_term_out(GLP_OFF);
  const auto begin = Clock::now();
  auto remainingMs = [&]() {
    const double left =
        settings.timeLimit - std::chrono::duration<double>(Clock::now() - begin).count();
    return static_cast<int>(std::clamp(left * 1000.0, 1.0, 2.0e9));
  };
  auto timeUp = [&]() {
    return std::chrono::duration<double>(Clock::now() - begin).count() >= settings.timeLimit;
  };
  Model model = buildModel(c, objective, k);
  std::unique_ptr<glp_prob, ProblemDeleter> owner(model.lp);
  MipOutcome out;
  out.columns = glp_get_num_cols(model.lp);
  out.rows = glp_get_num_rows(model.lp);
  out.nonzeros = glp_get_num_nz(model.lp);
  glp_scale_prob(model.lp, GLP_SF_AUTO);

  // LP relaxation, in slices of iterations so that cancel and the time limit are seen.
  glp_smcp simplex;
  glp_init_smcp(&simplex);
  simplex.msg_lev = GLP_MSG_OFF;
  simplex.it_lim = 5000;
  // Dual simplex (primal if it fails): on the covering LP of 15,000 neighbourhoods and 2,000
  // candidates (5 km) 3.7 s of CPU instead of the primal's 14 s.
  simplex.meth = GLP_DUALP;
  for (;;) {
    if (settings.cancel && settings.cancel->load(std::memory_order_relaxed))
      throw Cancelled();
    simplex.tm_lim = remainingMs();
    const int ret = glp_simplex(model.lp, &simplex);
    if (ret == GLP_EITLIM) {
      if (settings.progress)
        settings.progress(0.0, "LP relaxation: " + std::to_string(glp_get_it_cnt(model.lp)) +
                                   " simplex iterations");
      if (timeUp()) {
        out.timeLimit = true;
        return out;
      }
      continue;
    }
    if (ret == GLP_ETMLIM) {
      out.timeLimit = true;
      return out;
    }
    if (ret != 0 || glp_get_status(model.lp) != GLP_OPT)
      throw InputError("the LP relaxation of the site selection model was not solved (GLPK "
                       "status " +
                       std::to_string(glp_get_status(model.lp)) + ")");
    break;
  }
  out.lpSolved = true;
  out.lowerBound = glp_get_obj_val(model.lp) + model.constant;
  if (!settings.integer)
    return out;

  CallbackState state;
  state.model = &model;
  state.settings = &settings;
  state.begin = begin;
  state.lastReport = begin;
  if (!seed.empty())
    state.seed = columnValues(model, c, seed);
  glp_iocp iocp;
  glp_init_iocp(&iocp);
  iocp.msg_lev = GLP_MSG_OFF;
  iocp.presolve = GLP_OFF; // the heuristic's solution is given in the original columns
  iocp.tm_lim = remainingMs();
  iocp.cb_func = callback;
  iocp.cb_info = &state;
  const int ret = glp_intopt(model.lp, &iocp);
  if (state.cancelled)
    throw Cancelled();
  const int status = glp_mip_status(model.lp);
  if (ret == GLP_ETMLIM)
    out.timeLimit = true;
  else if (ret != 0)
    throw InputError("GLPK's branch and bound failed on the site selection model (code " +
                     std::to_string(ret) + ")");
  if (status == GLP_OPT || status == GLP_FEAS) {
    out.integerSolved = true;
    out.optimal = status == GLP_OPT && ret == 0;
    out.cost = glp_mip_obj_val(model.lp) + model.constant;
    for (std::size_t col = 0; col < model.columnSite.size(); ++col)
      if (glp_mip_col_val(model.lp, static_cast<int>(col) + 1) > 0.5)
        out.chosen.push_back(model.columnSite[col]);
  }
  if (std::isfinite(state.bound))
    out.lowerBound = std::max(out.lowerBound, state.bound + model.constant);
  if (out.optimal)
    out.lowerBound = out.cost;
  return out;
}

} // namespace resilience
