package org.kassa.app.cli.till;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.staff.StaffMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa user add|list|passwd}: the till's users. PINs come from the terminal or stdin, one per line. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Till users (operator, supervisor, administrator) with PINs stored as Argon2id hashes.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
            UserCommand.Card.class})
public final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kassa user add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user. The first user of a till must be an administrator and needs no approval;",
                "later ones need --admin LOGIN. Standard input: the administrator's PIN (if --admin), then the new",
                "user's PIN."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;
        @Option(names = "--login", required = true, description = "2-32 lowercase letters, digits, . _ -")
        String login;
        @Option(names = "--name", description = "The name shown on screens and in the audit (default: the login).")
        String name;
        @Option(names = "--role", required = true, paramLabel = "operator|supervisor|administrator")
        String role;
        @Option(names = "--admin", paramLabel = "LOGIN", description = "The administrator approving this.")
        String admin;

        @Override
        public Integer call() {
            Role wanted = role(spec, role);
            PinInput pins = new PinInput();
            try (TillRuntime runtime = TillCommands.open(config)) {
                return TillCommands.refusals(runtime, () -> {
                    Staff staff = runtime.staff();
                    Approval by = admin == null ? null : staff.verify(admin, pins.next("PIN of " + admin),
                            Role.ADMINISTRATOR, "user.add", null);
                    char[] pin = pins.next("PIN of the new user " + login);
                    StaffMember added = staff.add(login, name, wanted, pin, by);
                    Staff.wipe(pin);
                    new SaleEvents(spec.commandLine().getOut()).print(json("user.added", added));
                    return 0;
                });
            }
        }
    }

    /** {@code kassa user list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "One JSON line per user (no PINs).")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;

        @Override
        public Integer call() {
            try (TillRuntime runtime = TillCommands.open(config)) {
                SaleEvents out = new SaleEvents(spec.commandLine().getOut());
                runtime.staff().list().forEach(m -> out.print(json("user", m)));
                return 0;
            }
        }
    }

    /** {@code kassa user passwd}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Changes a PIN. Standard input: the user's current PIN (or, with --admin, the",
                "administrator's PIN), then the new PIN. An administrator's change also lifts a lock-out."})
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;
        @Option(names = "--login", required = true)
        String login;
        @Option(names = "--admin", paramLabel = "LOGIN", description = "An administrator sets the PIN instead.")
        String admin;

        @Override
        public Integer call() {
            PinInput pins = new PinInput();
            try (TillRuntime runtime = TillCommands.open(config)) {
                return TillCommands.refusals(runtime, () -> {
                    Staff staff = runtime.staff();
                    if (admin != null) {
                        Approval by = staff.verify(admin, pins.next("PIN of " + admin), Role.ADMINISTRATOR,
                                "user.passwd", null);
                        staff.changePin(login, null, pins.next("new PIN of " + login), by);
                    } else {
                        char[] old = pins.next("current PIN of " + login);
                        staff.changePin(login, old, pins.next("new PIN of " + login), null);
                    }
                    new SaleEvents(spec.commandLine().getOut()).print(Map.of("event", "user.pin.changed",
                            "login", login));
                    return 0;
                });
            }
        }
    }

    /** {@code kassa user card}. */
    @Command(name = "card", mixinStandardHelpOptions = true,
            description = {"Gives a supervisor a supervisor card (its barcode is stored hashed). Standard input: the",
                "administrator's PIN, then the card's barcode as the scanner reads it."})
    static final class Card implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;
        @Option(names = "--login", required = true)
        String login;
        @Option(names = "--admin", required = true, paramLabel = "LOGIN")
        String admin;

        @Override
        public Integer call() {
            PinInput pins = new PinInput();
            try (TillRuntime runtime = TillCommands.open(config)) {
                return TillCommands.refusals(runtime, () -> {
                    Staff staff = runtime.staff();
                    Approval by = staff.verify(admin, pins.next("PIN of " + admin), Role.ADMINISTRATOR, "user.card",
                            null);
                    char[] card = pins.next("barcode of the supervisor card");
                    staff.setCard(login, card, by);
                    Staff.wipe(card);
                    new SaleEvents(spec.commandLine().getOut()).print(Map.of("event", "user.card.set",
                            "login", login));
                    return 0;
                });
            }
        }
    }

    static Role role(CommandSpec spec, String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--role: '" + text
                    + "' is not allowed; allowed: operator, supervisor, administrator");
        }
    }

    private static Map<String, Object> json(String event, StaffMember m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", event);
        json.put("login", m.login());
        json.put("name", m.displayName());
        json.put("role", m.role().name());
        json.put("card", m.hasCard());
        json.put("lockedUntil", m.lockedUntil() == null ? null : m.lockedUntil().toString());
        return json;
    }
}
