package org.kassa.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kassa.app.till.drill.CrashDrill;
import org.kassa.app.till.drill.DrillPoint;
import org.kassa.till.TillRecords;

/** The drill's switch: its points parse or fail with the expected form, and without the property it is inert. */
class CrashDrillPointTest {

    @Test
    void pointsParseWithTheirOccurrence() {
        assertThat(DrillPoint.parse("before:CHECKOUT")).isEqualTo(new DrillPoint("before", "CHECKOUT", 1));
        assertThat(DrillPoint.parse(" answered:status#3 ")).isEqualTo(new DrillPoint("answered", "STATUS", 3));
        assertThat(DrillPoint.parse("print:RECEIPT").toString()).isEqualTo("print:RECEIPT#1");
    }

    @Test
    void aBadPointNamesTheExpectedForm() {
        assertThatThrownBy(() -> DrillPoint.parse("checkout")).hasMessageContaining("KIND:NAME[#N]")
                .hasMessageContaining("before, answered, payment, sale, print");
        assertThatThrownBy(() -> DrillPoint.parse("crash:CHECKOUT")).hasMessageContaining("kassa.drill.pauseAt");
        assertThatThrownBy(() -> DrillPoint.parse("before:STATUS#0")).hasMessageContaining("from 1");
        assertThatThrownBy(() -> DrillPoint.parse("before:STATUS#x")).hasMessageContaining("from 1");
    }

    @Test
    void withoutThePropertyTheRecordsAreNotWrapped() {
        assertThat(System.getProperty(CrashDrill.PROPERTY)).as("the test JVM never arms the drill").isNull();
        TillRecords records = (TillRecords) java.lang.reflect.Proxy.newProxyInstance(
                TillRecords.class.getClassLoader(), new Class<?>[] {TillRecords.class}, (proxy, method, args) -> null);
        assertThat(CrashDrill.arm(records)).isSameAs(records);
    }
}
