package org.kassa.app.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigMaskingTest {

    @Test
    void secretsAndTheirContinuationLinesAndUrlPasswordsAreMaskedTheRestKept() {
        String text = String.join("\n",
                "# pay.password = in-a-comment is a comment \\",
                "pay.login = shop-1",
                "pay.password=s3cr3t",
                "  totp.key : 3132\\",
                "    3334",
                "mealcard.callbackKey =",
                "store.jdbcUrl = jdbc:postgresql://db/kassa?user=k&password=pg-pass",
                "pay.storeId = 00000000-0000-4000-8000-000000000001");

        String masked = ConfigMasking.mask(text);

        assertThat(masked).contains("pay.login = shop-1", "pay.password=***", "  totp.key : ***", "\n***\n",
                "mealcard.callbackKey =\n", "password=***", "pay.storeId = 00000000-0000-4000-8000-000000000001",
                "# pay.password = in-a-comment");
        assertThat(masked).doesNotContain("s3cr3t", "3132", "3334", "pg-pass");
    }

    @Test
    void theCentralStorePasswordIsMaskedItsUrlAndUserKept() {
        String masked = ConfigMasking.mask(String.join("\n",
                "store.central.url = jdbc:postgresql://shop-server:5432/kassa?sslmode=verify-full",
                "store.central.user = till1",
                "store.central.password = central-S3cret"));
        assertThat(masked).contains("store.central.url = jdbc:postgresql://shop-server:5432/kassa?sslmode=verify-full",
                "store.central.user = till1", "store.central.password = ***");
        assertThat(masked).doesNotContain("central-S3cret");
    }
}
