package io.kube4j.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.meta.v1.APIGroupList;
import io.kube4j.api.meta.v1.APIResourceList;
import io.kube4j.api.schema.GroupVersion;
import io.kube4j.client.Json;
import io.kube4j.discovery.internal.DiskCache;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiskCacheTest extends DiscoveryFixtures {
    @TempDir
    Path root;

    @ParameterizedTest
    @CsvSource({
        "https://127.0.0.1:6443, 127.0.0.1_6443",
        "https://127.0.0.1:6443/, 127.0.0.1_6443",
        "http://kube.example.com, kube.example.com",
        "https://[::1]:6443, ___1__6443",
        "https://gw.example.com:443/k8s/clusters/c-1, gw.example.com_443/k8s/clusters/c_1"})
    void hostDirectoryAsKubectlNamesIt(String server, String expected) {
        assertThat(root.relativize(DiskCache.hostDir(root, URI.create(server))).toString()).isEqualTo(expected);
    }

    @Test
    void writesKubectlsLayoutAndServesFromItAcrossClients() throws IOException {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        DiscoveryClient first = DiscoveryClient.builder(client()).diskCache(root).build();
        ServerResources fromServer = first.resources();
        Path dir = first.diskCacheDirectory().orElseThrow();
        assertThat(dir).isEqualTo(DiskCache.hostDir(root, URI.create(WM.baseUrl())));
        assertThat(dir.resolve("servergroups.json")).exists();
        assertThat(dir.resolve("v1/serverresources.json")).exists();
        assertThat(dir.resolve("apps/v1/serverresources.json")).exists();
        assertThat(dir.resolve("metrics.k8s.io")).doesNotExist().as("failed group-versions are not cached");
        APIGroupList groups = Json.read(Files.readAllBytes(dir.resolve("servergroups.json")), APIGroupList.class);
        assertThat(groups.groups().get(0).name()).isEqualTo("");
        APIResourceList apps = Json.read(Files.readAllBytes(dir.resolve("apps/v1/serverresources.json")),
                APIResourceList.class);
        assertThat(apps.resources()).extracting(r -> r.name()).containsExactly("deployments", "deployments/scale",
                "deployments/status");
        assertThat(apps.resources().get(1).group()).isEqualTo("autoscaling");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("servergroups.json"))))
                    .isEqualTo("rw-rw----");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwxr-x---");
        }

        DiscoveryClient second = DiscoveryClient.builder(client()).diskCache(root).build();
        ServerResources fromDisk = second.resources();
        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/apis")));
        assertThat(fromDisk.groupVersions()).containsExactlyElementsOf(fromServer.groupVersions());
        for (GroupVersion gv : fromServer.groupVersions()) {
            assertThat(fromDisk.resources(gv)).as(gv.toString()).isEqualTo(fromServer.resources(gv));
        }
        assertThat(fromDisk.failures()).containsOnlyKeys(GroupVersion.of("metrics.k8s.io", "v1beta1"))
                .as("not cached, so asked again (and no such legacy endpoint on this stub)");
    }

    @Test
    void staleOrInvalidatedFilesAreRefetched() throws IOException {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        DiscoveryClient discovery = DiscoveryClient.builder(client()).diskCache(root).diskCacheTtl(Duration.ofMinutes(10))
                .build();
        discovery.resources();
        Path groups = discovery.diskCacheDirectory().orElseThrow().resolve("servergroups.json");
        Files.setLastModifiedTime(groups, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
        DiscoveryClient.builder(client()).diskCache(root).diskCacheTtl(Duration.ofMinutes(10)).build().resources();
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));

        DiscoveryClient fresh = DiscoveryClient.builder(client()).diskCache(root).build();
        fresh.resources();
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));
        fresh.invalidate();
        fresh.resources();
        WM.verify(exactly(3), getRequestedFor(urlPathEqualTo("/apis")));
    }

    @Test
    void staleResourceFileIsFetchedAloneFromTheLegacyEndpoint() throws IOException {
        stubLegacy();
        DiscoveryClient discovery = DiscoveryClient.builder(client()).diskCache(root).build();
        discovery.resources();
        Path apps = discovery.diskCacheDirectory().orElseThrow().resolve("apps/v1/serverresources.json");
        Files.delete(apps);
        ServerResources again = DiscoveryClient.builder(client()).diskCache(root).build().resources();
        assertThat(again.resources(GroupVersion.of("apps", "v1"))).extracting(ApiResource::name).containsExactly("deployments");
        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/apis")));
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis/apps/v1")));
        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v1")));
        assertThat(apps).exists();
    }

    @Test
    void corruptFilesAreMisses() throws IOException {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        DiscoveryClient discovery = DiscoveryClient.builder(client()).diskCache(root).build();
        discovery.resources();
        Files.writeString(discovery.diskCacheDirectory().orElseThrow().resolve("servergroups.json"), "{not json");
        assertThat(DiscoveryClient.builder(client()).diskCache(root).build().resources().groups()).hasSize(7);
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));
    }
}
