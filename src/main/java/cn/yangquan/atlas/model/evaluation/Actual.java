package cn.yangquan.atlas.model.evaluation;

/**
 * What a planner entered for one figure: never part of the register, kept in the project file.
 *
 * @param value  the actual value as a number in the figure's unit (a ratio "2.08:1" keeps its first number); null
 *               when none was given
 * @param year   the year the value is for (e.g. 2025); null when not given
 * @param source where the value comes from (2025年统计年鉴, 部门报送); may be empty
 * @param note   a free note; may be empty
 * @param judged the planner's judged status for a text target ({@link Status#MET} or {@link Status#NOT_MET}); null
 */
public record Actual(Double value, Integer year, String source, String note, Status judged) {
    public Actual {
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /** Whether anything was entered at all. */
    public boolean empty() {
        return value == null && year == null && source.isBlank() && note.isBlank() && judged == null;
    }

    public Actual withValue(Double newValue) {
        return new Actual(newValue, year, source, note, judged);
    }
}
