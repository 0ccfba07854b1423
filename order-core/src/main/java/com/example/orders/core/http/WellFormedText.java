package com.example.orders.core.http;

/** Strings as the contract admits them: well-formed Unicode, without noncharacters. */
final class WellFormedText {

    private WellFormedText() {
    }

    /** Whether {@code text} is well-formed Unicode and free of noncharacters, as the contract requires of every string. */
    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean unpairedSurrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
            boolean noncharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
            if (unpairedSurrogate || noncharacter) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
