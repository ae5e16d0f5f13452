/**
 * The atlas's domain: features, layers, the viewport and the map project state.
 * Nothing here knows about files, Java2D or JavaFX; everything is immutable or confined to one thread.
 */
package cn.yangquan.atlas.model;
