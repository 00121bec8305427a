package io.kube4j.api.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {
    @ParameterizedTest
    @CsvSource({
        "2006-01-02T15:04:05Z,            2006-01-02T15:04:05Z",
        "2006-01-02t15:04:05z,            2006-01-02T15:04:05Z",
        "2006-01-02T15:04:05.5Z,          2006-01-02T15:04:05.500Z",
        "2006-01-02T15:04:05.000000Z,     2006-01-02T15:04:05Z",
        "2006-01-02T15:04:05.123456Z,     2006-01-02T15:04:05.123456Z",
        "2006-01-02T15:04:05.123456789Z,  2006-01-02T15:04:05.123456789Z",
        "2006-01-02T15:04:05.1234567891Z, 2006-01-02T15:04:05.123456789Z",
        "2006-01-02T15:04:05+02:00,       2006-01-02T13:04:05Z",
        "2006-01-02T15:04:05.25-07:30,    2006-01-02T22:34:05.250Z",
        "2024-02-29T23:59:59Z,            2024-02-29T23:59:59Z",
        "1969-12-31T23:59:59Z,            1969-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z,            0001-01-01T00:00:00Z",
    })
    void parsesAnyRfc3339Timestamp(String text, String expected) {
        assertThat(Times.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2006-01-02", "2006-01-02 15:04:05Z", "2006-01-02T15:04:05", "2006-13-02T15:04:05Z",
        "2023-02-29T00:00:00Z", "2006-01-32T15:04:05Z", "2006-01-02T24:00:00Z", "2006-01-02T15:60:05Z",
        "2006-01-02T15:04:60Z", "2006-01-02T15:04:05.Z", "2006-01-02T15:04:05+0200", "2006-01-02T15:04:05Zjunk",
        "20x6-01-02T15:04:05Z", "yesterday, at noon or so"})
    void rejectsWhatIsNotRfc3339(String text) {
        assertThatThrownBy(() -> Times.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2006-01-02T15:04:05Z,           2006-01-02T15:04:05Z,  2006-01-02T15:04:05.000000Z",
        "2006-01-02T15:04:05.987654321Z, 2006-01-02T15:04:05Z,  2006-01-02T15:04:05.987654Z",
        "1970-01-01T00:00:00.000001Z,    1970-01-01T00:00:00Z,  1970-01-01T00:00:00.000001Z",
        "1969-12-31T23:59:59.999999999Z, 1969-12-31T23:59:59Z,  1969-12-31T23:59:59.999999Z",
    })
    void formatsLikeKubernetesTruncatingExtraPrecision(String instant, String time, String microTime) {
        Instant t = Instant.parse(instant);
        assertThat(Times.formatTime(t)).isEqualTo(time);
        assertThat(Times.formatMicroTime(t)).isEqualTo(microTime);
    }

    @Test
    void epochDayAgreesWithLocalDateAcrossCenturiesAndLeapYears() {
        for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() < 2500; d = d.plusDays(97)) {
            assertThat(Times.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
        }
        for (int year : new int[] {1900, 2000, 2004, 2100}) {
            LocalDate d = LocalDate.of(year, 2, 28);
            assertThat(Times.epochDay(year, 2, 28)).isEqualTo(d.toEpochDay());
            assertThat(Times.epochDay(year, 3, 1)).isEqualTo(LocalDate.of(year, 3, 1).toEpochDay());
        }
    }

    @Test
    void parseAgreesWithJavaTimeForOffsets() {
        String text = "2031-07-15T08:09:10.123+05:45";
        assertThat(Times.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
}
