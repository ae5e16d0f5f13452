package cn.yangquan.atlas.model.register;

import java.util.Locale;

/** What a figure of the plan is; serialised in lower case ("target", "baseline", "resource", "relative"). */
public enum TargetKind {
    /** An aim to be reached ("达到30万亩"). */
    TARGET,
    /** A baseline or current figure ("现有1.3万亩"). */
    BASELINE,
    /** A resource or context figure the aim draws on ("依托64万亩富硒土壤"). */
    RESOURCE,
    /** An aim relative to a base ("面积翻番", "增长10%"), with the base in {@link Target#relativeTo()}. */
    RELATIVE;

    /** The lower-case name used in the register and in JSON output. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
