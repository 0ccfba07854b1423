package com.example.orders.core.order;

import com.example.orders.core.order.reconcile.StalledOrders;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The order store as a map, for unit tests of the use cases: the same rules as the DynamoDB one. */
public final class InMemoryOrderRepository implements OrderRepository, StalledOrders {

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryOrderRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void create(Order order) {
        if (orders.putIfAbsent(order.orderId(), order) != null) {
            throw new OrderAlreadyExistsException(order.orderId());
        }
    }

    @Override
    public Optional<Order> findById(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public Transition transition(String orderId, OrderStatus from, OrderStatus to) {
        return move(orderId, from, to, null);
    }

    @Override
    public synchronized Transition transition(Order read, OrderStatus to) {
        Order current = orders.get(read.orderId());
        if (current != null && current.version() != read.version()) {
            return new Transition.Refused(current.status());
        }
        return move(read.orderId(), read.status(), to, null);
    }

    @Override
    public Transition markFailed(String orderId, OrderStatus from, String reason) {
        return move(orderId, from, OrderStatus.FAILED, reason);
    }

    @Override
    public List<Order> stalledSince(OrderStatus status, Instant cutoff, int limit) {
        return orders.values().stream()
                .filter(order -> order.status() == status && order.updatedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Order::createdAt))
                .limit(limit)
                .toList();
    }

    private synchronized Transition move(String orderId, OrderStatus from, OrderStatus to, String reason) {
        from.requireMoveTo(to, reason);
        Order order = orders.get(orderId);
        if (order == null) {
            return new Transition.NotFound(orderId);
        }
        if (order.status() != from) {
            return new Transition.Refused(order.status());
        }
        Order moved = order.movedTo(to, reason, clock.instant());
        orders.put(orderId, moved);
        return new Transition.Moved(moved);
    }
}
