package org.kassa.till.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.store.AuditRow;
import org.kassa.till.store.StoreException;
import org.kassa.till.store.TillStore;
import org.kassa.till.store.UserRow;

/**
 * The till's users: adding them, their PINs and supervisor cards (Argon2id hashes only), checking a PIN with
 * lock-out, and the audit trail of every approval, refusal and change (docs/decisions/0131). Refusals are
 * {@link SaleRuleException}s with keys {@code staff.*} whose text says what to do.
 */
public final class Staff {

    /** Wrong PINs in a row before the user is locked. */
    public static final int ATTEMPTS = 5;
    /** The first lock; each further wrong PIN after a lock doubles it, up to {@link #MAX_LOCK}. */
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration MAX_LOCK = Duration.ofHours(1);

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private static final Pattern PIN = Pattern.compile("\\d{4,12}");

    private final TillStore store;
    private final String tillId;
    private final Clock clock;
    private final PinHasher hasher;

    public Staff(TillStore store, String tillId, Clock clock, PinHasher hasher) {
        this.store = store;
        this.tillId = tillId;
        this.clock = clock;
        this.hasher = hasher;
    }

    public Staff(TillStore store, String tillId, Clock clock) {
        this(store, tillId, clock, PinHasher.standard());
    }

    /** True before the first user exists: then the first one added must be an administrator. */
    public boolean isEmpty() {
        return store.users().count() == 0;
    }

    /**
     * Adds a user. {@code by} is an administrator's approval, or null only for the very first user, who must be
     * an administrator.
     */
    public StaffMember add(String login, String displayName, Role role, char[] pin, Approval by) {
        String name = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(name).matches()) {
            throw new SaleRuleException("staff.login.format", login);
        }
        checkPinFormat(pin);
        boolean first = isEmpty();
        if (first && role != Role.ADMINISTRATOR) {
            throw new SaleRuleException("staff.first.administrator");
        }
        if (!first) {
            requireRole(by, Role.ADMINISTRATOR);
        }
        if (store.users().find(name).isPresent()) {
            throw new SaleRuleException("staff.login.taken", name);
        }
        Instant now = clock.instant();
        try {
            store.users().insert(new UserRow(name, displayName == null || displayName.isBlank() ? name : displayName,
                    role.name(), hasher.hash(pin), null, 0, null, now, now));
        } catch (StoreException e) {
            throw new SaleRuleException("staff.login.taken", name);
        }
        audit(by == null ? name : by.login(), "user.added", null, name + " " + role);
        return member(store.users().find(name).orElseThrow());
    }

    public List<StaffMember> list() {
        return store.users().list().stream().map(Staff::member).toList();
    }

    /** A user changes their own PIN (old PIN checked), or an administrator's approval sets it. */
    public void changePin(String login, char[] oldPin, char[] newPin, Approval administrator) {
        checkPinFormat(newPin);
        String actor;
        if (administrator != null) {
            requireRole(administrator, Role.ADMINISTRATOR);
            user(login);
            actor = administrator.login();
        } else {
            actor = verify(login, oldPin, Role.OPERATOR, "pin.change", null).login();
        }
        store.users().changePin(login, hasher.hash(newPin), clock.instant());
        audit(actor, "user.pin.changed", null, login);
    }

    /** Gives a supervisor a card (its barcode is stored hashed); an administrator approves. */
    public void setCard(String login, char[] barcode, Approval administrator) {
        requireRole(administrator, Role.ADMINISTRATOR);
        UserRow user = user(login);
        if (!Role.valueOf(user.role()).mayActAs(Role.SUPERVISOR)) {
            throw new SaleRuleException("staff.card.notSupervisor", login);
        }
        if (barcode == null || barcode.length < 6) {
            throw new SaleRuleException("staff.card.format");
        }
        store.users().changeCard(login, hasher.hash(barcode), clock.instant());
        audit(administrator.login(), "user.card.set", null, login);
    }

    /**
     * Checks a PIN and the role for an action, and writes the approval or the refusal to the audit trail.
     *
     * @throws SaleRuleException {@code staff.unknown}, {@code staff.locked}, {@code staff.pin.wrong} or
     *                           {@code staff.role}
     */
    public Approval verify(String login, char[] pin, Role needed, String action, String saleId) {
        UserRow user = store.users().find(login == null ? "" : login.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> refused(String.valueOf(login), action, saleId, "unknown user",
                        new SaleRuleException("staff.unknown", login)));
        Instant now = clock.instant();
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            throw refused(user.login(), action, saleId, "locked", new SaleRuleException("staff.locked", user.login(),
                    Duration.between(now, user.lockedUntil()).toSeconds() + 1));
        }
        if (pin == null || !hasher.matches(pin, user.pinHash())) {
            int failed = user.failedAttempts() + 1;
            Instant lock = failed >= ATTEMPTS ? now.plus(lockFor(failed)) : null;
            store.users().attempts(user.login(), failed, lock, now);
            SaleRuleException e = lock != null
                    ? new SaleRuleException("staff.locked", user.login(), lockFor(failed).toSeconds())
                    : new SaleRuleException("staff.pin.wrong", user.login(), ATTEMPTS - failed);
            throw refused(user.login(), action, saleId, "wrong PIN " + failed, e);
        }
        if (user.failedAttempts() > 0) {
            store.users().attempts(user.login(), 0, null, now);
        }
        return approve(user, needed, action, saleId, "PIN");
    }

    /** Checks a scanned supervisor card against every stored card hash. */
    public Approval verifyCard(char[] barcode, Role needed, String action, String saleId) {
        for (UserRow user : store.users().withCards()) {
            if (hasher.matches(barcode, user.cardHash())) {
                return approve(user, needed, action, saleId, "CARD");
            }
        }
        throw refused("card", action, saleId, "unknown card", new SaleRuleException("staff.card.unknown"));
    }

    /** Writes one audit entry. */
    public void audit(String actor, String action, String saleId, String detail) {
        store.audit().insert(new AuditRow(UUID.randomUUID().toString(), clock.instant(), tillId, actor, action,
                saleId, detail));
    }

    /** How long a user is locked after {@code failed} wrong PINs in a row. */
    public static Duration lockFor(int failed) {
        int doublings = Math.min(20, Math.max(0, failed - ATTEMPTS));
        Duration d = FIRST_LOCK.multipliedBy(1L << doublings);
        return d.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : d;
    }

    private Approval approve(UserRow user, Role needed, String action, String saleId, String how) {
        Role role = Role.valueOf(user.role());
        if (!role.mayActAs(needed)) {
            throw refused(user.login(), action, saleId, "role " + role, new SaleRuleException("staff.role",
                    user.login(), needed));
        }
        audit(user.login(), action + ".approved", saleId, how);
        return new Approval(user.login(), role, clock.instant(), how);
    }

    private SaleRuleException refused(String actor, String action, String saleId, String why, SaleRuleException e) {
        audit(actor, action + ".refused", saleId, why);
        return e;
    }

    private static void requireRole(Approval by, Role needed) {
        if (by == null || !by.mayActAs(needed)) {
            throw new SaleRuleException("staff.role", by == null ? "?" : by.login(), needed);
        }
    }

    private static void checkPinFormat(char[] pin) {
        if (pin == null || !PIN.matcher(new String(pin)).matches()) {
            throw new SaleRuleException("staff.pin.format");
        }
    }

    private UserRow user(String login) {
        return store.users().find(login).orElseThrow(() -> new SaleRuleException("staff.unknown", login));
    }

    private static StaffMember member(UserRow u) {
        return new StaffMember(u.login(), u.displayName(), Role.valueOf(u.role()), u.cardHash() != null,
                u.lockedUntil());
    }

    /** Overwrites a PIN held in memory once it is no longer needed. */
    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
