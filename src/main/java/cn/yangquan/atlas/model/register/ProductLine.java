package cn.yangquan.atlas.model.register;

/** One product line of an industry (e.g. 果蔬制品: vegetables, or apples and pears). */
public record ProductLine(String id, String name, String nameEn) {
}
