package io.kube4j.api.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Cases follow apimachinery's labels/selector_test.go. */
class LabelSelectorTest {

    static Stream<Arguments> validSelectors() {
        return Stream.of(
                // input, canonical toString()
                Arguments.of("", ""),
                Arguments.of("x=a,y=b,z=c", "x=a,y=b,z=c"),
                Arguments.of("z=c,y=b,x=a", "x=a,y=b,z=c"),
                Arguments.of("x!=a,y=b", "x!=a,y=b"),
                Arguments.of("x=", "x="),
                Arguments.of("x= ", "x="),
                Arguments.of("x=,z= ", "x=,z="),
                Arguments.of("x= ,z= ", "x=,z="),
                Arguments.of("!x", "!x"),
                Arguments.of("x>1", "x>1"),
                Arguments.of("x>1,z<5", "x>1,z<5"),
                Arguments.of("x==a", "x==a"),
                Arguments.of("\rx", "x"),
                Arguments.of("a ", "a"),
                Arguments.of("this-is-a-dns.domain.com/key-with-dash", "this-is-a-dns.domain.com/key-with-dash"),
                Arguments.of("this-is-another-dns.domain.com/key-with-dash in (so,what)",
                        "this-is-another-dns.domain.com/key-with-dash in (so,what)"),
                Arguments.of("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
                        "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"),
                Arguments.of("foo  in\t (abc)", "foo in (abc)"),
                Arguments.of("x notin\n (abc)", "x notin (abc)"),
                Arguments.of("x  notin\t\t(abc,def)", "x notin (abc,def)"),
                Arguments.of("x in (def,abc)", "x in (abc,def)"),
                Arguments.of("x in (abc,)", "x in (,abc)"),
                Arguments.of("x in (abc,abc)", "x in (abc)"),
                Arguments.of("x in ()", "x in ()"),
                Arguments.of("x in (a,,)", "x in (,a)"),
                Arguments.of("x in (a,,,,,,)", "x in (,a)"),
                Arguments.of("x in (a,,a,,a,,a,,)", "x in (,a)"),
                Arguments.of("x notin ( )", "x notin ()"),
                Arguments.of("x notin (, a)", "x notin (,a)"),
                Arguments.of("x notin (abc,,def),bar,z in (),w", "bar,w,x notin (,abc,def),z in ()"),
                Arguments.of("x,y in (a)", "x,y in (a)"),
                Arguments.of("a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)"),
                Arguments.of("notin=in", "notin=in"),
                Arguments.of("in in (notin)", "in in (notin)"),
                Arguments.of("x=a,x!=b", "x=a,x!=b"),
                Arguments.of("example.com/MyName=My_Value-1.2", "example.com/MyName=My_Value-1.2"),
                Arguments.of("k=" + "v".repeat(63), "k=" + "v".repeat(63)),
                Arguments.of("a".repeat(253) + "/" + "b".repeat(63), "a".repeat(253) + "/" + "b".repeat(63)));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @MethodSource("validSelectors")
    void parsesAndPrintsCanonically(String input, String canonical) {
        LabelSelector s = LabelSelector.parse(input);
        assertThat(s.toString()).isEqualTo(canonical);
        assertThat(LabelSelector.parse(canonical)).isEqualTo(s);
    }

    static Stream<Arguments> invalidSelectors() {
        return Stream.of(
                // input, a fragment of the message
                Arguments.of("x=a||y=b", "invalid value \"a||y\" for label \"x\""),
                Arguments.of("x==a==b", "found '==', expected: ',' or end of string (at position 4)"),
                Arguments.of("!x=a", "found '=', expected: ',' or end of string (at position 2)"),
                Arguments.of("x<a", "for 'lt' the value must be an integer"),
                Arguments.of("x>1.5", "for 'gt' the value must be an integer"),
                Arguments.of("x>-1", "invalid value \"-1\""),
                Arguments.of("x,,y", "found ',', expected: identifier after ',' (at position 2)"),
                Arguments.of(",x,y", "found ',', expected: !, identifier, or end of string (at position 0)"),
                Arguments.of("x nott in (y)", "found 'nott', expected an operator"),
                Arguments.of("a in (xyz),", "found end of string, expected: identifier after ','"),
                Arguments.of("a in (xyz)b notin ()", "found 'b', expected: ',' or end of string (at position 10)"),
                Arguments.of("a in (xyz abc)", "found 'abc', expected: ',' or ')'"),
                Arguments.of("a notin(", "found end of string, expected: ',', ')' or identifier"),
                Arguments.of("a (", "found '(', expected an operator"),
                Arguments.of("(", "found '(', expected: !, identifier, or end of string"),
                Arguments.of("a in b", "found 'b', expected: '('"),
                Arguments.of("a in (b", "found end of string, expected: ',' or ')'"),
                Arguments.of("a in (b=c)", "found '=', expected: ',' or ')'"),
                Arguments.of("x=(", "found '(', expected: identifier"),
                Arguments.of("!", "found end of string, expected: identifier"),
                Arguments.of("!!x", "found '!', expected: identifier"),
                Arguments.of("x>=1", "found '=', expected: identifier"),
                Arguments.of("-x=a", "invalid label key \"-x\": name part must consist"),
                Arguments.of("x/y/z=a", "invalid label key \"x/y/z\""),
                Arguments.of("/x", "prefix part must not be empty"),
                Arguments.of("x/=a", "name part must not be empty"),
                Arguments.of("Example.com/x", "prefix part must be a lowercase DNS subdomain"),
                Arguments.of("a..b/x", "prefix part must be a lowercase DNS subdomain"),
                Arguments.of("a".repeat(254) + "/x", "prefix part must be no more than 253 characters"),
                Arguments.of("k".repeat(64), "name part must be no more than 63 characters"),
                Arguments.of("k=" + "v".repeat(64), "a label value must be no more than 63 characters"),
                Arguments.of("k=a b", "found 'b', expected: ',' or end of string"),
                Arguments.of("k=-a", "invalid value \"-a\" for label \"k\""),
                Arguments.of("k in (a_)", "invalid value \"a_\" for label \"k\""),
                Arguments.of("k=ü", "invalid value \"ü\""));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @MethodSource("invalidSelectors")
    void rejectsInvalidSelectors(String input, String message) {
        assertThatThrownBy(() -> LabelSelector.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid label selector \"" + input + "\": ")
                .hasMessageContaining(message);
    }

    static Stream<Arguments> matching() {
        Map<String, String> fooBar = Map.of("foo", "bar", "baz", "blah");
        return Stream.of(
                Arguments.of("", Map.of("x", "y"), true),
                Arguments.of("x=y", Map.of("x", "y"), true),
                Arguments.of("x==y", Map.of("x", "y"), true),
                Arguments.of("x=y,z=w", Map.of("x", "y", "z", "w"), true),
                Arguments.of("x!=y,z!=w", Map.of("x", "z", "z", "a"), true),
                Arguments.of("notin=in", Map.of("notin", "in"), true),
                Arguments.of("x", Map.of("x", "z"), true),
                Arguments.of("!x", Map.of("y", "z"), true),
                Arguments.of("x>1", Map.of("x", "2"), true),
                Arguments.of("x<1", Map.of("x", "0"), true),
                Arguments.of("x<1", Map.of("x", "-5"), true),
                Arguments.of("x=z", Map.of(), false),
                Arguments.of("x=y", Map.of("x", "z"), false),
                Arguments.of("x=y,z=w", Map.of("x", "w", "z", "w"), false),
                Arguments.of("x!=y,z!=w", Map.of("x", "z", "z", "w"), false),
                Arguments.of("x", Map.of("y", "z"), false),
                Arguments.of("!x", Map.of("x", "z"), false),
                Arguments.of("x>1", Map.of("x", "0"), false),
                Arguments.of("x<1", Map.of("x", "2"), false),
                Arguments.of("x>1", Map.of("x", "v2"), false),
                Arguments.of("x>1", Map.of(), false),
                Arguments.of("x!=y", Map.of(), true),
                Arguments.of("x notin (a)", Map.of(), true),
                Arguments.of("x in (a)", Map.of(), false),
                Arguments.of("x in (foo),y notin (alpha)", Map.of("x", "foo", "y", "baz"), true),
                Arguments.of("x in (foo),y in (alpha)", Map.of("x", "foo", "y", "baz"), false),
                Arguments.of("x notin (),y", Map.of("y", ""), true),
                Arguments.of("!x,y", Map.of("y", ""), true),
                Arguments.of("x notin (),!y", Map.of("y", ""), false),
                Arguments.of("x in ()", Map.of("y", "baz"), false),
                Arguments.of("x in ()", Map.of("x", ""), true),
                Arguments.of("x=", Map.of(), false),
                Arguments.of("foo=bar,baz=blah", fooBar, true),
                Arguments.of("foo=blah", fooBar, false),
                Arguments.of("foo=bar,foobar=bar,baz=blah", fooBar, false));
    }

    @ParameterizedTest(name = "\"{0}\" on {1} = {2}")
    @MethodSource("matching")
    void matchesLabels(String selector, Map<String, String> labels, boolean expected) {
        assertThat(LabelSelector.parse(selector).matches(labels)).isEqualTo(expected);
    }

    @Test
    void builderMakesTheSameSelectorAsTheSyntax() {
        LabelSelector built = LabelSelector.builder()
                .eq("app", "web").in("tier", "frontend", "backend").exists("x").notExists("y")
                .notEq("env", "dev").notIn("zone", List.of("b", "a")).gt("replicas", 2).lt("age", 10).build();
        assertThat(built.toString())
                .isEqualTo("age<10,app=web,env!=dev,replicas>2,tier in (backend,frontend),x,!y,zone notin (a,b)");
        assertThat(LabelSelector.parse(built.toString())).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.matches(Map.of("app", "web", "tier", "backend", "x", "", "replicas", "3", "age", "1")))
                .isTrue();
        assertThat(built.matches(Map.of("app", "web", "tier", "backend", "x", "", "replicas", "3", "age", "1",
                "zone", "a"))).isFalse();
        assertThat(LabelSelector.builder().build()).isEqualTo(LabelSelector.everything());
    }

    @Test
    void builderValidatesImmediately() {
        LabelSelector.Builder b = LabelSelector.builder();
        assertThatThrownBy(() -> b.eq("bad key", "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid label key \"bad key\"");
        assertThatThrownBy(() -> b.in("k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("values set can't be empty");
        assertThatThrownBy(() -> b.eq("k", "v!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid value \"v!\" for label \"k\"");
        assertThatThrownBy(() -> b.gt("k", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Requirement.of("k", Operator.EXISTS, "v"))
                .hasMessageContaining("values set must be empty");
        assertThatThrownBy(() -> Requirement.of("k", Operator.EQUALS, "a", "b"))
                .hasMessageContaining("exact-match compatibility requires one single value");
        assertThatThrownBy(() -> Requirement.of("k", Operator.GREATER_THAN))
                .hasMessageContaining("exactly one value is required");
        assertThatThrownBy(() -> Requirement.of("k", null, "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelSelector.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everythingAndNothing() {
        assertThat(LabelSelector.everything().matches(Map.of("x", "y"))).isTrue();
        assertThat(LabelSelector.everything().isEmpty()).isTrue();
        assertThat(LabelSelector.everything()).hasToString("");
        assertThat(LabelSelector.parse("")).isEqualTo(LabelSelector.everything());
        assertThat(LabelSelector.nothing().matches(Map.of())).isFalse();
        assertThat(LabelSelector.nothing().isEmpty()).isFalse();
        assertThat(LabelSelector.nothing().matchesNothing()).isTrue();
        assertThat(LabelSelector.nothing()).isNotEqualTo(LabelSelector.everything());
        assertThat(LabelSelector.nothing().and(Requirement.of("a", Operator.EXISTS)).matchesNothing()).isTrue();
    }

    @Test
    void fromPartsConvertsAMetaV1LabelSelector() {
        Map<String, String> matchLabels = new LinkedHashMap<>();
        matchLabels.put("tier", "web");
        matchLabels.put("app", "shop");
        LabelSelector s = LabelSelector.fromParts(matchLabels, List.of(
                Requirement.of("env", Operator.fromMatchExpression("In"), List.of("prod", "canary")),
                Requirement.of("legacy", Operator.fromMatchExpression("DoesNotExist"), List.of()),
                Requirement.of("zone", Operator.fromMatchExpression("NotIn"), List.of("a")),
                Requirement.of("team", Operator.fromMatchExpression("Exists"), List.of())));
        assertThat(s).hasToString("app=shop,env in (canary,prod),!legacy,team,tier=web,zone notin (a)");
        assertThat(LabelSelector.fromParts(Map.of(), List.of())).isEqualTo(LabelSelector.everything());
        assertThat(LabelSelector.fromParts(null, null)).isEqualTo(LabelSelector.everything());
        assertThat(LabelSelector.fromMap(Map.of("b", "2", "a", "1"))).hasToString("a=1,b=2");
        assertThatThrownBy(() -> Operator.fromMatchExpression("Gt"))
                .hasMessageContaining("\"Gt\" is not a valid label selector operator");
        Map<String, String> bad = new HashMap<>();
        bad.put("k", "not valid");
        assertThatThrownBy(() -> LabelSelector.fromMap(bad)).hasMessageContaining("invalid value \"not valid\"");
    }

    @ParameterizedTest(name = "{0} requires {1}={2}")
    @CsvSource({"'x=a,y=b', x, a", "'x==a', x, a", "'x in (a)', x, a", "'x in (a,b)', x, ", "'x!=a', x, ",
        "'x', x, ", "'y=b', x, "})
    void requiresExactMatch(String selector, String key, String value) {
        assertThat(LabelSelector.parse(selector).requiresExactMatch(key)).isEqualTo(java.util.Optional
                .ofNullable(value));
    }

    @Test
    void requirementsAreExposedSorted() {
        LabelSelector s = LabelSelector.parse("b in (z,y),a");
        assertThat(s.requirements()).containsExactly(Requirement.of("a", Operator.EXISTS),
                Requirement.of("b", Operator.IN, "y", "z"));
        assertThat(s.requirements().get(1).values()).containsExactly("y", "z");
        assertThat(s.and(Requirement.of("a0", Operator.EQUALS, "v"))).hasToString("a,a0=v,b in (y,z)");
    }
}
