package cn.yangquan.atlas.testing;

/**
 * Register targets the evaluation tests use, with the scope and kind the register gives them: two county targets of
 * 平定县, a township target of 孙家庄镇, a layer target, and a baseline and a resource that are no aims.
 */
public final class RegisterTargets {
    /** 平定县 中药材种植区 10万亩: county scope, target. */
    public static final String HERB = "t-pd-herb-area";
    /** 平定县 富硒杂粮种植区 5万亩: county scope, target. */
    public static final String SE_GRAIN = "t-pd-se-grain-area";
    /** 孙家庄镇精品杂粮生产区 15万亩: township scope, target. */
    public static final String SUNJIAZHUANG = "t-yx-coarse-grain-area";
    /** 粮食生产集聚区 高标准粮田 20万亩: layer scope, target. */
    public static final String GRAIN_FIELDS = "t-zone-grain-hs-fields";
    /** 西南舁1.3万亩林果基地: a baseline. */
    public static final String FRUIT_BASE = "t-zone-fruit-base";
    /** 依托64万亩富硒土壤: a resource. */
    public static final String SELENIUM_SOIL = "t-zone-selenium-soil";

    private RegisterTargets() {
    }
}
