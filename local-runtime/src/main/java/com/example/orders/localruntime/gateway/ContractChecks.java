package com.example.orders.localruntime.gateway;

import com.example.orders.localruntime.contract.ApiContract;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The contract as the gateway's own judge: each response it sends (preflights aside, which the
 * contract leaves to API Gateway) is held to {@code openapi/orders.yaml}, and each violation is
 * logged and kept, so a developer sees it in the console and a test can fail on it.
 */
public final class ContractChecks {

    private static final System.Logger LOG = System.getLogger(ApiGateway.class.getName());

    private final ApiContract contract;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    public ContractChecks(ApiContract contract) {
        this.contract = contract;
    }

    void check(String method, String rawPath, GatewayResponse response) {
        if (method.equals("OPTIONS")) {
            return;
        }
        List<String> found = contract.responseViolations(method, rawPath, response.statusCode(), response.headers(),
                method.equals("HEAD") ? "" : response.body());
        if (!found.isEmpty()) {
            String violation = "%s %s answered %d outside the contract: %s".formatted(method, rawPath, response.statusCode(),
                    String.join("; ", found));
            violations.add(violation);
            LOG.log(System.Logger.Level.WARNING, violation);
        }
    }

    /** Every response so far that the contract does not document, described. */
    public List<String> violations() {
        return List.copyOf(violations);
    }
}
