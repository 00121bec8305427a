package io.kube4j.codegen.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientNamesTest {
    @ParameterizedTest
    @CsvSource({
        "pods, Pod, pods",
        "tokenreviews, TokenReview, tokenReviews",
        "networkpolicies, NetworkPolicy, networkPolicies",
        "componentstatuses, ComponentStatus, componentStatuses",
        "endpoints, Endpoints, endpoints",
        "ipaddresses, IPAddress, ipAddresses",
        "csidrivers, CSIDriver, csiDrivers",
        "csistoragecapacities, CSIStorageCapacity, csiStorageCapacities",
        "apiservices, APIService, apiServices",
        "servicecidrs, ServiceCIDR, serviceCIDRs",
        "customresourcedefinitions, CustomResourceDefinition, customResourceDefinitions",
        "widgets, Gadget, widgets",
        "classes, Class, classes",
    })
    void accessorsFollowTheKindsCasing(String plural, String kind, String accessor) {
        assertThat(ClientNames.accessor(plural, kind)).isEqualTo(accessor);
    }

    @ParameterizedTest
    @CsvSource({"Pod, pod", "IPAddress, ipAddress", "CSIDriver, csiDriver", "CSR, csr", "pod, pod", "X, x"})
    void decapitalizeLowersALeadingAcronym(String name, String expected) {
        assertThat(ClientNames.decapitalize(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "io.kube4j.client.core.v1, CoreV1Client, coreV1",
        "io.kube4j.client.apps.v1, AppsV1Client, appsV1",
        "io.kube4j.client.apiserverinternal.v1alpha1, ApiserverinternalV1alpha1Client, apiserverinternalV1alpha1",
        "io.kube4j.client.flowcontrol.v1, FlowcontrolV1Client, flowcontrolV1",
    })
    void groupVersionNames(String pkg, String className, String accessor) {
        assertThat(ClientNames.groupVersionClass(pkg)).isEqualTo(className);
        assertThat(ClientNames.groupVersionAccessor(pkg)).isEqualTo(accessor);
    }

    @ParameterizedTest
    @CsvSource({"status, Status", "scale, Scale", "ephemeralcontainers, EphemeralContainers", "approval, Approval"})
    void subresourceParts(String name, String part) {
        assertThat(ClientNames.subresource(name)).isEqualTo(part);
    }
}
