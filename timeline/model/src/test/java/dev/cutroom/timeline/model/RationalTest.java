package dev.cutroom.timeline.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RationalTest {
    @Test
    void isAlwaysReducedWithAPositiveDenominator() {
        assertThat(Rational.of(6, 4)).isEqualTo(Rational.of(3, 2));
        assertThat(Rational.of(3, -6)).isEqualTo(Rational.of(-1, 2));
        assertThat(Rational.of(-3, -6).den()).isEqualTo(2);
        assertThat(Rational.of(0, 7)).isEqualTo(Rational.ZERO);
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void parsesFractionsIntegersAndDecimalsExactly() {
        assertThat(Rational.parse("30000/1001")).isEqualTo(Rational.of(30000, 1001));
        assertThat(Rational.parse(" 4 / 6 ")).isEqualTo(Rational.of(2, 3));
        assertThat(Rational.parse("-3")).isEqualTo(Rational.of(-3));
        assertThat(Rational.parse("0.5")).isEqualTo(Rational.of(1, 2));
        assertThat(Rational.parse("29.97")).isEqualTo(Rational.of(2997, 100));
        assertThat(Rational.parse("1E+2")).isEqualTo(Rational.of(100));
        assertThatThrownBy(() -> Rational.parse("abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abc");
        assertThatThrownBy(() -> Rational.parse("1/0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ntscArithmeticIsExact() {
        Rational frame = Rational.of(1001, 30000);
        Rational sum = Rational.ZERO;
        for (int i = 0; i < 30_000; i++) sum = sum.plus(frame);
        assertThat(sum).isEqualTo(Rational.of(1001));
        assertThat(frame.times(Rational.of(30000, 1001))).isEqualTo(Rational.ONE);
        assertThat(Rational.of(3, 2).minus(Rational.of(1, 3))).isEqualTo(Rational.of(7, 6));
        assertThat(Rational.of(3, 2).dividedBy(Rational.of(3, 4))).isEqualTo(Rational.of(2));
        assertThat(Rational.of(2, 3).times(6)).isEqualTo(Rational.of(4));
        assertThat(Rational.of(-2, 3).reciprocal()).isEqualTo(Rational.of(-3, 2));
        assertThatThrownBy(() -> Rational.ONE.dividedBy(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void largeOperandsDoNotOverflowWhenTheResultFits() {
        Rational a = Rational.of(Long.MAX_VALUE / 3, 1_000_003);
        Rational b = Rational.of(Long.MAX_VALUE / 5, 1_000_003);
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.times(Rational.of(1_000_003, Long.MAX_VALUE / 3))).isEqualTo(Rational.ONE);
        assertThat(a.compareTo(b)).isPositive();
        assertThat(Rational.of(Long.MAX_VALUE, 3).compareTo(Rational.of(Long.MAX_VALUE - 1, 3))).isPositive();
    }

    @Test
    void roundingHelpers() {
        assertThat(Rational.of(7, 2).floor()).isEqualTo(3);
        assertThat(Rational.of(-7, 2).floor()).isEqualTo(-4);
        assertThat(Rational.of(7, 2).ceil()).isEqualTo(4);
        assertThat(Rational.of(-7, 2).ceil()).isEqualTo(-3);
        assertThat(Rational.of(7, 2).round()).isEqualTo(4);
        assertThat(Rational.of(-7, 2).round()).isEqualTo(-4);
        assertThat(Rational.of(10, 3).round()).isEqualTo(3);
        assertThat(Rational.of(3, 2).min(Rational.of(4, 3))).isEqualTo(Rational.of(4, 3));
        assertThat(Rational.of(3, 2).max(Rational.of(4, 3))).isEqualTo(Rational.of(3, 2));
        assertThat(Rational.of(3, 2)).hasToString("3/2");
        assertThat(Rational.of(4, 2)).hasToString("2");
    }
}
