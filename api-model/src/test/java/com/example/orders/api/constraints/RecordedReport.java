package com.example.orders.api.constraints;

import java.util.HashSet;
import java.util.Set;

/** Keeps what {@link ContractConstraints} reports, as breaches. */
final class RecordedReport implements ConstraintReport {

    private final Set<Breach> breaches = new HashSet<>();

    Set<Breach> breaches() {
        return Set.copyOf(breaches);
    }

    @Override
    public void missing(String field) {
        breaches.add(new Breach(field, "required", ""));
    }

    @Override
    public void length(String field, int min, int max) {
        breaches.add(new Breach(field, "length", min + ".." + max));
    }

    @Override
    public void pattern(String field, String pattern) {
        breaches.add(new Breach(field, "pattern", pattern));
    }

    @Override
    public void below(String field, long minimum) {
        breaches.add(new Breach(field, "minimum", Long.toString(minimum)));
    }

    @Override
    public void above(String field, long maximum) {
        breaches.add(new Breach(field, "maximum", Long.toString(maximum)));
    }

    @Override
    public void itemCount(String field, int min, int max) {
        breaches.add(new Breach(field, "items", min + ".." + max));
    }
}
