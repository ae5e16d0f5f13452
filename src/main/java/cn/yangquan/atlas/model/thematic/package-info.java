/**
 * Thematic maps from per-township statistics: tables joined to townships by code or name, classifications
 * (quantile, equal interval, natural breaks) and colour ramps that read in print and for colour-blind viewers.
 */
package cn.yangquan.atlas.model.thematic;
