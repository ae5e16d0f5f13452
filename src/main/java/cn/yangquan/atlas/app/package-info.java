/** Start-up and wiring: the command line, the JavaFX application and the loading of everything the atlas shows. */
package cn.yangquan.atlas.app;
