package cn.yangquan.atlas.testing;

import cn.yangquan.atlas.i18n.Messages;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test starts with problems reported in English, whatever an earlier test in the same JVM chose, so that reader
 * tests that match English text do not depend on test order. Commands and the window set the language themselves
 * ({@code --lang}); a test of Chinese wording sets it. Registered for every test through
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and {@code junit-platform.properties}.
 */
public final class EnglishReports implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.setReportLanguage("en");
    }
}
