package com.example.orders.order.notify;

import com.example.orders.lambda.FunctionEnvironment;
import java.util.Locale;

/** The notifier's own configuration; a channel is switched off per stage without a redeploy of code. */
public record NotificationSettings(boolean emailEnabled, boolean smsEnabled, String emailSender, String service) {

    public static final String EMAIL_ENABLED = "NOTIFY_EMAIL_ENABLED";
    public static final String SMS_ENABLED = "NOTIFY_SMS_ENABLED";
    public static final String EMAIL_SENDER = "NOTIFY_EMAIL_SENDER";
    public static final String DEFAULT_EMAIL_SENDER = "orders@example.com";

    public static NotificationSettings from(FunctionEnvironment env) {
        return new NotificationSettings(
                flag(env, EMAIL_ENABLED),
                flag(env, SMS_ENABLED),
                env.optional(EMAIL_SENDER, DEFAULT_EMAIL_SENDER),
                env.optional("POWERTOOLS_SERVICE_NAME", "order-notify"));
    }

    public boolean enabled(Channel channel) {
        return switch (channel) {
            case EMAIL -> emailEnabled;
            case SMS -> smsEnabled;
        };
    }

    /** Strict, so a typo such as "flase" stops the start instead of silently sending. */
    private static boolean flag(FunctionEnvironment env, String name) {
        return switch (env.optional(name, "true").strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("Environment variable " + name + " must be true or false");
        };
    }
}
