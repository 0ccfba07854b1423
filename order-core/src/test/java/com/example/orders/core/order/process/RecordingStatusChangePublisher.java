package com.example.orders.core.order.process;

import com.example.orders.core.events.OrderStatusChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every status change published, in order, for unit tests. */
public final class RecordingStatusChangePublisher implements StatusChangePublisher {

    private final List<OrderStatusChanged> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(OrderStatusChanged event) {
        published.add(event);
    }

    public List<OrderStatusChanged> published() {
        return published;
    }

    /** Each change as "FROM -> TO" ("-> TO" when announced again). */
    public List<String> moves() {
        return published.stream().map(change -> (change.previousStatus() == null ? "" : change.previousStatus() + " ")
                + "-> " + change.status()).toList();
    }
}
