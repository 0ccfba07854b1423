package com.example.orders.lambda;

/** The CloudWatch units the functions' metrics use, as embedded metric format (EMF) names them. */
public enum MetricUnit {
    COUNT("Count"),
    MILLISECONDS("Milliseconds"),
    NONE("None");

    private final String emfName;

    MetricUnit(String emfName) {
        this.emfName = emfName;
    }

    /** The unit's name in an EMF document. */
    public String emfName() {
        return emfName;
    }
}
