package cn.yangquan.atlas.model.register;

/** A county-level unit (区 or 县) with its 6-digit statistical code. */
public record County(String code, String name, String nameEn) {
}
