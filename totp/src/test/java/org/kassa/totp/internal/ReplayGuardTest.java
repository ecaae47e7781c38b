package org.kassa.totp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replay memory forgets passwords once they would have expired anyway, so it stays small. */
class ReplayGuardTest {

    @Test
    void usedPasswordsAreRememberedForTheGivenTimeThenPurged() {
        ReplayGuard guard = new ReplayGuard(90);
        for (int i = 0; i < 1000; i++) {
            guard.markUsed("card" + i, "12345678", 1000);
        }
        assertThat(guard.size()).isEqualTo(1000);
        assertThat(guard.wasUsed("card7", "12345678", 1090)).isTrue();
        assertThat(guard.wasUsed("card7", "12345679", 1090)).isFalse();
        assertThat(guard.wasUsed("card7", "12345678", 1091)).isFalse();

        guard.markUsed("late", "00000000", 1091);
        assertThat(guard.size()).as("the 1000 old entries are purged by the next sale").isEqualTo(1);
        assertThat(guard.wasUsed("late", "00000000", 1100)).isTrue();
    }

    @Test
    void cardNumberAndPasswordCannotBeConfusedAcrossTheirBoundary() {
        ReplayGuard guard = new ReplayGuard(90);
        guard.markUsed("12", "345", 0);
        assertThat(guard.wasUsed("1", "2345", 0)).isFalse();
        assertThat(guard.wasUsed("12", "345", 0)).isTrue();
    }
}
