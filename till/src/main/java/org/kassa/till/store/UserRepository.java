package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Till users (table till_user). */
public final class UserRepository {

    private static final String COLUMNS = "login, display_name, role, pin_hash, card_hash, failed_attempts, "
            + "locked_until, created_at, updated_at";

    private final Jdbc jdbc;

    UserRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws StoreException if the login is taken */
    public void insert(UserRow u) {
        jdbc.update("store a new user", "INSERT INTO till_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.login(), u.displayName(), u.role(), u.pinHash(), u.cardHash(), u.failedAttempts(), u.lockedUntil(),
                u.createdAt(), u.updatedAt());
    }

    public Optional<UserRow> find(String login) {
        return jdbc.one("read a user", "SELECT " + COLUMNS + " FROM till_user WHERE login = ?", UserRepository::map,
                login);
    }

    /** Every user, by login. */
    public List<UserRow> list() {
        return jdbc.query("list users", "SELECT " + COLUMNS + " FROM till_user ORDER BY login", UserRepository::map);
    }

    public long count() {
        return jdbc.one("count users", "SELECT COUNT(*) FROM till_user", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Users that have a supervisor card. */
    public List<UserRow> withCards() {
        return jdbc.query("read users with a card", "SELECT " + COLUMNS + " FROM till_user WHERE card_hash IS NOT NULL "
                + "ORDER BY login", UserRepository::map);
    }

    /** Stores the count of wrong PINs and the lock. */
    public void attempts(String login, int failed, Instant lockedUntil, Instant at) {
        jdbc.update("store a PIN attempt", "UPDATE till_user SET failed_attempts = ?, locked_until = ?, updated_at = ? "
                + "WHERE login = ?", failed, lockedUntil, at, login);
    }

    /** A new PIN hash; the lock and the count of wrong PINs are cleared. */
    public void changePin(String login, String pinHash, Instant at) {
        int n = jdbc.update("change a PIN", "UPDATE till_user SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, "
                + "updated_at = ? WHERE login = ?", pinHash, at, login);
        if (n == 0) {
            throw new StoreException("no user '" + login + "'");
        }
    }

    public void changeCard(String login, String cardHash, Instant at) {
        jdbc.update("change a supervisor card", "UPDATE till_user SET card_hash = ?, updated_at = ? WHERE login = ?",
                cardHash, at, login);
    }

    private static UserRow map(ResultSet rs) throws SQLException {
        return new UserRow(rs.getString("login"), rs.getString("display_name"), rs.getString("role"),
                rs.getString("pin_hash"), rs.getString("card_hash"), rs.getInt("failed_attempts"),
                Jdbc.instant(rs, "locked_until"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
