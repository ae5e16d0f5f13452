/**
 * The JavaFX window: map view, layer tree, legend, inspector, search and warnings. Views are thin; drawing happens
 * in {@code render} on background threads and the finished images are swapped in on the FX thread.
 */
package cn.yangquan.atlas.ui;
