package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.i18n.Messages;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/cn/yangquan/atlas/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws Exception {
        assertThat(load("messages_en.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenWithEn() {
        assertThat(Messages.forLanguage("zh").get("app.title")).isEqualTo("阳泉农业农村规划图览");
        assertThat(Messages.forLanguage("en").get("app.title")).isEqualTo("Yangquan Plan Atlas");
        assertThat(Messages.forLanguage("en").get("status.scale", 250000)).isEqualTo("Scale 1:250,000");
    }
}
