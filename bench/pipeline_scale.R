# The pipeline scale benchmark's statistics done the way an R user would, with sf and spdep, on
# the inputs of pipeline_scale_data.py: read the GeoPackage and the CSV, join, composite index
# (z-scores, direction applied, domain means, mean of the domains), queen contiguity (poly2nb),
# empirical Bayes (EBlocal), Gi* (localG with include.self), local Moran with 999 conditional
# permutations (localmoran_perm), global Moran (moran.test), population-weighted means per
# gemeente, and the result written to a GeoPackage.
# Usage: Rscript pipeline_scale.R FOLDER   -> CSV: step,seconds
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
})
folder <- commandArgs(trailingOnly = TRUE)[1]
elapsed <- function(expr) unname(system.time(expr)["elapsed"])
emit <- function(step, seconds) cat(sprintf("%s,%.2f\n", step, seconds))
cat("step,seconds\n")

emit("read and join", elapsed({
  buurten <- st_read(file.path(folder, "buurten.gpkg"), "buurten", quiet = TRUE)
  table <- read.csv(file.path(folder, "indicators.csv"), colClasses = c(buurtcode = "character"))
  table$inkomen[!is.na(table$inkomen) & table$inkomen <= -99995] <- NA
  buurten <- merge(buurten, table, by = "buurtcode", sort = FALSE)
}))
emit("composite index", elapsed({
  z <- function(v, direction) direction * (v - mean(v, na.rm = TRUE)) / sd(v, na.rm = TRUE)
  personal <- rowMeans(cbind(z(buurten$inkomen, 1), z(buurten$werkloosheid, -1)), na.rm = TRUE)
  social <- rowMeans(cbind(z(buurten$eenpersoons, -1), z(buurten$ouderen, -1)), na.rm = TRUE)
  environmental <- z(buurten$groen, 1)
  buurten$resilience <- (personal + social + environmental) / 3
}))
emit("poly2nb queen", elapsed(nb <- poly2nb(buurten, queen = TRUE)))
lw <- nb2listw(nb, style = "W")
emit("EBlocal", elapsed(eb <- EBlocal(buurten$meldingen, buurten$inwoners, nb)))
emit("localG (Gi*)", elapsed(gi <- localG(buurten$resilience, nb2listw(include.self(nb)))))
emit("localmoran_perm 999", elapsed(lisa <- localmoran_perm(buurten$resilience, lw, nsim = 999,
                                                           iseed = 1)))
emit("moran.test", elapsed(moran.test(buurten$resilience, lw)))
emit("aggregate per gemeente", elapsed({
  w <- buurten$inwoners
  regions <- aggregate(cbind(sw = w * buurten$resilience, w = w) ~ gemeente,
                       data = st_drop_geometry(buurten), FUN = sum)
  regions$score_mean_w <- regions$sw / regions$w
}))
emit("write GeoPackage", elapsed({
  buurten$eb_local <- eb$est
  buurten$gi_z <- as.numeric(gi)
  buurten$lisa_i <- lisa[, "Ii"]
  buurten$lisa_p_sim <- lisa[, "Pr(folded) Sim"]
  st_write(buurten, file.path(tempdir(), "spdep_result.gpkg"), "clusters", quiet = TRUE,
           delete_dsn = TRUE)
}))
