package cn.yangquan.atlas.model.thematic;

/** How class bounds are chosen from the values. */
public enum ClassificationMethod {
    /** Each class holds about the same number of townships. */
    QUANTILE,
    /** Classes of equal width between the smallest and largest value. */
    EQUAL_INTERVAL,
    /** Jenks natural breaks: bounds where the values themselves have gaps (minimum within-class variance). */
    NATURAL_BREAKS
}
