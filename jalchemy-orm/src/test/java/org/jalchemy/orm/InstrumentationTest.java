package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.Instrumenter;
import org.jalchemy.orm.state.StateRegistry;
import org.junit.jupiter.api.Test;

class InstrumentationTest {
    @Entity("flags")
    public static class Flag {
        @Id
        Integer id;
        boolean active;
        String label;

        public boolean isActive() {
            return active;
        }

        public String label() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    @Test
    void beanBooleanAndRecordStyleAccessorsAreAdvised() throws Exception {
        Mapper<Flag> m = new Registry().map(Flag.class);
        assertThat(Instrumenter.isInstrumented(Flag.class.getMethod("isActive"))).isTrue();
        assertThat(Instrumenter.isInstrumented(Flag.class.getMethod("label"))).isTrue();
        assertThat(Instrumenter.isInstrumented(Flag.class.getMethod("setLabel", String.class))).isTrue();

        Flag f = new Flag();
        f.label = "x";
        assertThat(f.label()).isEqualTo("x"); // untracked objects behave as plain objects
        InstanceState s = new InstanceState(m);
        s.persistent(1L, new Object[] {1, false, "x"});
        StateRegistry.register(f, s);
        s.expire();
        assertThatThrownBy(f::label).isInstanceOf(DetachedInstanceError.class);
        f.setLabel("y"); // a write un-expires the attribute: nothing to load any more
        assertThat(f.label()).isEqualTo("y");
        assertThat(s.isModified()).isTrue();
        assertThatThrownBy(f::isActive).isInstanceOf(DetachedInstanceError.class);
        StateRegistry.remove(f);
        assertThat(f.isActive()).isFalse();
    }
}
