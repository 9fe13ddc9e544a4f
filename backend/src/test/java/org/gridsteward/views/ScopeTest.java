package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void everyKindOfScopeIsReadFromItsWrittenForm() {
        assertThat(Scope.parse("city")).isEqualTo(Scope.CITY);
        assertThat(Scope.parse("street:st-dongcheng")).isEqualTo(Scope.street("st-dongcheng"));
        assertThat(Scope.parse("community:cm-xingfuli")).isEqualTo(Scope.community("cm-xingfuli"));
        assertThat(Scope.parse("grid:g-01-01").key()).isEqualTo("grid:g-01-01");
    }

    @Test
    void anUnknownKindOrAMalformedIdIsRefused() {
        assertThatThrownBy(() -> Scope.parse("district:d1")).isInstanceOf(InvalidScopeException.class);
        assertThatThrownBy(() -> Scope.parse("grid:")).isInstanceOf(InvalidScopeException.class);
        assertThatThrownBy(() -> Scope.parse("grid:a b")).isInstanceOf(InvalidScopeException.class);
        assertThatThrownBy(() -> Scope.parse("g-01-01")).isInstanceOf(InvalidScopeException.class);
    }
}
