package com.example.orders.localruntime.invariants;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.PaymentRecord;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The platform's promises about accepted orders, checked after a journey, a fault or a load run
 * against what the tables and the email outbox hold:
 * <ul>
 *   <li>every accepted order is final (COMPLETED or FAILED), waited for up to a deadline;</li>
 *   <li>a COMPLETED order was charged and its stock reserved, each once;</li>
 *   <li>a FAILED order is not charged (never charged, declined, refunded or cancelled) and holds no stock;</li>
 *   <li>each status change of an order with an email address was emailed exactly once.</li>
 * </ul>
 * Charges and reservations are idempotent per order (one payment row, one reservation marker), so
 * "once" is what the row and the marker say; the outbox holds every email SES accepted. Every
 * broken promise is reported, not just the first.
 */
public final class OrderInvariants {

    /** What the check found, for the report of the test or benchmark that ran it. */
    public record Counts(int orders, int completed, int failed, int charged, int refunded, int notifications) {

        @Override
        public String toString() {
            return "%d orders: %d COMPLETED, %d FAILED; %d charged, %d refunded or cancelled; %d emails"
                    .formatted(orders, completed, failed, charged, refunded, notifications);
        }
    }

    /** Promises broken, one line each. */
    public static final class Violated extends AssertionError {

        Violated(List<String> broken) {
            super(broken.size() + " promise(s) about accepted orders broken:\n  " + String.join("\n  ", broken));
        }
    }

    private static final System.Logger LOG = System.getLogger(OrderInvariants.class.getName());
    private static final Set<PaymentStatus> NOT_CHARGED = Set.of(PaymentStatus.DECLINED, PaymentStatus.REFUNDED,
            PaymentStatus.CANCELLED);
    private static final Map<OrderStatus, String> SUBJECTS = Map.of(
            OrderStatus.PROCESSING, "Your order is being processed",
            OrderStatus.COMPLETED, "Your order is confirmed",
            OrderStatus.FAILED, "Your order could not be completed");

    private final DynamoDbOrderRepository orders;
    private final SimulatedPayments payments;
    private final InventoryReservations inventory;
    private final Path outbox;
    private final Runnable collectEmails;

    /**
     * A checker of the orders in {@code resources} on {@code aws}, and of the emails in
     * {@code outbox}, which {@code collectEmails} brings up to date before each read.
     */
    public OrderInvariants(LocalAws aws, PlatformResources resources, Path outbox, Runnable collectEmails) {
        this.orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        this.payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
        this.inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        this.outbox = outbox;
        this.collectEmails = collectEmails;
    }

    /**
     * Waits up to {@code deadline} for every order to be final and announced, then holds them to
     * the invariants; throws {@link Violated} naming every one broken.
     */
    public Counts check(Collection<String> orderIds, Duration deadline) {
        Map<String, Order> finals = Eventually.get("every accepted order final", deadline, () -> current(orderIds),
                found -> found.values().stream().allMatch(order -> order.status().isFinal()));
        Map<String, List<String>> subjects = Eventually.get("every final status emailed", deadline, this::subjectsByOrder,
                found -> finals.values().stream().filter(OrderInvariants::hasEmail)
                        .allMatch(order -> found.getOrDefault(order.orderId(), List.of()).contains(SUBJECTS.get(order.status()))));
        var broken = new ArrayList<String>();
        int charged = 0;
        int refunded = 0;
        int completed = 0;
        int notifications = 0;
        for (Order order : finals.values()) {
            String id = order.orderId();
            Optional<PaymentStatus> payment = payments.find(id).map(PaymentRecord::status);
            boolean reserved = inventory.isReserved(id);
            if (order.status() == OrderStatus.COMPLETED) {
                completed++;
                charged++;
                if (payment.filter(status -> status == PaymentStatus.CHARGED).isEmpty()) {
                    broken.add("COMPLETED order %s is not charged (payment %s)".formatted(id, payment.orElse(null)));
                }
                if (!reserved) {
                    broken.add("COMPLETED order %s holds no stock".formatted(id));
                }
            } else {
                if (payment.filter(status -> !NOT_CHARGED.contains(status)).isPresent()) {
                    broken.add("FAILED order %s (%s) is charged (payment %s)".formatted(id, order.failureReason(), payment.get()));
                }
                if (reserved) {
                    broken.add("FAILED order %s (%s) holds stock".formatted(id, order.failureReason()));
                }
                refunded += payment.filter(status -> status == PaymentStatus.REFUNDED || status == PaymentStatus.CANCELLED)
                        .isPresent() ? 1 : 0;
            }
            List<String> emailed = subjects.getOrDefault(id, List.of());
            if (new HashSet<>(emailed).size() < emailed.size()) {
                broken.add("order %s was emailed the same status twice: %s".formatted(id, emailed));
            }
            if (hasEmail(order) && !emailed.contains(SUBJECTS.get(order.status()))) {
                broken.add("%s order %s was never emailed its final status: %s".formatted(order.status(), id, emailed));
            }
            notifications += emailed.size();
        }
        if (!broken.isEmpty()) {
            throw new Violated(broken);
        }
        var counts = new Counts(finals.size(), completed, finals.size() - completed, charged, refunded, notifications);
        LOG.log(System.Logger.Level.INFO, "Invariants hold: " + counts);
        return counts;
    }

    private Map<String, Order> current(Collection<String> orderIds) {
        var found = new HashMap<String, Order>();
        for (String orderId : orderIds) {
            found.put(orderId, orders.findById(orderId).orElseThrow(() -> new Violated(List.of("accepted order lost: " + orderId))));
        }
        return found;
    }

    private static boolean hasEmail(Order order) {
        return order.customer().hasEmail();
    }

    /** Each order's emails by subject, one entry per email, from the outbox's files. */
    private Map<String, List<String>> subjectsByOrder() {
        collectEmails.run();
        var subjects = new HashMap<String, List<String>>();
        if (!Files.isDirectory(outbox)) {
            return subjects;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                Optional<String> orderId = lines.stream().filter(line -> line.startsWith("Order: ")).findFirst()
                        .map(line -> line.substring("Order: ".length()));
                Optional<String> subject = lines.stream().filter(line -> line.startsWith("Subject: ")).findFirst()
                        .map(line -> line.substring("Subject: ".length()));
                if (orderId.isPresent() && subject.isPresent()) {
                    subjects.computeIfAbsent(orderId.get(), id -> new ArrayList<>()).add(subject.get());
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return subjects;
    }
}
