/** User-visible text from resource bundles: Chinese first, English with {@code --lang en}. */
package cn.yangquan.atlas.i18n;
