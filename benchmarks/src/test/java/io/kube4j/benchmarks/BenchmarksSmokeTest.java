package io.kube4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every benchmark method once on small inputs, outside JMH, so the suite cannot rot unnoticed. It
 * times nothing; each benchmark checks its own result (event and pod counts) and throws when it is wrong.
 */
class BenchmarksSmokeTest {
    /** Small parameter values per benchmark class; fields not listed keep their defaults. */
    private static final Map<Class<?>, Map<String, Object>> SMALL = Map.of(
            DecodeBenchmark.class, Map.of("pods", 200),
            EncodeBenchmark.class, Map.of("pods", 200),
            PodDecodeBenchmark.class, Map.of(),
            ListBenchmark.class, Map.of("pods", 1200),
            WatchBenchmark.class, Map.of("events", 3000, "distinctPods", 500),
            InformerSyncBenchmark.class, Map.of("pods", 1100),
            InformerHeapBenchmark.class, Map.of("pods", 600));

    static Stream<Arguments> benchmarks() {
        List<Arguments> out = new ArrayList<>();
        for (Class<?> c : SMALL.keySet()) {
            for (Method m : methods(c, Benchmark.class)) {
                out.add(Arguments.of(c.getSimpleName() + "." + m.getName(), c, m));
            }
        }
        out.sort(Comparator.comparing(a -> (String) a.get()[0]));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void runsOnce(String name, Class<?> type, Method benchmark) throws Exception {
        Object state = type.getDeclaredConstructor().newInstance();
        for (Field f : fields(type)) {
            Map<String, Object> small = SMALL.get(type);
            if (small.containsKey(f.getName())) {
                f.setAccessible(true);
                f.set(state, small.get(f.getName()));
            } else if (f.isAnnotationPresent(Param.class)) {
                f.setAccessible(true);
                f.set(state, Integer.parseInt(f.getAnnotation(Param.class).value()[0]));
            }
        }
        invokeAll(state, methods(type, Setup.class));
        try {
            Object result = invoke(state, benchmark);
            if (benchmark.getReturnType() != void.class) {
                assertThat(result).as(name).isNotNull();
            }
        } finally {
            invokeAll(state, methods(type, TearDown.class));
        }
    }

    private static Object invoke(Object state, Method m) throws Exception {
        Object[] args = new Object[m.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            Class<?> t = m.getParameterTypes()[i];
            args[i] = t == Blackhole.class
                    ? new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly "
                            + "is dangerous.")
                    : t.getDeclaredConstructor().newInstance(); // an aux-counters state
        }
        try {
            m.setAccessible(true);
            Object result = m.invoke(state, args);
            if (m.getName().startsWith("heap")) {
                InformerHeapBenchmark.Footprint f = (InformerHeapBenchmark.Footprint) args[0];
                assertThat(f.jsonPerPod).isBetween(6000.0, 8500.0);
                assertThat(f.heapPerPod).isPositive();
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    private static void invokeAll(Object state, List<Method> methods) throws Exception {
        for (Method m : methods) {
            invoke(state, m);
        }
    }

    /** Methods with the annotation, the class's own and inherited ones (benchmark classes share floors). */
    private static List<Method> methods(Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
        List<Method> out = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(a)) {
                    out.add(m);
                }
            }
        }
        out.sort(Comparator.comparing(Method::getName));
        return out;
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            out.addAll(List.of(c.getDeclaredFields()));
        }
        return out;
    }
}
