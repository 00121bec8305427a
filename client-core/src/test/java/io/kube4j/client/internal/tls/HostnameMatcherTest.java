package io.kube4j.client.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostnameMatcherTest {
    static X509Certificate cert;

    @BeforeAll
    static void issue() {
        TestPki.Issued ca = TestPki.ca("ca");
        cert = TestPki.issue(ca, "not-a-san.example", TestPki.ec("secp256r1"),
                List.of("kubernetes.default.svc", "*.apps.example.com", "Mixed.Example.ORG"),
                List.of("10.0.0.1", "2001:db8::1")).cert();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "kubernetes.default.svc, true",
        "KUBERNETES.default.SVC, true",
        "kubernetes.default.svc., true",
        "mixed.example.org, true",
        "web.apps.example.com, true",
        "a.b.apps.example.com, false",
        "apps.example.com, false",
        "kubernetes.default, false",
        "not-a-san.example, false",
        "10.0.0.1, true",
        "10.0.0.2, false",
        "2001:db8::1, true",
        "[2001:db8::1], true",
        "2001:db8:0:0:0:0:0:1, true",
        "::ffff:10.0.0.1, true",
        "localhost, false",
    })
    void matchesLikeGo(String name, boolean expected) {
        assertThat(HostnameMatcher.matches(name, cert)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        "a.example.com, *.example.com, true",
        "example.com, *.example.com, false",
        "a.example.com, a*.example.com, false",
        "a.example.com, *.*.com, false",
        "a.example.com, a.example.com., true",
        "'', example.com, false",
    })
    void dnsPatterns(String host, String pattern, boolean expected) {
        assertThat(HostnameMatcher.dnsMatches(host, pattern)).isEqualTo(expected);
    }
}
