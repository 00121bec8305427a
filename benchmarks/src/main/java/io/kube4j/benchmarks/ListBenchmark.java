package io.kube4j.benchmarks;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.benchmarks.server.FixtureServer;
import io.kube4j.client.Json;
import io.kube4j.client.ListOptions;
import io.kube4j.client.ResourceClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code list()} of {@code pods} pods over HTTP from a local JDK HttpServer serving fixed bytes, unpaged
 * (one body) and paged ({@value Datasets#PAGE_SIZE} per page, {@code listAll}), against decoding the
 * same bytes in memory ({@link #decodeAlone}: the target is list ≤ 1.2× of it), the floors, and the bare
 * transfer of the bytes with OkHttp.
 */
public class ListBenchmark extends PodListBenchmark {
    LocalClient local;
    ResourceClient<Pod, PodList> client;
    Request rawRequest;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        json = Datasets.podList(pods);
        local = new LocalClient(new FixtureServer().fullList(json).pages(Datasets.pages(pods)));
        client = new ResourceClient<>(local.rest, Resources.PODS);
        rawRequest = local.get("/api/v1/pods");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        local.close();
    }

    /** Typed decode of the same bytes in memory: what the HTTP variants are compared with. */
    @Benchmark
    public PodList decodeAlone() {
        return Json.read(json, PodList.class);
    }

    /** Moving the bytes: the same GET with OkHttp, body read and dropped. */
    @Benchmark
    public long transferOnly() throws IOException {
        try (Response r = local.http.newCall(rawRequest).execute(); InputStream in = r.body().byteStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    @Benchmark
    public PodList listUnpaged() {
        return client.list(null, ListOptions.DEFAULT);
    }

    @Benchmark
    public List<Pod> listPaged() {
        return client.listAll(null, ListOptions.limit(Datasets.PAGE_SIZE)).collect(Collectors.toList());
    }
}
