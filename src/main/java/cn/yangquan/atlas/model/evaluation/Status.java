package cn.yangquan.atlas.model.evaluation;

import java.util.Locale;
import java.util.Optional;

/** How far a figure was reached; serialised in lower case ("met", "nearly_met", "not_met", "not_assessed"). */
public enum Status {
    MET, NEARLY_MET, NOT_MET, NOT_ASSESSED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the figure was assessed and fell short (nearly met counts as short). */
    public boolean missed() {
        return this == NEARLY_MET || this == NOT_MET;
    }

    /**
     * A planner's judged status as typed in the template: {@code met} or {@code not_met} (any case, also 达成/已达成,
     * 未达成); empty for anything else.
     */
    public static Optional<Status> judged(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (value) {
            case "met", "达成", "已达成" -> Optional.of(MET);
            case "not_met", "未达成" -> Optional.of(NOT_MET);
            default -> Optional.empty();
        };
    }
}
