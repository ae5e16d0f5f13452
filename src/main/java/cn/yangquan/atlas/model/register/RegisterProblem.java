package cn.yangquan.atlas.model.register;

/** One thing wrong with the register: the file, the item (id or JSON path) and what is wrong. */
public record RegisterProblem(String file, String item, String message) {
    @Override
    public String toString() {
        return file + ": " + item + ": " + message;
    }
}
