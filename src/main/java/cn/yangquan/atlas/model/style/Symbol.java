package cn.yangquan.atlas.model.style;

/** Point marker shapes. */
public enum Symbol {
    NONE, CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR, PENTAGON, HEXAGON, PIN
}
