package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every label of both bundles prints on every shipped profile: no '?' on a real slip or report. */
class SlipTextsPrintableTest {

    static List<Arguments> profilesAndLanguages() {
        return PrinterProfiles.SHIPPED.stream()
                .flatMap(p -> java.util.stream.Stream.of(Arguments.of(p, Slips.RUSSIAN), Arguments.of(p, Locale.ENGLISH)))
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profilesAndLanguages")
    void slipsReportsAndTestPageHaveNoUnprintableCharacters(String name, Locale language) {
        PrinterProfile profile = PrinterProfiles.named(name);
        SlipData training = new SlipData(Samples.dolyameRefund(), "Магазин", "T", true);
        CashReport z = new CashReport(CashReport.Kind.Z, "S", "T", 1, Samples.AT, Samples.AT,
                java.util.Arrays.stream(CashReport.TotalKind.values()).map(k -> new CashReport.Total(k, 1, -100))
                        .toList(), List.of(Samples.sbpPayment(), Samples.dolyameRefund()), true);
        assertThat(Slips.testPage(profile, Samples.slip(Samples.sbpPayment()), language).warnings()).isEmpty();
        assertThat(Slips.koshelekSlip(profile, training, language).warnings()).isEmpty();
        assertThat(Slips.report(profile, z, language).warnings()).isEmpty();
        assertThat(Slips.report(profile, new CashReport(CashReport.Kind.X, "S", null, 1, Samples.AT, Samples.AT,
                List.of(), List.of(), false), language).warnings()).isEmpty();
    }
}
