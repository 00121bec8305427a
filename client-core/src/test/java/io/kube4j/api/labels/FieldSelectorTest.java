package io.kube4j.api.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases follow apimachinery's fields/selector_test.go. */
class FieldSelectorTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "hi=there|hi=there",
        "hi==there|hi=there",
        "hi!=there|hi!=there",
        "hi=there,foo=bar|foo=bar,hi=there",
        "x=a\\,b|x=a\\,b",
        "x=a\\=b|x=a\\=b",
        "x=a\\\\b|x=a\\\\b",
        "x=|x=",
        "x=a,,y=b|x=a,y=b",
        "x=a,|x=a",
        "=|''",
        "metadata.name=web,spec.nodeName!=|metadata.name=web,spec.nodeName!=",
        "a = b|a = b"})
    void parsesAndPrints(String input, String printed) {
        FieldSelector s = FieldSelector.parse(input);
        assertThat(s.toString()).isEqualTo(printed);
        assertThat(FieldSelector.parse(printed)).isEqualTo(s);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @CsvSource(delimiter = '|', value = {
        "hi|can't understand 'hi'",
        "x=a,b|can't understand 'b'",
        "x=a=b|unescaped '='",
        "x=a\\b|invalid escape sequence '\\b'",
        "x=a\\|incomplete escape",
        "x!|can't understand 'x!'"})
    void rejectsInvalidSelectors(String input, String message) {
        assertThatThrownBy(() -> FieldSelector.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid field selector")
                .hasMessageContaining(message);
    }

    @Test
    void escapesAndUnescapesValues() {
        assertThat(FieldSelector.escapeValue("a,b=c\\d")).isEqualTo("a\\,b\\=c\\\\d");
        assertThat(FieldSelector.unescapeValue("a\\,b\\=c\\\\d")).isEqualTo("a,b=c\\d");
        assertThat(FieldSelector.eq("x", "a,b").toString()).isEqualTo("x=a\\,b");
        assertThat(FieldSelector.parse("x=a\\,b").requirements()).containsExactly(FieldRequirement.eq("x", "a,b"));
    }

    @Test
    void matchesFields() {
        Map<String, String> pod = Map.of("metadata.name", "web", "status.phase", "Running");
        assertThat(FieldSelector.parse("metadata.name=web").matches(pod)).isTrue();
        assertThat(FieldSelector.parse("metadata.name==web,status.phase!=Pending").matches(pod)).isTrue();
        assertThat(FieldSelector.parse("status.phase=Pending").matches(pod)).isFalse();
        assertThat(FieldSelector.parse("spec.nodeName=").matches(pod)).isTrue();
        assertThat(FieldSelector.parse("spec.nodeName!=").matches(pod)).isFalse();
        assertThat(FieldSelector.parse("spec.nodeName!=n1").matches(pod)).isTrue();
        assertThat(FieldSelector.everything().matches(pod)).isTrue();
        assertThat(FieldSelector.nothing().matches(pod)).isFalse();
    }

    @Test
    void buildsAndQueries() {
        FieldSelector s = FieldSelector.of(List.of(FieldRequirement.notEq("status.phase", "Failed"),
                FieldRequirement.eq("metadata.name", "web")));
        assertThat(s).hasToString("metadata.name=web,status.phase!=Failed");
        assertThat(s.requiresExactMatch("metadata.name")).hasValue("web");
        assertThat(s.requiresExactMatch("status.phase")).isEmpty();
        assertThat(FieldSelector.fromMap(Map.of("b", "2", "a", "1"))).hasToString("a=1,b=2");
        assertThat(FieldSelector.eq("a", "1").and(FieldRequirement.notEq("b", "2"))).hasToString("a=1,b!=2");
        assertThat(FieldSelector.parse("")).isEqualTo(FieldSelector.everything());
        assertThat(FieldSelector.everything().isEmpty()).isTrue();
        assertThat(FieldSelector.nothing().isEmpty()).isFalse();
        assertThatThrownBy(() -> new FieldRequirement("a", Operator.IN, "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only = and !=");
        assertThatThrownBy(() -> FieldSelector.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
