package cn.yangquan.atlas.model.style;

/** Line patterns that keep overlapping zones readable where plain fills would blend into mud. */
public enum Hatch {
    NONE, DIAGONAL, BACK_DIAGONAL, HORIZONTAL, VERTICAL, CROSS, DIAGONAL_CROSS, DOTS
}
