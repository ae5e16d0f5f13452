/**
 * Drawing the map with Java2D into any {@link java.awt.Graphics2D}: screen layer images, PNG, PDF and SVG exports
 * share this code. Nothing here touches JavaFX; callers run it on a background thread.
 */
package cn.yangquan.atlas.render;
