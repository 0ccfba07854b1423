package com.example.orders.localruntime;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.gateway.ApiDefinition;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.ContractChecks;
import com.example.orders.localruntime.gateway.GatewaySettings;
import java.util.Optional;

/**
 * The API alone: the local gateway serving the bundled api stack, for a local stage allowing
 * {@code corsOrigins}, in front of the real create and query functions on local AWS. The platform
 * starts it with the pipeline behind it; tests of the API start it on its own.
 */
public final class LocalApi {

    private LocalApi() {
    }

    public static ApiGateway start(LocalAws aws, PlatformResources resources, GatewaySettings settings, String corsOrigins) {
        return start(aws, resources, settings, corsOrigins, Optional.empty(), Optional.empty());
    }

    /** As {@link #start(LocalAws, PlatformResources, GatewaySettings, String)}, with the usage plan's throttle set. */
    public static ApiGateway start(LocalAws aws, PlatformResources resources, GatewaySettings settings, String corsOrigins,
            Optional<String> rateLimit, Optional<String> burstLimit) {
        return start(aws, resources, settings, corsOrigins, rateLimit, burstLimit, Optional.empty());
    }

    /** As above, holding every response to the contract with {@code checks}. */
    public static ApiGateway start(LocalAws aws, PlatformResources resources, GatewaySettings settings, String corsOrigins,
            Optional<String> rateLimit, Optional<String> burstLimit, Optional<ContractChecks> checks) {
        ApiDefinition api = ApiDefinition.bundled(OrderFunctions.apiStackParameters(corsOrigins, rateLimit, burstLimit));
        return ApiGateway.start(settings, api, OrderFunctions.api(aws, resources, corsOrigins), checks);
    }
}
