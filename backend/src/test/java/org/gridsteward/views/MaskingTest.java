package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void aShortNumberKeepsOnlyItsLastTwoDigits() {
        assertThat(Masking.phone("5550123")).isEqualTo("*****23");
    }

    @Test
    void aTwoCharacterNameKeepsTheFamilyName() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
    }

    @Test
    void aLongerNameKeepsItsFirstAndLastCharacters() {
        assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
        assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
    }

    @Test
    void missingDetailsStayMissing() {
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.phone(null)).isNull();
    }
}
