package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterAddressTest {

    @ParameterizedTest
    @CsvSource({
        "tcp://10.0.0.7,                    tcp://10.0.0.7:9100",
        "tcp://printer.local:9101,          tcp://printer.local:9101",
        "serial:/dev/ttyUSB0,               'serial:/dev/ttyUSB0,baud=19200'",
        "'serial:/dev/ttyS1,baud=9600',     'serial:/dev/ttyS1,baud=9600'",
        "file:/dev/usb/lp0,                 file:/dev/usb/lp0",
        "virtual,                           virtual"})
    void parsesTheDocumentedForms(String text, String shown) {
        assertThat(PrinterAddress.parse(text)).hasToString(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lpt1                        | is not a printer address; use tcp://",
        "tcp://:9100                 | has no valid host",
        "tcp://host:99999            | port '99999' is not a number in 1..65535",
        "serial:/dev/ttyUSB0,speed=9 | unknown option 'speed=9'",
        "serial:/dev/ttyUSB0,baud=x  | baud 'x' is not a number",
        "file:                       | has no path"})
    void badAddressesSayWhatToWrite(String text, String message) {
        assertThatThrownBy(() -> PrinterAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
