package com.example.orders.core.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    private static final PageCursor CURSOR = PageCursor.withRandomKey();
    private static final PageCursor.Position POSITION =
            new PageCursor.Position("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10", "2026-11-24T10:15:30.123Z");

    @Test
    void sealedPositionOpensToItself() {
        assertThat(CURSOR.open(CURSOR.seal(POSITION, "status=PENDING"), "status=PENDING")).isEqualTo(POSITION);
    }

    @Test
    void tokenRevealsNoTableKeys() {
        String token = CURSOR.seal(POSITION, "status=PENDING");
        assertThat(new String(Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("0b6f3a8e", "2026-11-24");
    }

    @Test
    void tokenIsUrlSafe() {
        assertThat(CURSOR.seal(POSITION, "status=PENDING")).matches("^[A-Za-z0-9_-]+$");
    }

    @Test
    void alteredTokenIsRejected() {
        byte[] raw = Base64.getUrlDecoder().decode(CURSOR.seal(POSITION, "status=PENDING"));
        raw[raw.length - 5] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThatThrownBy(() -> CURSOR.open(altered, "status=PENDING")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void tokenForAnotherListingIsRejected() {
        String token = CURSOR.seal(POSITION, "status=PENDING");
        assertThatThrownBy(() -> CURSOR.open(token, "status=COMPLETED")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void tokenFromAnotherKeyIsRejected() {
        String token = PageCursor.withRandomKey().seal(POSITION, "status=PENDING");
        assertThatThrownBy(() -> CURSOR.open(token, "status=PENDING")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> CURSOR.open("not*base64", "status=PENDING")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void forgedTokenOfTheRightShapeIsRejected() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);
        assertThatThrownBy(() -> CURSOR.open(forged, "status=PENDING")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void keyOfWrongLengthIsRefused() {
        assertThatThrownBy(() -> new PageCursor(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameSecretOpensTheOtherInstancesTokens() {
        String secret = "a-secret-of-at-least-thirty-two-characters";
        String token = PageCursor.fromSecret(secret).seal(POSITION, "status=PENDING");
        assertThat(PageCursor.fromSecret(secret).open(token, "status=PENDING")).isEqualTo(POSITION);
    }

    @Test
    void shortSecretIsRefused() {
        assertThatThrownBy(() -> PageCursor.fromSecret("too-short")).isInstanceOf(IllegalArgumentException.class);
    }
}
