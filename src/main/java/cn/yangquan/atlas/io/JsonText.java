package cn.yangquan.atlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's messages in plain words: its own cause, without its notes on what it was reading from. */
final class JsonText {
    private JsonText() {
    }

    /**
     * The first line of the cause, with Jackson's source notes taken out: "start marker at [Source: REDACTED
     * (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled); line: 1, column: 1]" reads "start marker at line 1,
     * column 1".
     */
    static String plain(JsonProcessingException e) {
        String text = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        text = text.lines().findFirst().orElse(text);
        text = text.replaceAll("\\[Source: [^;\\]]*(; )?", "[").replaceAll("\\[line: (\\d+), column: (\\d+)]",
                "line $1, column $2").replace("[]", "");
        return text.replaceAll("\\s+", " ").strip();
    }
}
