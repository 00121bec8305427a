package io.kube4j.codegen.client;

import io.kube4j.codegen.model.Naming;
import java.util.Locale;
import java.util.Map;

/** Java names of typed clients: accessors, group-version classes, subresource method parts. */
public final class ClientNames {
    /** Subresource names whose words the URL runs together. */
    private static final Map<String, String> SUBRESOURCE_WORDS = Map.of(
            "ephemeralcontainers", "EphemeralContainers");

    private ClientNames() {
    }

    /**
     * The accessor for a resource: its plural, cased like its kind. {@code tokenreviews}/{@code TokenReview} →
     * {@code tokenReviews}, {@code networkpolicies}/{@code NetworkPolicy} → {@code networkPolicies},
     * {@code csidrivers}/{@code CSIDriver} → {@code csiDrivers}.
     */
    public static String accessor(String plural, String kind) {
        String cased = decapitalize(kind);
        int common = 0;
        while (common < plural.length() && common < cased.length()
                && Character.toLowerCase(cased.charAt(common)) == plural.charAt(common)) {
            common++;
        }
        return Naming.javaName(cased.substring(0, common) + plural.substring(common));
    }

    /** {@code IPAddress} → {@code ipAddress}, {@code CSIDriver} → {@code csiDriver}, {@code Pod} → {@code pod}. */
    public static String decapitalize(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return name;
        }
        // Keep the last capital of an acronym when a lower-case word follows it: CSIDriver → csi|Driver.
        int cut = upper > 1 && upper < name.length() ? upper - 1 : upper;
        return name.substring(0, cut).toLowerCase(Locale.ROOT) + name.substring(cut);
    }

    /** The method part of a subresource: {@code status} → {@code Status}. */
    public static String subresource(String name) {
        String words = SUBRESOURCE_WORDS.get(name);
        return words != null ? words : Naming.className(name);
    }

    /** {@code io.kube4j.client.core.v1} → {@code CoreV1Client}. */
    public static String groupVersionClass(String clientPackage) {
        return Naming.capitalize(groupVersionAccessor(clientPackage)) + "Client";
    }

    /** {@code io.kube4j.client.core.v1} → {@code coreV1}, {@code ...apiserverinternal.v1alpha1} → ... */
    public static String groupVersionAccessor(String clientPackage) {
        String[] parts = clientPackage.split("\\.");
        String group = parts[parts.length - 2];
        String version = parts[parts.length - 1];
        return group + Naming.capitalize(version);
    }
}
