/** Immutable style records, read from {@code maps/styles.json}: fills, outlines, hatches, symbols and labels. */
package cn.yangquan.atlas.model.style;
