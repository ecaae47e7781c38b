package org.kassa.app.cli.till;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.kassa.app.cli.CommandFailure;

/**
 * PINs for one command: typed at the terminal without echo, or one per line on standard input (scripts, tests).
 * Never a command-line flag: those end up in shell history and process lists.
 */
final class PinInput {

    private final Console console = System.console();
    private BufferedReader stdin;

    /** The next PIN; {@code what} names it in the prompt and in the message when none comes. */
    char[] next(String what) {
        if (console != null) {
            char[] pin = console.readPassword("%s: ", what);
            if (pin == null || pin.length == 0) {
                throw new CommandFailure("no " + what + " was typed; type it and press Enter");
            }
            return pin;
        }
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = stdin.readLine();
            if (line == null || line.isBlank()) {
                throw new CommandFailure("no " + what + " on standard input; give one per line, e.g. "
                        + "printf '1234\\n' | kassa ...");
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new CommandFailure("cannot read the " + what + " from standard input: " + e.getMessage());
        }
    }
}
