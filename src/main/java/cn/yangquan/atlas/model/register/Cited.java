package cn.yangquan.atlas.model.register;

/** A plan fact with its citation: where in the plan it stands, the words that support it, and any reading of ours. */
public interface Cited {
    String source();

    String quote();

    /** Our reading where the plan is vague; null when the item is stated plainly. */
    default String interpretation() {
        return null;
    }
}
