package org.kassa.payclient.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.testing.RepositoryFiles;

/** The tips catalog covers every vendor code in both languages; anything else gets a tip naming the code. */
class OperatorTipsTest {

    private static final Path I18N = Path.of("src", "main", "resources", "org", "kassa", "payclient", "i18n");

    /** Codes in the error catalog of docs/contracts.md and in the vendor's OpenAPI enums: the independent lists. */
    static Set<String> vendorCodes() {
        Set<String> codes = new TreeSet<>();
        String contracts = RepositoryFiles.doc("contracts.md");
        int start = contracts.indexOf("### Pay API error catalog");
        String catalog = contracts.substring(start, contracts.indexOf("\n### ", start + 1));
        Matcher m = Pattern.compile("^\\| ([A-Z_, ]+?)(?: \\*\\*\\[ours|\\s*\\|)", Pattern.MULTILINE).matcher(catalog);
        while (m.find()) {
            for (String code : m.group(1).split(",\\s*")) {
                if (code.matches("[A-Z][A-Z_]+")) {
                    codes.add(code);
                }
            }
        }
        String openApi = RepositoryFiles.openApi();
        Matcher e = Pattern.compile("^\\s+- ([A-Z][A-Z_]{6,})$", Pattern.MULTILINE).matcher(openApi);
        while (e.find()) {
            if (!Set.of("INSTALLMENT", "DOLYAME").contains(e.group(1))) {
                codes.add(e.group(1));
            }
        }
        return codes;
    }

    @Test
    void theVendorListsAreReadCompletely() {
        assertThat(vendorCodes()).contains("UNKNOWN_SESSION_ID", "CANCEL_REFUNDING_BY_BANK", "INVALID_TOKEN",
                "PAYMENT_ORDER_IS_NOT_FOUND", "UNEXPECTED_REFUND_AMOUNT_LEFT_FROM_EXTERNAL_PROVIDER").hasSizeGreaterThan(18);
    }

    @Test
    void everyVendorAndKassaCodeHasBothLanguagesInTheShippedFiles() throws IOException {
        Properties ru = load("pay-tips.properties");
        Properties en = load("pay-tips_en.properties");
        Set<String> codes = new TreeSet<>(vendorCodes());
        codes.addAll(TipCodes.all());
        codes.add(TipCodes.UNKNOWN);
        for (String code : codes) {
            for (String part : new String[] {".what", ".next"}) {
                assertThat(ru.getProperty(code + part)).as("RU %s%s", code, part).isNotBlank();
                assertThat(en.getProperty(code + part)).as("EN %s%s", code, part).isNotBlank();
                assertThat(hasCyrillic(ru.getProperty(code + part))).as("RU %s%s is Russian", code, part).isTrue();
                assertThat(hasCyrillic(en.getProperty(code + part))).as("EN %s%s is English", code, part).isFalse();
            }
        }
        assertThat(TipCodes.VENDOR).containsAll(vendorCodes());
    }

    @Test
    void theCatalogServesRussianByDefaultAndEnglishOnRequest() {
        OperatorTip ru = OperatorTips.russian().tip("UNKNOWN_SESSION_ID");
        OperatorTip en = OperatorTips.forLanguage("en", 5).tip("UNKNOWN_SESSION_ID");

        assertThat(ru.known()).isTrue();
        assertThat(ru.next()).contains("Повторно отсканируйте карту лояльности");
        assertThat(en.next()).contains("Scan the loyalty card");
    }

    @Test
    void theRetryMinutesComeFromConfiguration() {
        assertThat(OperatorTips.forLanguage("ru", 7).tip("PAYMENT_TRANSACTION_IS_NOT_PAID").next()).contains("через 7 мин");
        assertThat(OperatorTips.forLanguage("en", 12).tip("PAYMENT_TRANSACTION_IS_NOT_PAID").next()).contains("in 12 minutes");
    }

    @Test
    void anUnknownCodeGetsTheGenericTipNamingIt() {
        for (OperatorTips tips : new OperatorTips[] {OperatorTips.russian(), OperatorTips.forLanguage("en", 5)}) {
            OperatorTip tip = tips.tip("BRAND_NEW_CODE_2027");
            assertThat(tip.known()).isFalse();
            assertThat(tip.code()).isEqualTo("BRAND_NEW_CODE_2027");
            assertThat(tip.text()).contains("BRAND_NEW_CODE_2027");
        }
        assertThat(OperatorTips.russian().tip(null).text()).isNotBlank();
        assertThat(OperatorTips.russian().tip("it's {0} a ' quote").text()).contains("it's {0} a ' quote");
    }

    private static boolean hasCyrillic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
