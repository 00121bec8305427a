package io.kube4j.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {
    @ParameterizedTest
    @CsvSource({
        "continue, continueToken",
        "default, defaultValue",
        "enum, enumValues",
        "$ref, ref",
        "$schema, schema",
        "x-kubernetes-list-map-keys, xKubernetesListMapKeys",
        "x-kubernetes-int-or-string, xKubernetesIntOrString",
        "int, intValue",
        "class, classValue",
        "builder, builderValue",
        "toBuilder, toBuilderValue",
        "extras, extrasValue",
        "toString, toStringValue",
        "hashCode, hashCodeValue",
        "getClass, getClassValue",
        "wait, waitValue",
        "build, buildValue",
        "metadata, metadata",
        "podIPs, podIPs",
        "3d, v3d",
        "with.dots, withDots",
    })
    void mapsJsonNamesToAccessorNames(String json, String java) {
        assertThat(Naming.javaName(json)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "containers, Container",
        "policies, Policy",
        "addresses, Address",
        "notReadyAddresses, NotReadyAddress",
        "ingress, Ingress",
        "egress, Egress",
        "hostAliases, HostAlias",
        "containerStatuses, ContainerStatus",
        "status, Status",
        "podIPs, PodIP",
        "podCIDRs, PodCIDR",
        "nonResourceURLs, NonResourceURL",
        "targetWWNs, TargetWWN",
        "args, Arg",
        "env, Env",
        "command, Command",
        "data, Data",
        "stringData, StringData",
        "tls, Tls",
        "allOf, AllOf",
        "searches, Search",
        "prefixes, Prefix",
        "classes, Class",
        "matchExpressions, MatchExpression",
        "properties, Property",
        "dependencies, Dependency",
        "ipFamilies, IpFamily",
        "enumValues, EnumValue",
        "xKubernetesListMapKeys, XKubernetesListMapKey",
        "requiredDuringSchedulingIgnoredDuringExecution, RequiredDuringSchedulingIgnoredDuringExecution",
        "series, Series",
        "criteria, Criterion",
        "labels, Label",
        "limits, Limit",
    })
    void singularisesTheLastWordForAddAndPutHelpers(String javaName, String item) {
        assertThat(Naming.itemName(javaName)).isEqualTo(item);
    }

    @ParameterizedTest
    @CsvSource({"Pod, Pod", "APIGroup, APIGroup", "JSONSchemaProps, JSONSchemaProps", "some-thing, SomeThing"})
    void classNamesAreValidJava(String name, String expected) {
        assertThat(Naming.className(name)).isEqualTo(expected);
    }
}
