package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** A provider with a higher priority on the class path replaces Kassa's own (docs/decisions/0003). */
class ServiceLoaderTest {

    @Test
    void bothProvidersAreFoundAndTheHigherPriorityWins() {
        assertThat(ServiceLoader.load(PasscodeVerifyProvider.class).stream().map(p -> p.get().name()))
                .containsExactlyInAnyOrder("kassa", "test-vendor");
        assertThat(Passcodes.provider().name()).isEqualTo("test-vendor");
        assertThat(Passcodes.provider()).isInstanceOf(PriorityTestProvider.class);
    }

    @Test
    void createUsesTheWinningProviderOnTheSystemClock() {
        TotpSettings settings = Fixtures.settings();
        PasscodeVerify verify = Passcodes.create(settings);
        String barcode = new BarcodeGenerator(settings).barcode("1", null, System.currentTimeMillis() / 1000);
        assertThat(verify.barcodeVerify(barcode).resultCode()).isEqualTo(ResultCode.CARDSESSION_NOT_AVAILABLE);
        String fingerprint = new String(java.util.Base64.getDecoder().decode(
                verify.getToken(new byte[0]).replaceAll("[0-9]{8}$", "")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fingerprint).as("made by the test provider").startsWith("cpu;vendor;serial;");
    }

    @Test
    void withoutOtherProvidersKassasOwnIsUsed() throws Exception {
        // A class loader that sees only the main classes' services file.
        ClassLoader parent = ServiceLoaderTest.class.getClassLoader();
        ClassLoader onlyMain = new ClassLoader(parent) {
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
                java.util.List<java.net.URL> kept = new java.util.ArrayList<>();
                for (java.net.URL url : java.util.Collections.list(parent.getResources(name))) {
                    if (!url.toString().contains("test-classes")) {
                        kept.add(url);
                    }
                }
                return java.util.Collections.enumeration(kept);
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(onlyMain);
        try {
            assertThat(Passcodes.provider().name()).isEqualTo("kassa");
            assertThat(Passcodes.provider().priority()).isZero();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
